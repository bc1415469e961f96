package io.fluxmq.interop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.DeletedRecords;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.DescribeProducersResult.PartitionProducerState;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;

/**
 * admin --op OP [options] [--prop key=value ...] [--out FILE]; one line of output:
 * {"done":"admin","op":OP, ...result...} or {"done":"admin","op":OP,"error":Class,"message":...}.
 *
 * <ul>
 *   <li>create-topic --topic T [--partitions N] [--replication R] [--config k=v ...]
 *   <li>describe-topics --topic T ...
 *   <li>list-topics [--internal true]
 *   <li>describe-configs [--topic T ...] [--broker ID ...]
 *   <li>alter-configs [--resource topic|broker] --name NAME [--set k=v ...] [--delete k ...]
 *       [--append k=v ...] [--subtract k=v ...] [--validate-only true] (incrementalAlterConfigs)
 *   <li>create-partitions --topic T --total N
 *   <li>delete-records --topic T --before PARTITION=OFFSET ...
 *   <li>describe-log-dirs [--broker ID ...]
 *   <li>delete-topics --topic T ...
 *   <li>describe-cluster
 *   <li>list-offsets --topic T --partitions P,P.. --spec earliest|latest|max-timestamp|TIMESTAMP
 *   <li>describe-producers --topic T --partitions P,P..
 *   <li>list-groups [--type consumer|classic|share|streams ...] [--state STATE ...]
 *       [--consumer-only true] (listGroups: {"groups":[{group,type,state,protocol_type,simple}]})
 *   <li>describe-groups --group G ... (describeConsumerGroups: ConsumerGroupDescribe for
 *       consumer-protocol groups, DescribeGroups for classic ones)
 *   <li>group-offsets --group G [--topic T --partitions P,P..] [--require-stable true]
 *       (listConsumerGroupOffsets, plus each partition's log end offset and lag = end - committed,
 *       computed the way kafka-consumer-groups.sh does)
 *   <li>alter-group-offsets --group G --topic T --set PARTITION=OFFSET ...
 *   <li>delete-group-offsets --group G --topic T --partitions P,P.. (deleteConsumerGroupOffsets)
 *   <li>delete-groups --group G ... (deleteConsumerGroups)
 *   <li>remove-members --group G [--instance-id ID ...] (removeMembersFromConsumerGroup; all
 *       members when no instance id is given)
 * </ul>
 */
final class Admin {
    private Admin() {}

