package io.fluxmq.interop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * consume --topic T [--count N] [--timeout-ms 60000] [--idle-ms 20000] [--prop key=value ...]
 *         [--out FILE]
 *
 * No consumer group: assigns every partition of T, seeks to the beginning and polls until it
 * has at least N records and has reached the end offset of every partition (so duplicates past
 * N are seen too), or until the timeout, or until no record came for --idle-ms. One line per record:
 * {"p","o","ts","tt","k","v","h":[[key, value]...],"le"} with key, value and header values in
 * base64; then {"done":"consume","count","timed_out","end_offsets","ms"}.
 */
final class Consume {
    private Consume() {}

    static void run(String bootstrap, Opts opts, FluxCli.Out out) throws Exception {
        String topic = opts.get("topic");
        long expected = opts.getLong("count", 0);
        long timeoutMs = opts.getLong("timeout-ms", 60_000);
        long idleMs = opts.getLong("idle-ms", 20_000);
        Properties p = FluxCli.baseProps(bootstrap, opts, "fluxmq-interop-consumer");
        p.put("key.deserializer", ByteArrayDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        p.put("enable.auto.commit", "false");
        p.put("auto.offset.reset", "earliest");
        p.put("max.poll.records", "5000");
        p.put("fetch.max.wait.ms", "200");
        opts.applyProps(p);

        long t0 = System.nanoTime();
        long deadline = System.currentTimeMillis() + timeoutMs;
        long n = 0;
        boolean timedOut = true;
        Map<Integer, Long> ends = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> tps = new ArrayList<>();
            while (tps.isEmpty()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    for (PartitionInfo pi : infos) {
                        tps.add(new TopicPartition(topic, pi.partition()));
                    }
                }
                if (tps.isEmpty()) {
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException("topic " + topic + " has no partitions");
                    }
                    Thread.sleep(100);
                }
            }
            tps.sort(Comparator.comparingInt(TopicPartition::partition));
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            long lastProgress = System.currentTimeMillis();
            while (System.currentTimeMillis() < deadline
                    && System.currentTimeMillis() - lastProgress < idleMs) {
                ConsumerRecords<byte[], byte[]> recs = consumer.poll(Duration.ofMillis(200));
                if (!recs.isEmpty()) {
                    lastProgress = System.currentTimeMillis();
                }
                for (ConsumerRecord<byte[], byte[]> r : recs) {
                    List<Object> headers = new ArrayList<>();
                    for (Header h : r.headers()) {
                        headers.add(Arrays.asList(h.key(), Json.b64(h.value())));
                    }
                    out.line(Json.obj("p", r.partition(), "o", r.offset(), "ts", r.timestamp(),
                            "tt", r.timestampType().name, "k", Json.b64(r.key()),
                            "v", Json.b64(r.value()), "h", headers, "le", r.leaderEpoch()));
                    n++;
                }
                if (n >= expected) {
                    Map<TopicPartition, Long> end = consumer.endOffsets(tps, Duration.ofSeconds(10));
                    boolean caughtUp = true;
                    for (TopicPartition tp : tps) {
                        ends.put(tp.partition(), end.get(tp));
                        if (consumer.position(tp, Duration.ofSeconds(10)) < end.get(tp)) {
                            caughtUp = false;
                        }
                    }
                    if (caughtUp) {
                        timedOut = false;
                        break;
                    }
                }
            }
        }
        out.line(Json.obj("done", "consume", "topic", topic, "count", n, "timed_out", timedOut,
                "end_offsets", ends, "ms", (System.nanoTime() - t0) / 1_000_000));
    }
}
