package fluxmq.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Times a consumer group forming and re-forming after a clean leave, as the clients see it.
 *
 * <pre>
 * GroupRebalance --bootstrap HOST:PORT --topic T --group G [--consumers 10] [--partitions 20]
 *                [--group-protocol classic|consumer] [--assignor range|cooperative-sticky]
 *                [--heartbeat-ms N] [--records-per-partition 5] [--produce-interval-ms 20]
 *                [--settle-ms 1000] [--tick-ms N --leave-phase-ms N] [--timeout-ms 60000]
 *                [--prop key=value ...]
 * </pre>
 *
 * 1. creates T with P partitions if it is missing (Admin), produces a few records to every
 *    partition and keeps one producer thread sending one record to every partition every
 *    `produce-interval-ms` (so a consumer that owns a partition always has something to fetch);
 * 2. t0: starts N threads, each with its own KafkaConsumer subscribed to T in group G
 *    (auto.offset.reset=earliest, no commits), polling every 50 ms at most;
 * 3. "join": ms from t0 until every one of the N consumers owns at least one partition, every
 *    partition is owned by exactly one consumer, and every consumer has received a record from
 *    every partition it owns since it was (last) given that partition;
 * 4. after `settle-ms` (with --tick-ms: then at a chosen phase of the staying members' heartbeat
 *    cycle, `leave-phase-ms` after the latest of their last heartbeat answers, moved on by whole
 *    `tick-ms` until it is in the future; see watchBeats), wakes the last
 *    consumer and closes it (a clean leave: LeaveGroup, or the consumer protocol's leave
 *    heartbeat); "leave": ms from that moment until the N-1 others satisfy the same condition
 *    with records received after the leave began.
 *
 * Prints one JSON object on stdout; a timeline of assignments on stderr.
 */
public final class GroupRebalance {
    private GroupRebalance() {}

    private static final Object LOCK = new Object();
    private static final long T0_UNSET = -1;
    private static volatile long t0 = T0_UNSET;
    private static volatile boolean feederStop = false;

    static final class Member {
        final int index;
        final Map<TopicPartition, Long> owned = new HashMap<>(); // partition -> nanos given
        final Map<TopicPartition, Long> lastRecv = new HashMap<>(); // partition -> nanos
        volatile boolean live = true; // counted in the condition
        volatile boolean leave = false; // close now (clean leave)
        volatile boolean stop = false; // close at the end of the run
        volatile KafkaConsumer<byte[], byte[]> consumer;
        int generation = -1;
        int assignments = 0;
        long lastAssigned = 0; // nanos of the last onPartitionsAssigned
        volatile long lastBeat = 0; // nanos a heartbeat answer was last seen (see watchBeats)
        String error;
        Thread thread;

        Member(int index) {
            this.index = index;
        }
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    private static void log(String s) {
        long now = System.nanoTime();
        synchronized (System.err) {
            System.err.printf(Locale.ROOT, "[%9.1f ms %s] %s%n", t0 == T0_UNSET ? 0.0 : ms(now - t0),
                    java.time.LocalTime.now().toString(), s);
        }
    }

