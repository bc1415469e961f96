package io.fluxmq.streams;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * Kafka Streams scenarios against a broker. Usage:
 *
 * <pre>
 *   StreamsCheck bootstrap=HOST:PORT [state=DIR] [prefix=P] [partitions=N] SCENARIO...
 *   SCENARIO: stateless | wordcount | two | restart | eos
 * </pre>
 *
 * Each scenario prints one line "SCENARIO name OK|FAIL detail" on stdout; the exit code is 0
 * when all passed. "restart" continues the application of "two" (run it after "two").
 */
public final class StreamsCheck {
    static String bootstrap;
    static Path stateRoot;
    static String prefix;
    static int partitions = 3;
    static long waitMs = 60_000;
    static final List<String> VOCAB = new ArrayList<>();

    static {
        for (int i = 0; i < 40; i++) {
            VOCAB.add(String.format("w%02d", i));
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> scenarios = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("bootstrap=")) {
                bootstrap = a.substring(10);
            } else if (a.startsWith("state=")) {
                stateRoot = Path.of(a.substring(6));
            } else if (a.startsWith("prefix=")) {
                prefix = a.substring(7);
            } else if (a.startsWith("partitions=")) {
                partitions = Integer.parseInt(a.substring(11));
            } else if (a.startsWith("wait=")) {
                waitMs = Long.parseLong(a.substring(5)) * 1000;
            } else {
                scenarios.add(a);
            }
        }
        if (bootstrap == null || scenarios.isEmpty()) {
            System.err.println("usage: StreamsCheck bootstrap=H:P [state=DIR] [prefix=P] SCENARIO...");
            System.exit(2);
        }
        if (stateRoot == null) {
            stateRoot = Files.createTempDirectory("streams-state");
        }
        if (prefix == null) {
            prefix = "sc" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        }
        boolean allOk = true;
        for (String s : scenarios) {
            long t0 = System.nanoTime();
            String detail;
            boolean ok;
            try {
                detail = switch (s) {
                    case "stateless" -> stateless();
                    case "wordcount" -> wordcount();
                    case "two" -> two();
                    case "restart" -> restart();
                    case "eos" -> eos();
                    case "windowed" -> windowed();
                    case "survive" -> survive();
                    case "joins" -> joins();
                    default -> throw new IllegalArgumentException("unknown scenario " + s);
                };
                ok = true;
            } catch (Throwable e) {
                ok = false;
                detail = e.toString();
                e.printStackTrace(System.err);
            }
            allOk &= ok;
            System.out.printf("SCENARIO %s %s %.1fs %s%n", s, ok ? "OK" : "FAIL",
                    (System.nanoTime() - t0) / 1e9, detail.replace('\n', ' '));
            System.out.flush();
        }
        System.exit(allOk ? 0 : 1);
    }

    static void log(String fmt, Object... args) {
        System.err.printf("[check %tT] %s%n", System.currentTimeMillis(), String.format(fmt, args));
    }

    // ------------------------------------------------------------------ clients

    static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(p);
    }

    static void createTopics(String... names) throws Exception {
        try (Admin a = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            for (String n : names) {
                topics.add(new NewTopic(n, partitions, (short) 1));
            }
            a.createTopics(topics).all().get();
        }
    }

    static void produce(String topic, List<String[]> kvs) {
        produce(topic, kvs, null);
    }

    static void produce(String topic, List<String[]> kvs, List<Long> timestamps) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        try (KafkaProducer<String, String> prod =
                new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < kvs.size(); i++) {
                String[] kv = kvs.get(i);
                Long ts = timestamps == null ? null : timestamps.get(i);
                prod.send(new ProducerRecord<>(topic, null, ts, kv[0], kv[1]));
            }
            prod.flush();
        }
    }

    static <V> List<ConsumerRecord<String, V>> readAll(String topic, org.apache.kafka.common.serialization.Deserializer<V> vd) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        List<ConsumerRecord<String, V>> out = new ArrayList<>();
        try (KafkaConsumer<String, V> c = new KafkaConsumer<>(p, new StringDeserializer(), vd)) {
            List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return out;
            }
            List<TopicPartition> tps = infos.stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).collect(Collectors.toList());
            c.assign(tps);
            c.seekToBeginning(tps);
            Map<TopicPartition, Long> end = c.endOffsets(tps, Duration.ofSeconds(10));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                boolean done = true;
                for (TopicPartition tp : tps) {
                    if (c.position(tp) < end.get(tp)) {
                        done = false;
                    }
                }
                if (done) {
                    break;
                }
                for (ConsumerRecord<String, V> r : c.poll(Duration.ofMillis(200))) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** Last count per word in the output topic, and whether any word's counts ever went down. */
    static Map<String, Long> readCounts(String topic, List<String> problems) {
        Map<String, Long> last = new TreeMap<>();
        for (ConsumerRecord<String, Long> r : readAll(topic, new LongDeserializer())) {
            Long prev = last.get(r.key());
            if (problems != null && prev != null && r.value() < prev) {
                problems.add(r.key() + " went " + prev + "->" + r.value() + " at " + r.partition() + "@" + r.offset());
            }
            last.put(r.key(), r.value());
        }
        return last;
    }

    static void waitFor(String what, long ms, BooleanSupplier cond) throws InterruptedException {
        long deadline = System.currentTimeMillis() + ms;
        while (!cond.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + ms / 1000 + "s waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    static String diff(Map<String, Long> want, Map<String, Long> got) {
        List<String> d = new ArrayList<>();
        Set<String> keys = new TreeSet<>(want.keySet());
        keys.addAll(got.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(want.get(k), got.get(k))) {
                d.add(k + ": want " + want.get(k) + " got " + got.get(k));
            }
        }
        return d.size() > 8 ? d.subList(0, 8) + " ... (" + d.size() + " keys differ)" : d.toString();
    }

    static void waitCounts(String output, Map<String, Long> want, String stage) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMs;
        Map<String, Long> got = Map.of();
        while (System.currentTimeMillis() < deadline) {
            List<String> problems = new ArrayList<>();
            got = readCounts(output, problems);
            if (!problems.isEmpty()) {
                throw new AssertionError(stage + ": counts went down: " + problems);
            }
            if (got.equals(want)) {
                log("%s: all %d counts correct", stage, want.size());
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(stage + ": counts wrong after " + waitMs / 1000 + "s: " + diff(want, got));
    }

    // ------------------------------------------------------------------ streams instances

    static final class Instance {
        final String name;
        final KafkaStreams ks;
        final List<Throwable> errors = new CopyOnWriteArrayList<>();
        final List<String> states = new CopyOnWriteArrayList<>();
        final AtomicLong restored = new AtomicLong();

        Instance(String name, StreamsBuilder b, Properties p) {
            this.name = name;
            this.ks = new KafkaStreams(b.build(), p);
            ks.setStateListener((n, o) -> {
                states.add(n.name());
                log("%s: %s -> %s", name, o, n);
            });
            ks.setUncaughtExceptionHandler(e -> {
                errors.add(e);
                log("%s: uncaught %s", name, e);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            });
            ks.setGlobalStateRestoreListener(new StateRestoreListener() {
                @Override
                public void onRestoreStart(TopicPartition tp, String store, long start, long end) {
                    log("%s: restore %s %s from %d to %d", name, store, tp, start, end);
                }

                @Override
                public void onBatchRestored(TopicPartition tp, String store, long end, long n) {
                    restored.addAndGet(n);
                }

                @Override
                public void onRestoreEnd(TopicPartition tp, String store, long total) {
                }
            });
        }

        Instance start() {
            ks.start();
            return this;
        }

        void awaitRunning() throws InterruptedException {
            waitFor(name + " RUNNING (state " + ks.state() + ", errors " + errors + ")", waitMs,
                    () -> {
                        if (!errors.isEmpty() || ks.state() == KafkaStreams.State.ERROR
                                || ks.state() == KafkaStreams.State.NOT_RUNNING) {
                            throw new AssertionError(name + " failed: state " + ks.state() + " " + errors);
                        }
                        return ks.state() == KafkaStreams.State.RUNNING;
                    });
        }

        Set<String> activeTasks() {
            Set<String> t = new TreeSet<>();
            for (ThreadMetadata tm : ks.metadataForLocalThreads()) {
                tm.activeTasks().forEach(x -> t.add(x.taskId().toString()));
            }
            return t;
        }

        void close(boolean leave) {
            KafkaStreams.CloseOptions o = new KafkaStreams.CloseOptions().leaveGroup(leave).timeout(Duration.ofSeconds(30));
            boolean done = ks.close(o);
            log("%s: closed (clean=%s, leave=%s)", name, done, leave);
            if (!errors.isEmpty()) {
                throw new AssertionError(name + " had errors: " + errors);
            }
        }
    }

    static Properties props(String appId, String stateName, String guarantee) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateRoot.resolve(stateName).toString());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0");
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "10000");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), "1000");
        // GROUP_PROTOCOL=streams tries the KIP-1071 streams rebalance protocol (early access in 4.1).
        if (System.getenv("GROUP_PROTOCOL") != null) {
            p.put(StreamsConfig.GROUP_PROTOCOL_CONFIG, System.getenv("GROUP_PROTOCOL"));
        }
        // STATIC=1: static membership (group.instance.id = the state dir's name); close(leaveGroup)
        // then removes the member through the AdminClient (LeaveGroup with the instance id).
        if ("1".equals(System.getenv("STATIC"))) {
            p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), appId + "-" + stateName);
        }
        // Purge consumed repartition records (DeleteRecords) every second, not every 30 s.
        p.put(StreamsConfig.REPARTITION_PURGE_INTERVAL_MS_CONFIG, "1000");
        // Streams 4.1 sends no LeaveGroup on close() for dynamic members (close(leaveGroup) only
        // removes static members); without this a closing instance's tasks move only after
        // session.timeout.ms. LEAVE_ON_CLOSE=false keeps Streams' default.
        if (!"false".equals(System.getenv("LEAVE_ON_CLOSE"))) {
            p.put(StreamsConfig.mainConsumerPrefix("internal.leave.group.on.close"), true);
        }
        return p;
    }

    static StreamsBuilder wordCountTopology(String input, String output) {
        StreamsBuilder b = new StreamsBuilder();
        b.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
                .flatMapValues(v -> Arrays.asList(v.toLowerCase().split("\\W+")))
                .filter((k, w) -> !w.isEmpty())
                .groupBy((k, w) -> w)
                .count(Materialized.as("counts"))
                .toStream()
                .to(output, Produced.with(Serdes.String(), Serdes.Long()));
        return b;
    }

    /** Lines [from, from+n) of the deterministic input; adds their words to want. */
    static List<String[]> lines(int from, int n, Map<String, Long> want) {
        List<String[]> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            Random r = new Random(i * 7919L + 17);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 5; j++) {
                String w = VOCAB.get(r.nextInt(VOCAB.size()));
                want.merge(w, 1L, Long::sum);
                sb.append(j == 0 ? "" : (j % 2 == 0 ? ", " : " ")).append(j % 3 == 0 ? w.toUpperCase() : w);
            }
            out.add(new String[] {"line-" + i, sb.toString()});
        }
        return out;
    }

    static String internalTopics(String appId) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Admin a = admin()) {
            Set<String> names = a.listTopics().names().get().stream()
                    .filter(n -> n.startsWith(appId + "-")).collect(Collectors.toCollection(TreeSet::new));
            Map<String, TopicDescription> desc = a.describeTopics(names).allTopicNames().get();
            List<ConfigResource> res = names.stream()
                    .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).collect(Collectors.toList());
            Map<ConfigResource, Config> cfgs = a.describeConfigs(res).all().get();
            for (String n : names) {
                Config c = cfgs.get(new ConfigResource(ConfigResource.Type.TOPIC, n));
                sb.append(n.substring(appId.length() + 1)).append('[')
                        .append(desc.get(n).partitions().size()).append("p cleanup.policy=")
                        .append(c.get("cleanup.policy") == null ? "?" : c.get("cleanup.policy").value())
                        .append(" retention.ms=")
                        .append(c.get("retention.ms") == null ? "?" : c.get("retention.ms").value())
                        .append("] ");
            }
        }
        return sb.toString().trim();
    }

    // ------------------------------------------------------------------ scenarios

    static String stateless() throws Exception {
        String in = prefix + "-sl-in", out = prefix + "-sl-out";
        createTopics(in, out);
        List<String[]> kvs = new ArrayList<>();
        Set<String> want = new TreeSet<>();
        for (int i = 0; i < 1000; i++) {
            kvs.add(new String[] {"k" + i, "v-" + i});
            if (i % 2 == 0) {
                want.add("k" + i + "=V-" + i);
            }
        }
        produce(in, kvs);
        StreamsBuilder b = new StreamsBuilder();
        b.<String, String>stream(in)
                .filter((k, v) -> Integer.parseInt(v.substring(2)) % 2 == 0)
                .mapValues(v -> v.toUpperCase())
                .to(out);
        Instance i1 = new Instance("stateless", b, props(prefix + "-sl", "sl", "at_least_once")).start();
        i1.awaitRunning();
        List<String> got = new ArrayList<>();
        waitFor("stateless output", waitMs, () -> {
            got.clear();
            readAll(out, new StringDeserializer()).forEach(r -> got.add(r.key() + "=" + r.value()));
            return got.size() >= want.size();
        });
        i1.close(true);
        if (got.size() != want.size() || !new TreeSet<>(got).equals(want)) {
            throw new AssertionError("stateless output: " + got.size() + " records, distinct "
                    + new TreeSet<>(got).size() + ", want " + want.size());
        }
        return got.size() + " records";
    }

    static String wordcount() throws Exception {
        String in = prefix + "-wc-in", out = prefix + "-wc-out", app = prefix + "-wc";
        createTopics(in, out);
        Map<String, Long> want = new TreeMap<>();
        produce(in, lines(0, 1000, want));
        Instance i1 = new Instance("wc", wordCountTopology(in, out), props(app, "wc", "at_least_once")).start();
        i1.awaitRunning();
        waitCounts(out, want, "wordcount batch 1");
        produce(in, lines(1000, 500, want));
        waitCounts(out, want, "wordcount batch 2");
        i1.close(true);
        long total = want.values().stream().mapToLong(Long::longValue).sum();
        return want.size() + " words, " + total + " total; internal topics: " + internalTopics(app);
    }

    static final Map<String, Long> TWO_WANT = new TreeMap<>();
    static int twoLines = 0;
    static Instance twoSurvivor;

    static String two() throws Exception {
        String in = prefix + "-two-in", out = prefix + "-two-out", app = prefix + "-two";
        createTopics(in, out);
        Map<String, Long> want = TWO_WANT;
        produce(in, lines(0, 1000, want));
        twoLines = 1000;
        Instance a = new Instance("A", wordCountTopology(in, out), props(app, "two-a", "at_least_once")).start();
        a.awaitRunning();
        waitCounts(out, want, "two: A alone");
        log("A tasks %s", a.activeTasks());

        // B joins while input keeps coming.
        Instance b = new Instance("B", wordCountTopology(in, out), props(app, "two-b", "at_least_once")).start();
        for (int k = 0; k < 10; k++) {
            produce(in, lines(twoLines, 100, want));
            twoLines += 100;
            Thread.sleep(100);
        }
        b.awaitRunning();
        a.awaitRunning();
        waitFor("tasks split between A and B (A " + a.activeTasks() + ", B " + b.activeTasks() + ")", waitMs,
                () -> !a.activeTasks().isEmpty() && !b.activeTasks().isEmpty()
                        && a.ks.state() == KafkaStreams.State.RUNNING && b.ks.state() == KafkaStreams.State.RUNNING);
        Set<String> ta = a.activeTasks(), tb = b.activeTasks();
        log("after B joined: A %s, B %s", ta, tb);
        waitCounts(out, want, "two: A+B");

        // A leaves while input keeps coming.
        Thread closer = new Thread(() -> a.close(true));
        closer.start();
        for (int k = 0; k < 10; k++) {
            produce(in, lines(twoLines, 100, want));
            twoLines += 100;
            Thread.sleep(100);
        }
        closer.join(60_000);
        if (!a.errors.isEmpty()) {
            throw new AssertionError("A had errors: " + a.errors);
        }
        waitFor("B owns all tasks (B " + b.activeTasks() + ")", waitMs,
                () -> b.ks.state() == KafkaStreams.State.RUNNING && b.activeTasks().size() == ta.size() + tb.size());
        waitCounts(out, want, "two: B alone");
        twoSurvivor = b;
        long total = want.values().stream().mapToLong(Long::longValue).sum();
        return "A had " + ta + ", B had " + tb + "; B then " + b.activeTasks() + "; " + total + " words counted";
    }

    static String restart() throws Exception {
        if (twoSurvivor == null) {
            throw new IllegalStateException("run 'two' before 'restart'");
        }
        String in = prefix + "-two-in", out = prefix + "-two-out", app = prefix + "-two";
        Map<String, Long> want = TWO_WANT;
        twoSurvivor.close(true);
        // 1: same state dir (local checkpoint + changelog tail).
        Instance c = new Instance("B2", wordCountTopology(in, out), props(app, "two-b", "at_least_once")).start();
        c.awaitRunning();
        produce(in, lines(twoLines, 300, want));
        twoLines += 300;
        waitCounts(out, want, "restart with local state");
        c.close(true);
        long restoredLocal = c.restored.get();
        // 2: fresh state dir: everything restored from the changelog.
        Instance d = new Instance("C", wordCountTopology(in, out), props(app, "two-c", "at_least_once")).start();
        d.awaitRunning();
        produce(in, lines(twoLines, 300, want));
        twoLines += 300;
        waitCounts(out, want, "restart with empty state dir");
        d.close(true);
        if (d.restored.get() == 0) {
            throw new AssertionError("fresh instance restored nothing from the changelog");
        }
        return "restored " + restoredLocal + " records with local state, " + d.restored.get()
                + " from scratch; internal topics: " + internalTopics(app);
    }

    static String windowed() throws Exception {
        String in = prefix + "-win-in", out = prefix + "-win-out", app = prefix + "-win";
        createTopics(in, out);
        long base = (System.currentTimeMillis() / 60_000 - 10) * 60_000;
        Map<String, Long> words = new TreeMap<>();
        Map<String, Long> want = new TreeMap<>();
        List<String[]> kvs = new ArrayList<>();
        List<Long> ts = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            Map<String, Long> one = new TreeMap<>();
            kvs.addAll(lines(i, 1, one));
            long t = base + (i % 3) * 60_000L + (i % 50);
            ts.add(t);
            for (Map.Entry<String, Long> e : one.entrySet()) {
                want.merge(e.getKey() + "@" + (base + (i % 3) * 60_000L), e.getValue(), Long::sum);
                words.merge(e.getKey(), e.getValue(), Long::sum);
            }
        }
        produce(in, kvs, ts);
        StreamsBuilder b = new StreamsBuilder();
        b.stream(in, Consumed.with(Serdes.String(), Serdes.String()))
                .flatMapValues(v -> Arrays.asList(v.toLowerCase().split("\\W+")))
                .filter((k, w) -> !w.isEmpty())
                .groupBy((k, w) -> w)
                .windowedBy(TimeWindows.ofSizeAndGrace(Duration.ofMinutes(1), Duration.ofDays(1)))
                .count(Materialized.as("wcounts"))
                .toStream()
                .map((wk, c) -> KeyValue.pair(wk.key() + "@" + wk.window().start(), c))
                .to(out, Produced.with(Serdes.String(), Serdes.Long()));
        Instance i1 = new Instance("win", b, props(app, "win", "at_least_once")).start();
        i1.awaitRunning();
        waitCounts(out, want, "windowed");
        i1.close(true);
        // Restart on an empty state dir: the windowed store is restored from its changelog.
        Instance i2 = new Instance("win2", b, props(app, "win2", "at_least_once")).start();
        i2.awaitRunning();
        List<String[]> more = new ArrayList<>();
        List<Long> ts2 = new ArrayList<>();
        for (int i = 900; i < 1200; i++) {
            Map<String, Long> one = new TreeMap<>();
            more.addAll(lines(i, 1, one));
            ts2.add(base + (i % 3) * 60_000L + 7);
            for (Map.Entry<String, Long> e : one.entrySet()) {
                want.merge(e.getKey() + "@" + (base + (i % 3) * 60_000L), e.getValue(), Long::sum);
            }
        }
        produce(in, more, ts2);
        waitCounts(out, want, "windowed after restore");
        i2.close(true);
        return want.size() + " windowed keys, restored " + i2.restored.get() + "; internal topics: "
                + internalTopics(app);
    }

    /**
     * Input keeps coming for SURVIVE_SECONDS (default 30) while something outside (a script)
     * restarts the broker; afterwards no count may be missing (duplicates are allowed under
     * at_least_once and reported).
     */
    static String survive() throws Exception {
        String in = prefix + "-sv-in", out = prefix + "-sv-out", app = prefix + "-sv";
        createTopics(in, out);
        Map<String, Long> want = new TreeMap<>();
        Instance i1 = new Instance("sv", wordCountTopology(in, out), props(app, "sv", "at_least_once")).start();
        i1.awaitRunning();
        long secs = Long.parseLong(System.getenv().getOrDefault("SURVIVE_SECONDS", "30"));
        long end = System.currentTimeMillis() + secs * 1000;
        int n = 0;
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        List<String> sendErrors = new CopyOnWriteArrayList<>();
        try (KafkaProducer<String, String> prod =
                new KafkaProducer<>(pp, new StringSerializer(), new StringSerializer())) {
            while (System.currentTimeMillis() < end) {
                for (String[] kv : lines(n, 20, want)) {
                    prod.send(new ProducerRecord<>(in, kv[0], kv[1]), (md, e) -> {
                        if (e != null) {
                            sendErrors.add(e.toString());
                        }
                    });
                }
                n += 20;
                prod.flush();
                Thread.sleep(250);
            }
        }
        log("survive: produced %d lines (send errors: %s)", n, sendErrors);
        if (!sendErrors.isEmpty()) {
            throw new AssertionError("producer errors: " + sendErrors.subList(0, Math.min(5, sendErrors.size())));
        }
        long deadline = System.currentTimeMillis() + 90_000;
        Map<String, Long> got = Map.of();
        while (System.currentTimeMillis() < deadline) {
            if (!i1.errors.isEmpty()) {
                throw new AssertionError("instance died: " + i1.errors);
            }
            got = readCounts(out, null);
            boolean all = true;
            for (Map.Entry<String, Long> e : want.entrySet()) {
                if (got.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                    all = false;
                }
            }
            if (all) {
                break;
            }
            Thread.sleep(500);
        }
        String states = String.join(",", i1.states);
        i1.close(true);
        long wantSum = want.values().stream().mapToLong(Long::longValue).sum();
        long gotSum = got.values().stream().mapToLong(Long::longValue).sum();
        if (gotSum < wantSum || !got.keySet().equals(want.keySet())) {
            throw new AssertionError("counts missing: " + diff(want, got));
        }
        return n + " lines, " + wantSum + " words, counted " + gotSum + " (" + (gotSum - wantSum)
                + " duplicates); states " + states;
    }

    /** KTable-KTable foreign-key join and KStream-GlobalKTable join. */
    static String joins() throws Exception {
        String users = prefix + "-j-users", orders = prefix + "-j-orders", gusers = prefix + "-j-gusers";
        String fkOut = prefix + "-j-fk", glOut = prefix + "-j-global", app = prefix + "-j";
        createTopics(users, gusers, orders, fkOut, glOut);
        List<String[]> us = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            us.add(new String[] {"u" + u, "name" + u});
        }
        produce(users, us);
        produce(gusers, us);
        List<String[]> os = new ArrayList<>();
        Map<String, String> want = new TreeMap<>();
        for (int o = 0; o < 200; o++) {
            String v = "u" + (o % 20) + ":" + o * 3;
            os.add(new String[] {"o" + o, v});
            want.put("o" + o, v + "/name" + (o % 20));
        }
        produce(orders, os);
        StreamsBuilder b = new StreamsBuilder();
        KTable<String, String> ut = b.table(users, Materialized.as("users-store"));
        KTable<String, String> ot = b.table(orders, Materialized.as("orders-store"));
        ot.join(ut, v -> v.split(":")[0], (o, u) -> o + "/" + u).toStream().to(fkOut);
        GlobalKTable<String, String> gt = b.globalTable(gusers, Materialized.as("users-global"));
        ot.toStream().join(gt, (k, v) -> v.split(":")[0], (o, u) -> o + "/" + u).to(glOut);
        Instance i1 = new Instance("joins", b, props(app, "joins", "at_least_once")).start();
        i1.awaitRunning();
        Map<String, String> fk = new TreeMap<>(), gl = new TreeMap<>();
        waitFor("join outputs", waitMs, () -> {
            fk.clear();
            gl.clear();
            readAll(fkOut, new StringDeserializer()).forEach(r -> fk.put(r.key(), r.value()));
            readAll(glOut, new StringDeserializer()).forEach(r -> gl.put(r.key(), r.value()));
            return fk.equals(want) && gl.equals(want);
        });
        // A user renamed: the FK join re-emits that user's orders.
        produce(users, List.of(new String[][] {{"u3", "renamed3"}}));
        for (int o = 3; o < 200; o += 20) {
            want.put("o" + o, "u3:" + o * 3 + "/renamed3");
        }
        waitFor("FK join after a user update", waitMs, () -> {
            fk.clear();
            readAll(fkOut, new StringDeserializer()).forEach(r -> fk.put(r.key(), r.value()));
            return fk.equals(want);
        });
        i1.close(true);
        return want.size() + " joined orders; internal topics: " + internalTopics(app);
    }

    static String eos() throws Exception {
        String in = prefix + "-eos-in", out = prefix + "-eos-out";
        createTopics(in, out);
        Map<String, Long> want = new TreeMap<>();
        produce(in, lines(0, 10, want));
        Instance e = new Instance("eos", wordCountTopology(in, out), props(prefix + "-eos", "eos", "exactly_once_v2"));
        long t0 = System.currentTimeMillis();
        e.start();
        try {
            waitFor("eos instance to fail", 120_000, () -> !e.errors.isEmpty()
                    || e.ks.state() == KafkaStreams.State.ERROR || e.ks.state() == KafkaStreams.State.NOT_RUNNING
                    || e.ks.state() == KafkaStreams.State.PENDING_ERROR);
        } catch (AssertionError ae) {
            String st = e.ks.state().toString();
            e.ks.close(Duration.ofSeconds(10));
            throw new AssertionError("exactly_once_v2 did not fail within 120s (state " + st + ")");
        }
        long took = System.currentTimeMillis() - t0;
        String why = e.errors.isEmpty() ? "state " + e.ks.state() : rootCause(e.errors.get(0));
        e.ks.close(Duration.ofSeconds(10));
        return "failed as expected after " + took + " ms: " + why;
    }

    static String rootCause(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        Throwable c = t.getCause();
        while (c != null) {
            sb.append(" <- ").append(c);
            c = c.getCause();
        }
        return sb.toString();
    }
}
