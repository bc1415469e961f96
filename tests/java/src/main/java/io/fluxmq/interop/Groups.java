package io.fluxmq.interop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DeleteConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.DeleteConsumerGroupsResult;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberAssignment;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupResult;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/** The consumer-group operations of the admin command (see {@link io.fluxmq.interop.Admin}). */
final class Groups {
    private Groups() {}

    /** "ok" when a Void future succeeds, else {"error","message"}. */
    private static Object outcome(KafkaFuture<Void> f) throws InterruptedException {
        try {
            f.get(30, TimeUnit.SECONDS);
            return "ok";
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return FluxCli.error(e);
        }
    }

    /** {"topic": [partitions...]} of an assignment, sorted. */
    private static Map<String, Object> assignment(MemberAssignment a) {
        Map<String, Set<Integer>> byTopic = new TreeMap<>();
        if (a != null) {
            for (TopicPartition tp : a.topicPartitions()) {
                byTopic.computeIfAbsent(tp.topic(), t -> new TreeSet<>()).add(tp.partition());
            }
        }
        Map<String, Object> out = new TreeMap<>();
        byTopic.forEach((t, ps) -> out.put(t, new ArrayList<>(ps)));
        return out;
    }

    static void list(Admin admin, Opts opts, Map<String, Object> result) throws Exception {
        ListGroupsOptions o = opts.getBool("consumer-only", false)
                ? ListGroupsOptions.forConsumerGroups() : new ListGroupsOptions();
        Set<GroupType> types = new HashSet<>();
        for (String t : opts.all("type")) {
            types.add(GroupType.parse(t));
        }
        if (!types.isEmpty()) {
            o.withTypes(types);
        }
        Set<GroupState> states = new HashSet<>();
        for (String s : opts.all("state")) {
            states.add(GroupState.parse(s));
        }
        if (!states.isEmpty()) {
            o.inGroupStates(states);
        }
        Collection<GroupListing> all = admin.listGroups(o).all().get();
        List<Object> groups = new ArrayList<>();
        for (GroupListing g : all) {
            groups.add(Json.obj("group", g.groupId(), "type", g.type(), "state", g.groupState(),
                    "protocol_type", g.protocol(), "simple", g.isSimpleConsumerGroup()));
        }
        groups.sort((a, b) -> String.valueOf(((Map<?, ?>) a).get("group"))
                .compareTo(String.valueOf(((Map<?, ?>) b).get("group"))));
        result.put("groups", groups);
    }

    static void describe(Admin admin, Opts opts, Map<String, Object> result) throws Exception {
        List<String> names = opts.all("group");
        Map<String, KafkaFuture<ConsumerGroupDescription>> futures =
                admin.describeConsumerGroups(names).describedGroups();
        Map<String, Object> out = new TreeMap<>();
        for (String g : names) {
            Object v = getOrError(futures.get(g));
            if (v instanceof ConsumerGroupDescription d) {
                List<Object> members = new ArrayList<>();
                for (MemberDescription m : d.members()) {
                    members.add(Json.obj("member_id", m.consumerId(), "instance_id", m.groupInstanceId(),
                            "client_id", m.clientId(), "host", m.host(),
                            "assignment", assignment(m.assignment()),
                            "target_assignment", m.targetAssignment().map(Groups::assignment).orElse(null),
                            "member_epoch", m.memberEpoch(), "upgraded", m.upgraded()));
                }
                members.sort((a, b) -> String.valueOf(((Map<?, ?>) a).get("client_id") + "/"
                        + ((Map<?, ?>) a).get("member_id")).compareTo(String.valueOf(
                        ((Map<?, ?>) b).get("client_id") + "/" + ((Map<?, ?>) b).get("member_id"))));
                out.put(g, Json.obj("group", d.groupId(), "type", d.type(), "state", d.groupState(),
                        "assignor", d.partitionAssignor(), "simple", d.isSimpleConsumerGroup(),
                        "coordinator", d.coordinator() == null ? null : d.coordinator().id(),
                        "group_epoch", d.groupEpoch(), "target_assignment_epoch", d.targetAssignmentEpoch(),
                        "members", members));
            } else {
                out.put(g, v);
            }
        }
        result.put("groups", out);
    }