    private static String arg(Map<String, String> a, String k, String def) {
        String v = a.get(k);
        return v == null ? def : v;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = new HashMap<>();
        List<String> props = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            String k = argv[i];
            if (!k.startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("bad argument: " + k);
            }
            if (k.equals("--prop")) {
                props.add(argv[++i]);
            } else {
                a.put(k.substring(2), argv[++i]);
            }
        }
        String bootstrap = a.get("bootstrap");
        String topic = a.get("topic");
        String group = a.get("group");
        if (bootstrap == null || topic == null || group == null) {
            throw new IllegalArgumentException("--bootstrap, --topic and --group are required");
        }
        int n = Integer.parseInt(arg(a, "consumers", "10"));
        int partitions = Integer.parseInt(arg(a, "partitions", "20"));
        String protocol = arg(a, "group-protocol", "classic");
        String assignor = arg(a, "assignor", "range");
        int perPartition = Integer.parseInt(arg(a, "records-per-partition", "5"));
        long interval = Long.parseLong(arg(a, "produce-interval-ms", "20"));
        long settle = Long.parseLong(arg(a, "settle-ms", "1000"));
        long tick = Long.parseLong(arg(a, "tick-ms", "0"));
        long phase = Long.parseLong(arg(a, "leave-phase-ms", "0"));
        long timeout = Long.parseLong(arg(a, "timeout-ms", "60000"));

        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("protocol", protocol);
        out.put("assignor", protocol.equals("classic") ? assignor : arg(a, "remote-assignor", "broker default"));
        out.put("consumers", n);
        out.put("partitions", partitions);
        int rc = 0;
        try {
            run(bootstrap, topic, group, n, partitions, protocol, assignor, a, props, perPartition,
                    interval, settle, tick, phase, timeout, out);
        } catch (Exception e) {
            out.put("error", e.toString());
            rc = 1;
        }
        System.out.println(json(out));
        System.out.flush();
        // Consumers that did not close in time must not keep the JVM alive.
        Runtime.getRuntime().halt(rc);
    }

