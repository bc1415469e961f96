package io.fluxmq.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * group-consume --topic T --group G [--group-protocol classic|consumer]
 *               [--assignor range|cooperative-sticky|roundrobin|sticky] [--remote-assignor uniform|range]
 *               [--instance-id ID] [--session-timeout-ms N] [--heartbeat-ms N]
 *               [--max-poll-interval-ms 30000] [--max-poll-records 100] [--commit sync|none]
 *               [--max-records N] [--timeout-ms 180000] [--reset earliest|latest]
 *               [--prop key=value ...]
 *
 * A live consumer-group member for the group tests: subscribes to T in group G and, for every
 * record, prints it ("processing"); after each poll it commits the offsets it processed
 * (commitSync), and in onPartitionsRevoked it commits what it processed of the revoked partitions
 * before giving them up (the documented way to avoid reprocessing across rebalances).
 * --assignor, --session-timeout-ms and --heartbeat-ms apply to the classic protocol only (the
 * consumer protocol rejects them); --remote-assignor to the consumer protocol only.
 *
 * Output: JSON lines on stdout, flushed one by one so the test can follow them live:
 * <pre>
 *   {"ev":"started","client":"java-4.4.0","protocol":...,"ts"}
 *   {"ev":"assigned","parts":[P...],"owned":[P...],"gen":G,"member":ID,"ts"}   (every callback,
 *       also with no partitions: the classic protocol calls it after every rebalance)
 *   {"ev":"revoked",...} and {"ev":"lost",...} the same way
 *   {"ev":"gen","gen":G,"member":ID,"ts"}   generation (classic) or member epoch (consumer)
 *       changed, checked after every poll
 *   {"ev":"rec","p":P,"o":O,"v":VALUE (UTF-8),"ts"}
 *   {"ev":"commit","offsets":{"P":NEXT...},"ts"} / {"ev":"commit_failed","error","message","ts"}
 *   {"done":"group-consume","count":N,"reason":"closed|stdin-eof|max-records|timeout","ms"}
 * </pre>
 * Standard input: a line "close" (or end of input) closes the consumer cleanly (a dynamic member
 * leaves the group); "close-leave" closes with CloseOptions LEAVE_GROUP (static members leave too);
 * "close-remain" with REMAIN_IN_GROUP; "pause" / "resume" pause or resume fetching from the assigned
 * partitions (the member stays in the group, printing {"ev":"paused"|"resumed","parts"}).
 * Killing the process is how the tests crash a member.
 */
final class GroupConsume {
    private GroupConsume() {}

