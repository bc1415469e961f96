package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
)

// firstWriteError: the error of the first failed message (a Writer answers a batch with
// kafka.WriteErrors, one per message).
func firstWriteError(err error) error {
	var we kafka.WriteErrors
	if errors.As(err, &we) {
		for _, e := range we {
			if e != nil {
				return e
			}
		}
	}
	return err
}

func checkExtras() {
	check("produce.nulls_and_times", 20*time.Second, func(ctx context.Context) (string, error) {
		topic := "kgo-nulls-" + run
		if err := createTopic(ctx, topic, 1); err != nil {
			return "", err
		}
		logAppend := topic + "-lat"
		if err := createTopic(ctx, logAppend, 1, kafka.ConfigEntry{ConfigName: "message.timestamp.type", ConfigValue: "LogAppendTime"}); err != nil {
			return "", err
		}
		old := time.Now().Add(-36 * time.Hour).Truncate(time.Millisecond)
		in := []kafka.Message{
			{Key: nil, Value: []byte("null key"), Time: old},
			{Key: []byte("k-null-value"), Value: nil},
			{Key: []byte("k-empty"), Value: []byte{}, Headers: []kafka.Header{{Key: "nil", Value: nil}, {Key: "empty", Value: []byte{}}}},
			{Key: []byte{}, Value: []byte("empty key")},
		}
		for _, t := range []string{topic, logAppend} {
			w := writer(t, &kafka.RoundRobin{})
			err := w.WriteMessages(ctx, in...)
			w.Close()
			if err != nil {
				return "", fmt.Errorf("%s: %w", t, err)
			}
		}
		got, err := readN(ctx, topic, 0, 0, len(in))
		if err != nil {
			return "", err
		}
		// kafka-go reads a null and an empty byte string alike (nil or empty): compare lengths
		for i, m := range got {
			if !bytes.Equal(m.Key, in[i].Key) || !bytes.Equal(m.Value, in[i].Value) {
				return "", fmt.Errorf("record %d: key %q value %q", i, m.Key, m.Value)
			}
		}
		if !got[0].Time.Equal(old) {
			return "", fmt.Errorf("CreateTime %v, sent %v", got[0].Time, old)
		}
		if hs := got[2].Headers; len(hs) != 2 || hs[0].Key != "nil" || len(hs[0].Value) != 0 || hs[1].Key != "empty" || len(hs[1].Value) != 0 {
			return "", fmt.Errorf("headers %+v", hs)
		}
		// kafka-go ignores a batch's LogAppendTime attribute (it reports the records' own
		// CreateTime, with Kafka too): look at the broker's time index instead. An hour ago
		// finds offset 1 on the CreateTime topic (record 0 is 36 hours old), offset 0 where
		// the broker stamped every record at append time.
		hourAgo := time.Now().Add(-time.Hour)
		for _, c := range []struct {
			topic string
			want  int64
		}{{topic, 1}, {logAppend, 0}} {
			resp, err := client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{
				c.topic: {kafka.TimeOffsetOf(0, hourAgo)}}})
			if err != nil {
				return "", err
			}
			po := resp.Topics[c.topic]
			if len(po) != 1 || po[0].Error != nil || len(po[0].Offsets) != 1 {
				return "", fmt.Errorf("%s: ListOffsets by time %+v", c.topic, po)
			}
			for off := range po[0].Offsets {
				if off != c.want {
					return "", fmt.Errorf("%s: an hour ago is offset %d, want %d", c.topic, off, c.want)
				}
			}
		}
		la, err := readN(ctx, logAppend, 0, 0, len(in))
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("LogAppendTime record 0 read with time %s (kafka-go shows CreateTime)", la[0].Time.UTC().Format(time.RFC3339)), nil
	})
	check("produce.auto_create", 20*time.Second, func(ctx context.Context) (string, error) {
		topic := "kgo-auto-" + run
		w := writer(topic, &kafka.Hash{})
		w.AllowAutoTopicCreation = true
		defer w.Close()
		var err error
		for i := 0; i < 20; i++ { // the first write may see LEADER_NOT_AVAILABLE
			if err = w.WriteMessages(ctx, kafka.Message{Key: []byte("a"), Value: []byte("b")}); err == nil {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		if err != nil {
			return "", err
		}
		n, err := partitionsOf(ctx, topic)
		if err != nil || n != 3 {
			return "", fmt.Errorf("auto-created with %d partitions (num.partitions=3): %v", n, err)
		}
		// without auto creation a missing topic is an error, not a hang
		w2 := writer("kgo-missing-"+run, &kafka.Hash{})
		defer w2.Close()
		c2, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		err = w2.WriteMessages(c2, kafka.Message{Value: []byte("x")})
		if err == nil {
			return "", errors.New("wrote to a missing topic")
		}
		return fmt.Sprintf("missing topic: %v", firstWriteError(err)), nil
	})
	check("produce.too_large", 20*time.Second, func(ctx context.Context) (string, error) {
		topic := "kgo-large-" + run
		if err := createTopic(ctx, topic, 1, kafka.ConfigEntry{ConfigName: "max.message.bytes", ConfigValue: "2000"}); err != nil {
			return "", err
		}
		w := writer(topic, &kafka.Hash{})
		w.MaxAttempts = 1
		defer w.Close()
		err := w.WriteMessages(ctx, kafka.Message{Value: bytes.Repeat([]byte("L"), 5000)})
		if !errors.Is(firstWriteError(err), kafka.MessageSizeTooLarge) {
			return "", fmt.Errorf("5000-byte record on max.message.bytes=2000: %v", err)
		}
		if err := w.WriteMessages(ctx, kafka.Message{Value: []byte("small")}); err != nil {
			return "", fmt.Errorf("small record after: %w", err)
		}
		got, err := readN(ctx, topic, 0, 0, 1)
		if err != nil || string(got[0].Value) != "small" {
			return "", fmt.Errorf("read back %v %v", got, err)
		}
		return "", nil
	})
	check("produce.multi_topic", 20*time.Second, func(ctx context.Context) (string, error) {
		a, b := "kgo-mt-a-"+run, "kgo-mt-b-"+run
		for _, t := range []string{a, b} {
			if err := createTopic(ctx, t, 2); err != nil {
				return "", err
			}
		}
		w := writer("", &kafka.Hash{})
		defer w.Close()
		var ms []kafka.Message
		for i := 0; i < 100; i++ {
			t := a
			if i%3 == 0 {
				t = b
			}
			ms = append(ms, kafka.Message{Topic: t, Key: []byte(fmt.Sprintf("%s-%d", t, i)), Value: []byte(fmt.Sprint(i))})
		}
		if err := w.WriteMessages(ctx, ms...); err != nil {
			return "", err
		}
		counts := map[string]int64{}
		for _, t := range []string{a, b} {
			for p := 0; p < 2; p++ {
				_, last, err := offsets(ctx, t, p)
				if err != nil {
					return "", err
				}
				counts[t] += last
			}
		}
		if counts[a] != 66 || counts[b] != 34 {
			return "", fmt.Errorf("records per topic %v", counts)
		}
		return "", nil
	})
	check("admin.create_topics_assignments", 15*time.Second, func(ctx context.Context) (string, error) {
		topic := "kgo-assign-" + run
		resp, err := client.CreateTopics(ctx, &kafka.CreateTopicsRequest{Topics: []kafka.TopicConfig{{
			Topic: topic, NumPartitions: -1, ReplicationFactor: -1,
			ReplicaAssignments: []kafka.ReplicaAssignment{{Partition: 0, Replicas: []int{0}}, {Partition: 1, Replicas: []int{0}}},
		}}})
		if err != nil {
			return "", err
		}
		if err := resp.Errors[topic]; err != nil {
			return "", err
		}
		n, err := partitionsOf(ctx, topic)
		if err != nil || n != 2 {
			return "", fmt.Errorf("partitions %d %v", n, err)
		}
		// an assignment onto a broker that does not exist is refused
		resp, err = client.CreateTopics(ctx, &kafka.CreateTopicsRequest{Topics: []kafka.TopicConfig{{
			Topic: topic + "-bad", NumPartitions: -1, ReplicationFactor: -1,
			ReplicaAssignments: []kafka.ReplicaAssignment{{Partition: 0, Replicas: []int{7}}},
		}}})
		if err != nil {
			return "", err
		}
		if !errors.Is(resp.Errors[topic+"-bad"], kafka.InvalidReplicaAssignment) && !errors.Is(resp.Errors[topic+"-bad"], kafka.BrokerNotAvailable) {
			return "", fmt.Errorf("assignment to broker 7: %v", resp.Errors[topic+"-bad"])
		}
		return fmt.Sprintf("broker 7: %v", resp.Errors[topic+"-bad"]), nil
	})
	check("group.errors", 30*time.Second, func(ctx context.Context) (string, error) {
		g := &groupRun{topic: "kgo-gerr-" + run, group: "kgo-grp-err-" + run, seen: map[string][]int{}, members: map[int]*member{},
			balancers: func(int) []kafka.GroupBalancer { return []kafka.GroupBalancer{kafka.RangeGroupBalancer{}} }}
		if err := createTopic(ctx, g.topic, 2); err != nil {
			return "", err
		}
		defer g.stopAll()
		g.start(0)
		if _, err := waitStable(ctx, g.group, 1, 2); err != nil {
			return "", err
		}
		var out []string
		// a commit from outside the generation
		oc, err := client.OffsetCommit(ctx, &kafka.OffsetCommitRequest{GroupID: g.group, GenerationID: 999, MemberID: "nobody",
			Topics: map[string][]kafka.OffsetCommit{g.topic: {{Partition: 0, Offset: 1}}}})
		if err != nil {
			return "", err
		}
		if len(oc.Topics[g.topic]) != 1 {
			return "", fmt.Errorf("commit answer %+v", oc.Topics)
		}
		ce := oc.Topics[g.topic][0].Error
		if !errors.Is(ce, kafka.UnknownMemberId) && !errors.Is(ce, kafka.IllegalGeneration) {
			return "", fmt.Errorf("stranger's commit: %v", ce)
		}
		out = append(out, fmt.Sprintf("stranger commit: %v", ce))
		// a live group cannot be deleted
		dg, err := client.DeleteGroups(ctx, &kafka.DeleteGroupsRequest{GroupIDs: []string{g.group, "kgo-no-such-group-" + run}})
		if err != nil {
			return "", err
		}
		if !errors.Is(dg.Errors[g.group], kafka.NonEmptyGroup) {
			return "", fmt.Errorf("delete live group: %v", dg.Errors[g.group])
		}
		if !errors.Is(dg.Errors["kgo-no-such-group-"+run], kafka.GroupIdNotFound) {
			return "", fmt.Errorf("delete unknown group: %v", dg.Errors["kgo-no-such-group-"+run])
		}
		// an unknown group is Dead, with no members
		dr, err := client.DescribeGroups(ctx, &kafka.DescribeGroupsRequest{GroupIDs: []string{"kgo-no-such-group-" + run}})
		if err != nil {
			return "", err
		}
		if len(dr.Groups) != 1 || dr.Groups[0].GroupState != "Dead" || len(dr.Groups[0].Members) != 0 {
			return "", fmt.Errorf("unknown group described as %+v", dr.Groups)
		}
		return strings.Join(out, "; "), nil
	})
	check("group.partitions_added", 40*time.Second, func(ctx context.Context) (string, error) {
		g := &groupRun{topic: "kgo-grow-" + run, group: "kgo-grp-grow-" + run, seen: map[string][]int{}, members: map[int]*member{},
			balancers: func(int) []kafka.GroupBalancer { return []kafka.GroupBalancer{kafka.RoundRobinGroupBalancer{}} }}
		if err := createTopic(ctx, g.topic, 2); err != nil {
			return "", err
		}
		defer g.stopAll()
		g.start(0)
		g.start(1)
		if _, err := waitStable(ctx, g.group, 2, 2); err != nil {
			return "", err
		}
		resp, err := client.CreatePartitions(ctx, &kafka.CreatePartitionsRequest{Topics: []kafka.TopicPartitionsConfig{{Name: g.topic, Count: 4}}})
		if err != nil {
			return "", err
		}
		if err := resp.Errors[g.topic]; err != nil {
			return "", err
		}
		// the readers watch the partition count and rejoin: the group ends up owning all 4
		a, err := waitStable(ctx, g.group, 2, 4)
		if err != nil {
			return "", err
		}
		w := writer(g.topic, &kafka.RoundRobin{})
		defer w.Close()
		var ms []kafka.Message
		for i := 0; i < 80; i++ {
			ms = append(ms, kafka.Message{Key: []byte(fmt.Sprintf("grow-%d", i)), Value: []byte("x")})
		}
		if err := w.WriteMessages(ctx, ms...); err != nil {
			return "", err
		}
		if err := g.waitSeen(ctx, 80); err != nil {
			return "", err
		}
		return fmt.Sprint(values(a)), nil
	})
}