    private static void run(String bootstrap, String topic, String group, int n, int partitions,
            String protocol, String assignor, Map<String, String> a, List<String> extra,
            int perPartition, long interval, long settle, long tick, long phase, long timeout,
            Map<String, Object> out)
            throws Exception {
        ensureTopic(bootstrap, topic, partitions);

        Properties pp = new Properties();
        pp.put("bootstrap.servers", bootstrap);
        pp.put("key.serializer", ByteArraySerializer.class.getName());
        pp.put("value.serializer", ByteArraySerializer.class.getName());
        pp.put("acks", "1");
        pp.put("linger.ms", "0");
        pp.put("client.id", "bench-producer");
        AtomicReference<Exception> produceError = new AtomicReference<>();
        AtomicLong produced = new AtomicLong();
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pp);
        for (int r = 0; r < perPartition; r++) {
            for (int p = 0; p < partitions; p++) {
                producer.send(new ProducerRecord<>(topic, p, null, ("pre-" + r).getBytes(StandardCharsets.UTF_8)));
            }
        }
        producer.flush();
        for (int p = 0; p < partitions; p++) { // every partition written and acked
            producer.send(new ProducerRecord<>(topic, p, null, new byte[] {0})).get(30, TimeUnit.SECONDS);
        }
        produced.addAndGet((long) (perPartition + 1) * partitions);
                Thread feeder = new Thread(() -> {
            long seq = 0;
            while (!feederStop) {
                for (int p = 0; p < partitions; p++) {
                    byte[] v = ("live-" + seq).getBytes(StandardCharsets.UTF_8);
                    producer.send(new ProducerRecord<>(topic, p, null, v), (md, e) -> {
                        if (e != null) {
                            produceError.compareAndSet(null, e);
                        } else {
                            produced.incrementAndGet();
                        }
                    });
                }
                seq++;
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "feeder");
        feeder.setDaemon(true);
        feeder.start();

        Properties cp = new Properties();
        cp.put("bootstrap.servers", bootstrap);
        cp.put("key.deserializer", ByteArrayDeserializer.class.getName());
        cp.put("value.deserializer", ByteArrayDeserializer.class.getName());
        cp.put("group.id", group);
        cp.put("group.protocol", protocol);
        cp.put("enable.auto.commit", "false");
        cp.put("auto.offset.reset", "earliest");
        cp.put("fetch.max.wait.ms", "100");
        if (protocol.equals("classic")) {
            cp.put("partition.assignment.strategy", switch (assignor) {
                case "range" -> "org.apache.kafka.clients.consumer.RangeAssignor";
                case "roundrobin" -> "org.apache.kafka.clients.consumer.RoundRobinAssignor";
                case "sticky" -> "org.apache.kafka.clients.consumer.StickyAssignor";
                case "cooperative-sticky" -> "org.apache.kafka.clients.consumer.CooperativeStickyAssignor";
                default -> throw new IllegalArgumentException("unknown assignor " + assignor);
            });
            if (a.containsKey("heartbeat-ms")) {
                cp.put("heartbeat.interval.ms", a.get("heartbeat-ms"));
            }
        } else if (a.containsKey("remote-assignor")) {
            cp.put("group.remote.assignor", a.get("remote-assignor"));
        }
        for (String kv : extra) {
            int eq = kv.indexOf('=');
            cp.put(kv.substring(0, eq), kv.substring(eq + 1));
        }

        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new Member(i));
        }
        synchronized (LOCK) {
            t0 = System.nanoTime();
        }
        log("starting " + n + " consumers (" + protocol + ", " + assignor + ")");
        for (Member m : members) {
            Properties mp = (Properties) cp.clone();
            mp.put("client.id", "bench-c" + m.index);
            m.thread = new Thread(() -> consume(m, mp, topic), "consumer-" + m.index);
            m.thread.setDaemon(true);
            m.thread.start();
        }
        if (tick > 0) {
            watchBeats(members);
        }
        try {
            long joined = waitFor(members, n, partitions, t0, timeout, "join");
            out.put("join_ms", ms(joined - t0));
            out.put("join_generation", maxGeneration(members));
            out.put("join_assignments", totalAssignments(members));
            log("join complete: " + ms(joined - t0) + " ms");

            long leaveAt = joined + TimeUnit.MILLISECONDS.toNanos(settle);
            if (tick > 0) {
                long tickNs = TimeUnit.MILLISECONDS.toNanos(tick);
                long pause = leaveAt - System.nanoTime();
                if (pause > 0) {
                    TimeUnit.NANOSECONDS.sleep(pause);
                }
                // The cycle is read at the last moment, less than one interval before the leave:
                // each beat can restart it a little later (the client sends when its timer has
                // expired, and re-arms it then).
                long sent = lastSent(members.subList(0, n - 1));
                long beat = lastBeat(members.subList(0, n - 1));
                long ref = sent > 0 ? sent : beat > 0 ? beat : lastAssignment(members);
                long at = ref + TimeUnit.MILLISECONDS.toNanos(phase);
                long now = System.nanoTime();
                if (at < now) {
                    at += ((now - at + tickNs - 1) / tickNs) * tickNs;
                }
                leaveAt = at;
                out.put("leave_reference", sent > 0 ? "heartbeat sent" : beat > 0 ? "heartbeat" : "assignment");
                out.put("leave_after_reference_ms", ms(leaveAt - ref));
            }
            long pause = leaveAt - System.nanoTime();
            if (pause > 0) {
                TimeUnit.NANOSECONDS.sleep(pause);
            }
            Member leaving = members.get(n - 1);
            long te;
            synchronized (LOCK) {
                te = System.nanoTime();
                leaving.live = false;
                leaving.leave = true;
            }
            log("consumer " + leaving.index + " leaves");
            KafkaConsumer<byte[], byte[]> lc = leaving.consumer;
            if (lc != null) {
                lc.wakeup();
            }
            int before = totalAssignments(members);
            long left = waitFor(members, n - 1, partitions, te, timeout, "leave");
            out.put("leave_ms", ms(left - te));
            out.put("leave_generation", maxGeneration(members));
            out.put("leave_assignments", totalAssignments(members) - before);
            log("leave complete: " + ms(left - te) + " ms");
        } finally {
            for (Member m : members) {
                m.stop = true;
                KafkaConsumer<byte[], byte[]> c = m.consumer;
                if (c != null) {
                    c.wakeup();
                }
            }
            feederStop = true;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            for (Member m : members) {
                m.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
            feeder.join(2000);
            producer.close(Duration.ofSeconds(5));
            out.put("produced", produced.get());
            List<String> errors = new ArrayList<>();
            for (Member m : members) {
                if (m.error != null) {
                    errors.add("c" + m.index + ": " + m.error);
                }
                if (m.thread.isAlive()) {
                    errors.add("c" + m.index + ": did not close within 15 s");
                }
            }
            if (produceError.get() != null) {
                errors.add("producer: " + produceError.get());
            }
            if (!errors.isEmpty()) {
                out.put("client_errors", errors);
            }
        }
    }