    static void run(String bootstrap, Opts opts, FluxCli.Out out) throws Exception {
        String topic = opts.get("topic");
        String group = opts.get("group");
        String protocol = opts.get("group-protocol", "classic");
        boolean classic = protocol.equals("classic");
        long maxRecords = opts.getLong("max-records", Long.MAX_VALUE);
        long timeoutMs = opts.getLong("timeout-ms", 180_000);
        boolean commit = opts.get("commit", "sync").equals("sync");

        Properties p = FluxCli.baseProps(bootstrap, opts, "fluxmq-group-" + group);
        p.put("key.deserializer", ByteArrayDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        p.put("group.id", group);
        p.put("group.protocol", protocol);
        p.put("enable.auto.commit", "false");
        p.put("auto.offset.reset", opts.get("reset", "earliest"));
        p.put("max.poll.records", opts.get("max-poll-records", "100"));
        p.put("max.poll.interval.ms", opts.get("max-poll-interval-ms", "30000"));
        p.put("fetch.max.wait.ms", "100");
        if (opts.has("instance-id")) {
            p.put("group.instance.id", opts.get("instance-id"));
        }
        if (classic) {
            p.put("partition.assignment.strategy", assignorClass(opts.get("assignor", "range")));
            if (opts.has("session-timeout-ms")) {
                p.put("session.timeout.ms", opts.get("session-timeout-ms"));
            }
            if (opts.has("heartbeat-ms")) {
                p.put("heartbeat.interval.ms", opts.get("heartbeat-ms"));
            }
        } else if (opts.has("remote-assignor")) {
            p.put("group.remote.assignor", opts.get("remote-assignor"));
        }
        opts.applyProps(p);

        LinkedBlockingQueue<String> commands = new LinkedBlockingQueue<>();
        Thread stdin = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        commands.add(line.trim());
                    }
                }
            } catch (IOException e) {
                // treated as end of input
            }
            commands.add("stdin-eof");
        }, "stdin");
        stdin.setDaemon(true);
        stdin.start();

        long t0 = System.nanoTime();
        long deadline = System.currentTimeMillis() + timeoutMs;
        String reason = "timeout";
        String closeMode = "close";
        Member m = new Member(out, commit);
        out.line(Json.obj("ev", "started", "client", "java-" + FluxCli.kafkaVersion(), "protocol", protocol,
                "group", group, "topic", topic, "ts", System.currentTimeMillis()));
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p);
        try {
            m.consumer = consumer;
            consumer.subscribe(List.of(topic), m);
            while (System.currentTimeMillis() < deadline) {
                String cmd = commands.poll();
                if (cmd != null && (cmd.equals("pause") || cmd.equals("resume"))) {
                    if (cmd.equals("pause")) {
                        consumer.pause(consumer.assignment());
                    } else {
                        consumer.resume(consumer.paused());
                    }
                    out.line(Json.obj("ev", cmd.equals("pause") ? "paused" : "resumed",
                            "parts", consumer.assignment().stream().map(TopicPartition::partition).sorted().toList(),
                            "ts", System.currentTimeMillis()));
                } else if (cmd != null) {
                    reason = cmd.equals("stdin-eof") ? cmd : "closed";
                    closeMode = cmd;
                    break;
                }
                ConsumerRecords<byte[], byte[]> recs = consumer.poll(Duration.ofMillis(100));
                for (ConsumerRecord<byte[], byte[]> r : recs) {
                    byte[] v = r.value();
                    out.line(Json.obj("ev", "rec", "p", r.partition(), "o", r.offset(),
                            "v", v == null ? null : new String(v, StandardCharsets.UTF_8),
                            "ts", System.currentTimeMillis()));
                    m.processed.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
                    m.count++;
                }
                m.commitPending(null);
                m.checkGeneration();
                if (m.count >= maxRecords) {
                    reason = "max-records";
                    break;
                }
            }
        } finally {
            switch (closeMode) {
                case "close-leave" -> consumer.close(
                        CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP));
                case "close-remain" -> consumer.close(
                        CloseOptions.groupMembershipOperation(GroupMembershipOperation.REMAIN_IN_GROUP));
                default -> consumer.close();
            }
        }
        out.line(Json.obj("done", "group-consume", "count", m.count, "reason", reason,
                "ms", (System.nanoTime() - t0) / 1_000_000));
    }

    static String assignorClass(String name) {
        return switch (name) {
            case "range" -> "org.apache.kafka.clients.consumer.RangeAssignor";
            case "roundrobin" -> "org.apache.kafka.clients.consumer.RoundRobinAssignor";
            case "sticky" -> "org.apache.kafka.clients.consumer.StickyAssignor";
            case "cooperative-sticky" -> "org.apache.kafka.clients.consumer.CooperativeStickyAssignor";
            default -> name;
        };
    }

    /** The rebalance listener and the member's bookkeeping (all on the polling thread). */
    static final class Member implements ConsumerRebalanceListener {
        final FluxCli.Out out;
        final boolean commit;
        KafkaConsumer<byte[], byte[]> consumer;
        final Map<TopicPartition, Long> processed = new HashMap<>();
        final Map<TopicPartition, Long> committed = new HashMap<>();
        final TreeSet<Integer> owned = new TreeSet<>();
        long count;
        int lastGen = Integer.MIN_VALUE;
        String lastMember = null;

        Member(FluxCli.Out out, boolean commit) {
            this.out = out;
            this.commit = commit;
        }

        /** commitSync of what was processed and not yet committed (only `only`'s partitions if given). */
        void commitPending(Collection<TopicPartition> only) {
            if (!commit) {
                return;
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            Map<String, Object> shown = new TreeMap<>();
            for (Map.Entry<TopicPartition, Long> e : processed.entrySet()) {
                if (only != null && !only.contains(e.getKey())) {
                    continue;
                }
                if (!e.getValue().equals(committed.get(e.getKey()))) {
                    offsets.put(e.getKey(), new OffsetAndMetadata(e.getValue()));
                    shown.put(Integer.toString(e.getKey().partition()), e.getValue());
                }
            }
            if (offsets.isEmpty()) {
                return;
            }
            try {
                consumer.commitSync(offsets, Duration.ofSeconds(15));
                for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
                    committed.put(e.getKey(), e.getValue().offset());
                }
                out.line(Json.obj("ev", "commit", "offsets", shown, "ts", System.currentTimeMillis()));
            } catch (RuntimeException e) {
                out.line(Json.obj("ev", "commit_failed", "offsets", shown, "error", e.getClass().getSimpleName(),
                        "message", e.getMessage(), "ts", System.currentTimeMillis()));
            }
        }

        void checkGeneration() {
            ConsumerGroupMetadata g;
            try {
                g = consumer.groupMetadata();
            } catch (RuntimeException e) {
                return;
            }
            if (g.generationId() != lastGen || !g.memberId().equals(lastMember)) {
                lastGen = g.generationId();
                lastMember = g.memberId();
                out.line(Json.obj("ev", "gen", "gen", lastGen, "member", lastMember,
                        "ts", System.currentTimeMillis()));
            }
        }

        private void event(String ev, Collection<TopicPartition> parts) {
            List<Integer> ps = new ArrayList<>();
            for (TopicPartition tp : parts) {
                ps.add(tp.partition());
            }
            ps.sort(null);
            Map<String, Object> line = Json.obj("ev", ev, "parts", ps, "owned", new ArrayList<>(owned));
            try {
                ConsumerGroupMetadata g = consumer.groupMetadata();
                line.put("gen", g.generationId());
                line.put("member", g.memberId());
            } catch (RuntimeException e) {
                line.put("gen", null);
            }
            line.put("ts", System.currentTimeMillis());
            out.line(line);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> parts) {
            commitPending(parts);
            for (TopicPartition tp : parts) {
                owned.remove(tp.partition());
                processed.remove(tp);
                committed.remove(tp);
            }
            event("revoked", parts);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> parts) {
            for (TopicPartition tp : parts) {
                owned.add(tp.partition());
            }
            event("assigned", parts);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> parts) {
            for (TopicPartition tp : parts) {
                owned.remove(tp.partition());
                processed.remove(tp);
                committed.remove(tp);
            }
            event("lost", parts);
        }
    }
}