    private static Object getOrError(KafkaFuture<?> f) throws InterruptedException {
        return io.fluxmq.interop.Admin.getOrError(f);
    }

    static void offsets(Admin admin, Opts opts, Map<String, Object> result) throws Exception {
        String group = opts.get("group");
        ListConsumerGroupOffsetsSpec spec = new ListConsumerGroupOffsetsSpec();
        if (opts.has("topic")) {
            spec.topicPartitions(io.fluxmq.interop.Admin.partitions(opts));
        }
        ListConsumerGroupOffsetsOptions o = new ListConsumerGroupOffsetsOptions()
                .requireStable(opts.getBool("require-stable", false));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(Map.of(group, spec), o)
                .partitionsToOffsetAndMetadata(group).get();
        // Lag the way kafka-consumer-groups.sh computes it: log end offset - committed offset.
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
            if (e.getValue() != null) {
                latest.put(e.getKey(), OffsetSpec.latest());
            }
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                latest.isEmpty() ? Map.of() : admin.listOffsets(latest).all().get();
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
            TopicPartition tp = e.getKey();
            OffsetAndMetadata om = e.getValue();
            Object v = null;
            if (om != null) {
                long end = ends.get(tp).offset();
                v = Json.obj("offset", om.offset(), "leader_epoch", om.leaderEpoch(), "metadata", om.metadata(),
                        "end", end, "lag", end - om.offset());
            }
            out.computeIfAbsent(tp.topic(), t -> new TreeMap<>()).put(Integer.toString(tp.partition()), v);
        }
        result.put("offsets", out);
    }

    static void alterOffsets(Admin admin, Opts opts, Map<String, Object> result) throws Exception {
        String group = opts.get("group");
        String topic = opts.get("topic");
        Map<TopicPartition, OffsetAndMetadata> req = new LinkedHashMap<>();
        opts.pairs("set").forEach((part, off) -> req.put(new TopicPartition(topic, Integer.parseInt(part)),
                new OffsetAndMetadata(Long.parseLong(off))));
        AlterConsumerGroupOffsetsResult r = admin.alterConsumerGroupOffsets(group, req);
        Map<String, Object> out = new TreeMap<>();
        for (TopicPartition tp : req.keySet()) {
            out.put(Integer.toString(tp.partition()), outcome(r.partitionResult(tp)));
        }
        result.put("partitions", out);
        result.put("all", outcome(r.all()));
    }

    static void deleteOffsets(Admin admin, Opts opts, Map<String, Object> result) throws Exception {
        String group = opts.get("group");
        Set<TopicPartition> tps = new java.util.LinkedHashSet<>(io.fluxmq.interop.Admin.partitions(opts));
        DeleteConsumerGroupOffsetsResult r = admin.deleteConsumerGroupOffsets(group, tps);
        Map<String, Object> out = new TreeMap<>();
        for (TopicPartition tp : tps) {
            out.put(Integer.toString(tp.partition()), outcome(r.partitionResult(tp)));
        }
        result.put("partitions", out);
        result.put("all", outcome(r.all()));
    }

    static void delete(Admin admin, Opts opts, Map<String, Object> result) throws Exception {
        List<String> names = opts.all("group");
        DeleteConsumerGroupsResult r = admin.deleteConsumerGroups(names);
        Map<String, Object> out = new TreeMap<>();
        for (String g : names) {
            out.put(g, outcome(r.deletedGroups().get(g)));
        }
        result.put("groups", out);
    }

    static void removeMembers(Admin admin, Opts opts, Map<String, Object> result) throws Exception {
        String group = opts.get("group");
        List<MemberToRemove> members = new ArrayList<>();
        for (String id : opts.all("instance-id")) {
            members.add(new MemberToRemove(id));
        }
        RemoveMembersFromConsumerGroupOptions o = members.isEmpty()
                ? new RemoveMembersFromConsumerGroupOptions() : new RemoveMembersFromConsumerGroupOptions(members);
        RemoveMembersFromConsumerGroupResult r = admin.removeMembersFromConsumerGroup(group, o);
        Map<String, Object> out = new TreeMap<>();
        for (MemberToRemove m : members) {
            out.put(m.groupInstanceId(), outcome(r.memberResult(m)));
        }
        result.put("members", out);
        result.put("all", outcome(r.all()));
    }
}