    private static void ensureTopic(String bootstrap, String topic, int partitions) throws Exception {
        Properties ap = new Properties();
        ap.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(ap)) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            int have = admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            if (have != partitions) {
                throw new IllegalStateException(topic + " has " + have + " partitions, not " + partitions);
            }
        }
    }

    /**
     * Watches every consumer's heartbeat count (the client records it as each heartbeat answer
     * is handled) every millisecond, so the driver knows where the members are in their
     * heartbeat cycle: after a leave, the others learn of the rebalance from their next
     * heartbeat, so the leave time is mostly "interval - phase", and the phase must be the same
     * for both brokers. Counting it from the partition assignment instead charged a broker that
     * answered SyncGroup sooner a longer wait: the classic client re-arms its heartbeat timer
     * when the JoinGroup answer arrives, not the SyncGroup answer.
     */
    private static Thread watchBeats(List<Member> members) {
        Thread t = new Thread(() -> {
            Map<Integer, Metric> count = new HashMap<>();
            Map<Integer, Double> seen = new HashMap<>();
            while (!feederStop) {
                for (Member m : members) {
                    KafkaConsumer<byte[], byte[]> c = m.consumer;
                    if (c == null || !m.live) {
                        continue;
                    }
                    Metric metric = count.get(m.index);
                    if (metric == null) {
                        for (Map.Entry<org.apache.kafka.common.MetricName, ? extends Metric> e : c.metrics().entrySet()) {
                            if (e.getKey().name().equals("heartbeat-total")
                                    && e.getKey().group().endsWith("coordinator-metrics")) {
                                metric = e.getValue();
                                count.put(m.index, metric);
                            }
                        }
                        if (metric == null) {
                            continue;
                        }
                    }
                    Object v = metric.metricValue();
                    Double before = seen.get(m.index);
                    if (v instanceof Number num && (before == null || before != num.doubleValue())) {
                        if (before != null) {
                            m.lastBeat = System.nanoTime();
                        }
                        seen.put(m.index, num.doubleValue());
                    }
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "beat-watch");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * The latest of the members' last heartbeat sends (nanos), 0 when they cannot be read. The
     * classic client re-arms its heartbeat timer when it sends, so this is where the cycle
     * starts; the answer (watchBeats) comes a round trip later, and counting from it charged
     * the broker that answers heartbeats sooner a longer wait (~10 ms at delay 3000). Read from
     * the client's private Heartbeat.lastHeartbeatSend by reflection (a benchmark driver may;
     * kafka-clients is on the class path, not a named module).
     */
    private static long lastSent(List<Member> members) {
        long ms = 0;
        for (Member m : members) {
            KafkaConsumer<byte[], byte[]> c = m.consumer;
            long v = c == null ? -1 : SentProbe.lastSendMs(c);
            if (v <= 0) {
                return 0;
            }
            ms = Math.max(ms, v);
        }
        long agoMs = System.currentTimeMillis() - ms;
        return ms == 0 ? 0 : System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(agoMs);
    }

    /** Reads a classic KafkaConsumer's last heartbeat send time (epoch ms), -1 when it cannot. */
    static final class SentProbe {
        private static java.lang.reflect.Field delegate, coordinator, heartbeat, lastSend;
        private static boolean broken = false;

        static synchronized long lastSendMs(KafkaConsumer<?, ?> c) {
            if (broken) {
                return -1;
            }
            try {
                if (delegate == null) {
                    delegate = KafkaConsumer.class.getDeclaredField("delegate");
                    delegate.setAccessible(true);
                }
                Object d = delegate.get(c);
                if (coordinator == null) {
                    coordinator = d.getClass().getDeclaredField("coordinator");
                    coordinator.setAccessible(true);
                }
                Object coord = coordinator.get(d);
                if (heartbeat == null) {
                    Class<?> k = coord.getClass();
                    while (k != null && heartbeat == null) {
                        try {
                            heartbeat = k.getDeclaredField("heartbeat");
                        } catch (NoSuchFieldException e) {
                            k = k.getSuperclass();
                        }
                    }
                    if (heartbeat == null) {
                        throw new NoSuchFieldException("heartbeat");
                    }
                    heartbeat.setAccessible(true);
                }
                Object hb = heartbeat.get(coord);
                if (lastSend == null) {
                    lastSend = hb.getClass().getDeclaredField("lastHeartbeatSend");
                    lastSend.setAccessible(true);
                }
                return lastSend.getLong(hb);
            } catch (ReflectiveOperationException | RuntimeException e) {
                broken = true;  // another client version, or the consumer protocol
                log("heartbeat send times unreadable (" + e + "): phase from heartbeat answers");
                return -1;
            }
        }
    }

    /** The latest of the members' last heartbeat answers (nanos), 0 when none was seen. */
    private static long lastBeat(List<Member> members) {
        long t = 0;
        for (Member m : members) {
            t = Math.max(t, m.lastBeat);
        }
        return t;
    }

    /**
     * The earliest of the consumers' latest onPartitionsAssigned calls (nanos): the closest we get
     * to the moment their SyncGroup answers arrived, which is when the client re-arms its
     * heartbeat timer (the callback runs a little later, in the consumer's own poll).
     */
    private static long lastAssignment(List<Member> members) {
        synchronized (LOCK) {
            long t = Long.MAX_VALUE;
            for (Member m : members) {
                if (m.live && m.lastAssigned > 0) {
                    t = Math.min(t, m.lastAssigned);
                }
            }
            return t == Long.MAX_VALUE ? t0 : t;
        }
    }

    private static int maxGeneration(List<Member> members) {
        synchronized (LOCK) {
            int g = -1;
            for (Member m : members) {
                if (m.live) {
                    g = Math.max(g, m.generation);
                }
            }
            return g;
        }
    }

    private static int totalAssignments(List<Member> members) {
        synchronized (LOCK) {
            int s = 0;
            for (Member m : members) {
                s += m.assignments;
            }
            return s;
        }
    }

    /** The moment (nanos) the condition first held, checked after every poll of any consumer. */
    private static long waitFor(List<Member> members, int expected, int partitions, long since, long timeoutMs,
            String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        synchronized (LOCK) {
            while (true) {
                Long at = satisfied(members, expected, partitions, since);
                if (at != null) {
                    return at;
                }
                for (Member m : members) {
                    if (!m.leave && m.error != null) {
                        throw new IllegalStateException(what + ": consumer " + m.index + " failed: " + m.error);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(what + ": condition not met after " + timeoutMs + " ms: "
                            + describe(members, partitions));
                }
                LOCK.wait(Math.max(1, Math.min(50, TimeUnit.NANOSECONDS.toMillis(left))));
            }
        }
    }

    /** Null when not yet; else the latest receive time among the owned partitions. Under LOCK. */
    private static Long satisfied(List<Member> members, int expected, int partitions, long since) {
        Set<TopicPartition> seen = new HashSet<>();
        long latest = since;
        int live = 0;
        for (Member m : members) {
            if (!m.live) {
                continue;
            }
            live++;
            if (m.owned.isEmpty()) {
                return null;
            }
            for (Map.Entry<TopicPartition, Long> e : m.owned.entrySet()) {
                if (!seen.add(e.getKey())) {
                    return null;
                }
                Long r = m.lastRecv.get(e.getKey());
                if (r == null || r < e.getValue() || r < since) {
                    return null;
                }
                latest = Math.max(latest, r);
            }
        }
        return live == expected && seen.size() == partitions ? latest : null;
    }

    private static String describe(List<Member> members, int partitions) {
        StringBuilder sb = new StringBuilder();
        for (Member m : members) {
            if (m.live) {
                sb.append(" c").append(m.index).append(" gen ").append(m.generation).append(" owns ")
                        .append(new TreeSet<>(parts(m.owned.keySet())));
            }
        }
        return sb.toString().trim();
    }

    private static List<Integer> parts(Collection<TopicPartition> tps) {
        List<Integer> l = new ArrayList<>();
        for (TopicPartition tp : tps) {
            l.add(tp.partition());
        }
        l.sort(null);
        return l;
    }

    private static void consume(Member m, Properties props, String topic) {
        KafkaConsumer<byte[], byte[]> c;
        try {
            c = new KafkaConsumer<>(props);
        } catch (Exception e) {
            synchronized (LOCK) {
                m.error = e.toString();
                LOCK.notifyAll();
            }
            return;
        }
        m.consumer = c;
        try {
            c.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> tps) {
                    drop(tps, "revoked");
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> tps) {
                    drop(tps, "lost");
                }

                private void drop(Collection<TopicPartition> tps, String how) {
                    if (tps.isEmpty()) {
                        return;
                    }
                    synchronized (LOCK) {
                        for (TopicPartition tp : tps) {
                            m.owned.remove(tp);
                            m.lastRecv.remove(tp);
                        }
                    }
                    log("c" + m.index + " " + how + " " + parts(tps));
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> tps) {
                    long now = System.nanoTime();
                    int gen = c.groupMetadata().generationId();
                    synchronized (LOCK) {
                        m.generation = gen;
                        m.assignments++;
                        m.lastAssigned = now;
                        for (TopicPartition tp : tps) {
                            m.owned.put(tp, now);
                            m.lastRecv.remove(tp);
                        }
                        LOCK.notifyAll();
                    }
                    log("c" + m.index + " gen " + gen + " assigned " + parts(tps) + " owns " + parts(c.assignment()));
                }
            });
            while (!m.leave && !m.stop) {
                ConsumerRecords<byte[], byte[]> recs;
                try {
                    recs = c.poll(Duration.ofMillis(50));
                } catch (WakeupException e) {
                    break;
                }
                long now = System.nanoTime();
                synchronized (LOCK) {
                    m.generation = c.groupMetadata().generationId();
                    for (ConsumerRecord<byte[], byte[]> r : recs) {
                        m.lastRecv.put(new TopicPartition(r.topic(), r.partition()), now);
                    }
                    if (!recs.isEmpty()) {
                        LOCK.notifyAll();
                    }
                }
            }
        } catch (Exception e) {
            synchronized (LOCK) {
                m.error = e.toString();
                LOCK.notifyAll();
            }
            log("c" + m.index + " failed: " + e);
        } finally {
            synchronized (LOCK) {
                m.live = false;
            }
            try {
                // A clean leave: the default close sends LeaveGroup (classic) or the leave heartbeat.
                c.close(m.leave ? Duration.ofSeconds(30) : Duration.ofSeconds(5));
            } catch (Exception e) {
                log("c" + m.index + " close failed: " + e);
            }
            if (m.leave) {
                log("c" + m.index + " closed");
            }
        }
    }

    // ------------------------------------------------------------------ JSON

    private static String json(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof Number || o instanceof Boolean) {
            return o.toString();
        }
        if (o instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                sb.append(json(String.valueOf(e.getKey()))).append(':').append(json(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (o instanceof Collection<?> col) {
            StringBuilder sb = new StringBuilder("[");
            for (Object x : col) {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                sb.append(json(x));
            }
            return sb.append(']').toString();
        }
        String s = o.toString();
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