    static void run(String bootstrap, Opts opts, FluxCli.Out out) throws Exception {
        String op = opts.get("op");
        Properties p = FluxCli.baseProps(bootstrap, opts, "fluxmq-interop-admin");
        p.put("default.api.timeout.ms", "30000");
        p.put("request.timeout.ms", "15000");
        opts.applyProps(p);
        long t0 = System.nanoTime();
        Map<String, Object> result = Json.obj("done", "admin", "op", op);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            try {
                switch (op) {
                    case "create-topic" -> createTopic(admin, opts, result);
                    case "describe-topics" -> describeTopics(admin, opts, result);
                    case "list-topics" -> result.put("topics", new ArrayList<>(new java.util.TreeSet<>(
                            admin.listTopics(new ListTopicsOptions().listInternal(opts.getBool("internal", false)))
                                    .names().get())));
                    case "describe-configs" -> describeConfigs(admin, opts, result);
                    case "alter-configs" -> alterConfigs(admin, opts, result);
                    case "create-partitions" -> admin.createPartitions(Map.of(opts.get("topic"),
                            NewPartitions.increaseTo(opts.getInt("total", 0)))).all().get();
                    case "delete-records" -> deleteRecords(admin, opts, result);
                    case "describe-log-dirs" -> describeLogDirs(admin, opts, result);
                    case "delete-topics" -> admin.deleteTopics(opts.all("topic")).all().get();
                    case "describe-cluster" -> describeCluster(admin, result);
                    case "list-offsets" -> listOffsets(admin, opts, result);
                    case "describe-producers" -> describeProducers(admin, opts, result);
                    case "list-groups" -> Groups.list(admin, opts, result);
                    case "describe-groups" -> Groups.describe(admin, opts, result);
                    case "group-offsets" -> Groups.offsets(admin, opts, result);
                    case "alter-group-offsets" -> Groups.alterOffsets(admin, opts, result);
                    case "delete-group-offsets" -> Groups.deleteOffsets(admin, opts, result);
                    case "delete-groups" -> Groups.delete(admin, opts, result);
                    case "remove-members" -> Groups.removeMembers(admin, opts, result);
                    default -> throw new IllegalArgumentException("unknown admin op " + op);
                }
            } catch (ExecutionException e) {
                result.putAll(FluxCli.error(e));
            }
            admin.close(java.time.Duration.ofSeconds(10));
        }
        result.put("ms", (System.nanoTime() - t0) / 1_000_000);
        out.line(result);
    }

    static Object getOrError(KafkaFuture<?> f) throws InterruptedException {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return FluxCli.error(e);
        } catch (java.util.concurrent.TimeoutException e) {
            return FluxCli.error(e);
        }
    }

    private static void createTopic(org.apache.kafka.clients.admin.Admin admin, Opts opts,
            Map<String, Object> result) throws Exception {
        String name = opts.get("topic");
        Optional<Integer> parts = opts.has("partitions")
                ? Optional.of(opts.getInt("partitions", 1)) : Optional.empty();
        Optional<Short> rf = opts.has("replication")
                ? Optional.of((short) opts.getInt("replication", 1)) : Optional.empty();
        NewTopic nt = new NewTopic(name, parts, rf).configs(opts.pairs("config"));
        CreateTopicsResult r = admin.createTopics(List.of(nt));
        r.all().get();
        result.put("num_partitions", getOrError(r.numPartitions(name)));
        result.put("replication_factor", getOrError(r.replicationFactor(name)));
        Object id = getOrError(r.topicId(name));
        result.put("topic_id", id instanceof Map ? id : String.valueOf(id));
        Object cfg = getOrError(r.config(name));
        result.put("configs", cfg instanceof Config c ? configMap(c) : cfg);
    }

    private static void describeTopics(org.apache.kafka.clients.admin.Admin admin, Opts opts,
            Map<String, Object> result) throws Exception {
        Map<String, TopicDescription> d = admin.describeTopics(opts.all("topic")).allTopicNames().get();
        Map<String, Object> topics = new TreeMap<>();
        for (TopicDescription td : d.values()) {
            List<Object> parts = new ArrayList<>();
            for (TopicPartitionInfo pi : td.partitions()) {
                parts.add(Json.obj("partition", pi.partition(), "leader", nodeId(pi.leader()),
                        "replicas", pi.replicas().stream().map(Admin::nodeId).toList(),
                        "isr", pi.isr().stream().map(Admin::nodeId).toList()));
            }
            topics.put(td.name(), Json.obj("name", td.name(), "topic_id", String.valueOf(td.topicId()),
                    "internal", td.isInternal(), "partitions", parts));
        }
        result.put("topics", topics);
    }

    private static Object nodeId(Node n) {
        return n == null ? null : n.id();
    }

    private static Map<String, Object> configMap(Config c) {
        Map<String, Object> m = new TreeMap<>();
        for (ConfigEntry e : c.entries()) {
            m.put(e.name(), Json.obj("value", e.value(), "source", e.source(),
                    "read_only", e.isReadOnly(), "sensitive", e.isSensitive(),
                    "type", e.type(),
                    "synonyms", e.synonyms().stream().map(s -> Json.obj(
                            "name", s.name(), "value", s.value(), "source", s.source())).toList()));
        }
        return m;
    }

    private static void describeConfigs(org.apache.kafka.clients.admin.Admin admin, Opts opts,
            Map<String, Object> result) throws Exception {
        List<ConfigResource> resources = new ArrayList<>();
        for (String t : opts.all("topic")) {
            resources.add(new ConfigResource(ConfigResource.Type.TOPIC, t));
        }
        for (String b : opts.all("broker")) {
            resources.add(new ConfigResource(ConfigResource.Type.BROKER, b));
        }
        Map<ConfigResource, KafkaFuture<Config>> futures = admin.describeConfigs(resources).values();
        Map<String, Object> out = new LinkedHashMap<>();
        for (ConfigResource r : resources) {
            Object c = getOrError(futures.get(r));
            out.put(r.type().name().toLowerCase() + ":" + r.name(), c instanceof Config cfg ? configMap(cfg) : c);
        }
        result.put("resources", out);
    }

    private static void alterConfigs(org.apache.kafka.clients.admin.Admin admin, Opts opts,
            Map<String, Object> result) throws Exception {
        ConfigResource.Type type = opts.get("resource", "topic").equals("broker")
                ? ConfigResource.Type.BROKER : ConfigResource.Type.TOPIC;
        ConfigResource res = new ConfigResource(type, opts.get("name"));
        List<AlterConfigOp> ops = new ArrayList<>();
        opts.pairs("set").forEach((k, v) -> ops.add(new AlterConfigOp(new ConfigEntry(k, v), AlterConfigOp.OpType.SET)));
        for (String k : opts.all("delete")) {
            ops.add(new AlterConfigOp(new ConfigEntry(k, null), AlterConfigOp.OpType.DELETE));
        }
        opts.pairs("append").forEach((k, v) -> ops.add(new AlterConfigOp(new ConfigEntry(k, v), AlterConfigOp.OpType.APPEND)));
        opts.pairs("subtract").forEach((k, v) -> ops.add(new AlterConfigOp(new ConfigEntry(k, v), AlterConfigOp.OpType.SUBTRACT)));
        Map<ConfigResource, Collection<AlterConfigOp>> req = Map.of(res, ops);
        admin.incrementalAlterConfigs(req, new AlterConfigsOptions().validateOnly(opts.getBool("validate-only", false)))
                .all().get();
    }

    private static void deleteRecords(org.apache.kafka.clients.admin.Admin admin, Opts opts,
            Map<String, Object> result) throws Exception {
        String topic = opts.get("topic");
        Map<TopicPartition, RecordsToDelete> req = new LinkedHashMap<>();
        opts.pairs("before").forEach((part, off) -> req.put(new TopicPartition(topic, Integer.parseInt(part)),
                RecordsToDelete.beforeOffset(Long.parseLong(off))));
        Map<TopicPartition, KafkaFuture<DeletedRecords>> res = admin.deleteRecords(req).lowWatermarks();
        Map<String, Object> out = new TreeMap<>();
        for (Map.Entry<TopicPartition, KafkaFuture<DeletedRecords>> e : res.entrySet()) {
            Object v = getOrError(e.getValue());
            out.put(Integer.toString(e.getKey().partition()),
                    v instanceof DeletedRecords d ? Json.obj("low_watermark", d.lowWatermark()) : v);
        }
        result.put("partitions", out);
    }

    private static void describeLogDirs(org.apache.kafka.clients.admin.Admin admin, Opts opts,
            Map<String, Object> result) throws Exception {
        List<Integer> brokers = new ArrayList<>();
        for (String b : opts.all("broker")) {
            brokers.add(Integer.parseInt(b));
        }
        if (brokers.isEmpty()) {
            for (Node n : admin.describeCluster().nodes().get()) {
                brokers.add(n.id());
            }
        }
        Map<Integer, Map<String, LogDirDescription>> all = admin.describeLogDirs(brokers).allDescriptions().get();
        Map<String, Object> out = new TreeMap<>();
        for (Map.Entry<Integer, Map<String, LogDirDescription>> be : all.entrySet()) {
            Map<String, Object> dirs = new TreeMap<>();
            for (Map.Entry<String, LogDirDescription> de : be.getValue().entrySet()) {
                LogDirDescription d = de.getValue();
                Map<String, Object> replicas = new TreeMap<>();
                for (Map.Entry<TopicPartition, ReplicaInfo> re : d.replicaInfos().entrySet()) {
                    ReplicaInfo ri = re.getValue();
                    replicas.put(re.getKey().toString(), Json.obj("size", ri.size(),
                            "offset_lag", ri.offsetLag(), "future", ri.isFuture()));
                }
                dirs.put(de.getKey(), Json.obj(
                        "error", d.error() == null ? null : FluxCli.describe(d.error()),
                        "total_bytes", d.totalBytes(), "usable_bytes", d.usableBytes(),
                        "replicas", replicas));
            }
            out.put(Integer.toString(be.getKey()), dirs);
        }
        result.put("brokers", out);
    }

    private static void describeCluster(org.apache.kafka.clients.admin.Admin admin,
            Map<String, Object> result) throws Exception {
        DescribeClusterResult r = admin.describeCluster();
        result.put("cluster_id", r.clusterId().get());
        Node c = r.controller().get();
        result.put("controller", c == null ? null : c.id());
        List<Object> nodes = new ArrayList<>();
        for (Node n : r.nodes().get()) {
            nodes.add(Json.obj("id", n.id(), "host", n.host(), "port", n.port(), "rack", n.rack()));
        }
        result.put("nodes", nodes);
    }

    static List<TopicPartition> partitions(Opts opts) {
        String topic = opts.get("topic");
        List<TopicPartition> tps = new ArrayList<>();
        for (String s : FluxCli.split(opts.get("partitions", "0"))) {
            tps.add(new TopicPartition(topic, Integer.parseInt(s.trim())));
        }
        return tps;
    }

    private static void listOffsets(org.apache.kafka.clients.admin.Admin admin, Opts opts,
            Map<String, Object> result) throws Exception {
        String spec = opts.get("spec", "latest");
        OffsetSpec os = switch (spec) {
            case "earliest" -> OffsetSpec.earliest();
            case "latest" -> OffsetSpec.latest();
            case "max-timestamp" -> OffsetSpec.maxTimestamp();
            default -> OffsetSpec.forTimestamp(Long.parseLong(spec));
        };
        Map<TopicPartition, OffsetSpec> req = new LinkedHashMap<>();
        for (TopicPartition tp : partitions(opts)) {
            req.put(tp, os);
        }
        ListOffsetsResult r = admin.listOffsets(req);
        Map<String, Object> out = new TreeMap<>();
        for (TopicPartition tp : req.keySet()) {
            Object v = getOrError(r.partitionResult(tp));
            out.put(Integer.toString(tp.partition()), v instanceof ListOffsetsResult.ListOffsetsResultInfo i
                    ? Json.obj("offset", i.offset(), "timestamp", i.timestamp(), "leader_epoch", i.leaderEpoch())
                    : v);
        }
        result.put("partitions", out);
    }

    private static void describeProducers(org.apache.kafka.clients.admin.Admin admin, Opts opts,
            Map<String, Object> result) throws Exception {
        List<TopicPartition> tps = partitions(opts);
        Map<String, Object> out = new TreeMap<>();
        var res = admin.describeProducers(tps);
        for (TopicPartition tp : tps) {
            Object v = getOrError(res.partitionResult(tp));
            if (v instanceof PartitionProducerState s) {
                List<Object> producers = new ArrayList<>();
                for (ProducerState ps : s.activeProducers()) {
                    producers.add(Json.obj("producer_id", ps.producerId(), "epoch", ps.producerEpoch(),
                            "last_sequence", ps.lastSequence(), "last_timestamp", ps.lastTimestamp(),
                            "coordinator_epoch", ps.coordinatorEpoch(),
                            "txn_start_offset", ps.currentTransactionStartOffset()));
                }
                out.put(Integer.toString(tp.partition()), Json.obj("producers", producers));
            } else {
                out.put(Integer.toString(tp.partition()), v);
            }
        }
        result.put("partitions", out);
    }
}
