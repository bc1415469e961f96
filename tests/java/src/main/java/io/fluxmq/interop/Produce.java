package io.fluxmq.interop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * produce --topic T [--count 10000] [--start 0] [--keyed true] [--headers true]
 *         [--codec none|gzip|snappy|lz4|zstd] [--acks 0|1|all] [--idempotence true|false]
 *         [--base-ts MS] [--partition P] [--prop key=value ...] [--flush-every N] [--out FILE]
 *
 * Sends records start..start+count-1 built by {@link RecordSpec}. Writes one line per record
 * acknowledged, {"i","p","o","ts"} (offset -1 with acks=0), or {"i","error"}; then a summary
 * {"done":"produce","sent","acked","errors","first_errors","ms"}.
 */
final class Produce {
    private Produce() {}

    static void run(String bootstrap, Opts opts, FluxCli.Out out) throws Exception {
        String topic = opts.get("topic");
        long count = opts.getLong("count", 10_000);
        long start = opts.getLong("start", 0);
        boolean keyed = opts.getBool("keyed", true);
        boolean withHeaders = opts.getBool("headers", true);
        long base = opts.getLong("base-ts", System.currentTimeMillis() - 3_600_000L);
        String acks = opts.get("acks", "all");
        boolean idempotence = opts.getBool("idempotence", acks.equals("all") || acks.equals("-1"));
        Integer partition = opts.has("partition") ? Integer.valueOf(opts.getInt("partition", 0)) : null;
        long flushEvery = opts.getLong("flush-every", 0);

        Properties p = FluxCli.baseProps(bootstrap, opts, "fluxmq-interop-producer");
        p.put("key.serializer", ByteArraySerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        p.put("acks", acks);
        p.put("compression.type", opts.get("codec", "none"));
        p.put("enable.idempotence", Boolean.toString(idempotence));
        p.put("linger.ms", "5");
        p.put("delivery.timeout.ms", "120000");
        p.put("request.timeout.ms", "30000");
        opts.applyProps(p);

        AtomicLong acked = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = new ArrayList<>();
        long t0 = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            for (long i = start; i < start + count; i++) {
                final long idx = i;
                long ts = RecordSpec.timestamp(base, i);
                ProducerRecord<byte[], byte[]> rec = new ProducerRecord<>(
                        topic, partition, ts, RecordSpec.key(i, keyed), RecordSpec.value(i),
                        withHeaders ? RecordSpec.headers(i) : List.of());
                producer.send(rec, (md, e) -> {
                    if (e != null) {
                        errors.incrementAndGet();
                        synchronized (firstErrors) {
                            if (firstErrors.size() < 10) {
                                firstErrors.add(FluxCli.describe(e));
                            }
                        }
                        out.line(Json.obj("i", idx, "error", FluxCli.describe(e)));
                    } else {
                        acked.incrementAndGet();
                        out.line(Json.obj("i", idx, "p", md.partition(),
                                "o", md.hasOffset() ? md.offset() : -1L, "ts", md.timestamp()));
                    }
                });
                if (flushEvery > 0 && (i - start + 1) % flushEvery == 0) {
                    producer.flush();
                }
            }
            producer.flush();
            producer.close(Duration.ofSeconds(60));
        }
        out.line(Json.obj("done", "produce", "topic", topic, "sent", count, "acked", acked.get(),
                "errors", errors.get(), "first_errors", firstErrors,
                "ms", (System.nanoTime() - t0) / 1_000_000));
    }
}
