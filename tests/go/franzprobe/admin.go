package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

func adminChecks() {
	adm, cl, err := newAdmin("admin")
	if err != nil {
		report("admin.client", err, "")
		return
	}
	defer cl.Close()
	topic := *prefix + "-admin"

	run("admin.create_topic", func(ctx context.Context) (string, error) {
		r, err := adm.CreateTopic(ctx, 3, 1, map[string]*string{"retention.ms": kmsg.StringPtr("86400000")}, topic)
		if err != nil {
			return "", err
		}
		if r.Err != nil {
			return "", fmt.Errorf("%v %s", r.Err, r.ErrMessage)
		}
		if r.ID == [16]byte{} || r.NumPartitions != 3 || r.ReplicationFactor != 1 {
			return "", fmt.Errorf("response: id %v partitions %d rf %d", r.ID, r.NumPartitions, r.ReplicationFactor)
		}
		if c, ok := r.Configs["retention.ms"]; !ok || val(c) != "86400000" {
			return "", fmt.Errorf("create response configs: retention.ms = %+v", r.Configs["retention.ms"])
		}
		// Again: TOPIC_ALREADY_EXISTS.
		r2, err := adm.CreateTopic(ctx, 3, 1, nil, topic)
		if err == nil {
			err = r2.Err
		}
		if !errors.Is(err, kerr.TopicAlreadyExists) {
			return "", fmt.Errorf("creating it again: want TOPIC_ALREADY_EXISTS, got %v", err)
		}
		// Validate-only for a bad partition count: INVALID_PARTITIONS.
		r3, err := adm.ValidateCreateTopics(ctx, 0, 1, nil, topic+"-invalid")
		if err == nil {
			err = r3[topic+"-invalid"].Err
		}
		if !errors.Is(err, kerr.InvalidPartitions) {
			return "", fmt.Errorf("0 partitions: want INVALID_PARTITIONS, got %v", err)
		}
		return fmt.Sprintf("id %s, %d partitions", r.ID, r.NumPartitions), nil
	})

	run("admin.list_topics", func(ctx context.Context) (string, error) {
		tds, err := adm.ListTopics(ctx)
		if err != nil {
			return "", err
		}
		td, ok := tds[topic]
		if !ok {
			return "", fmt.Errorf("%s not listed (got %v)", topic, tds.Names())
		}
		if td.Err != nil || len(td.Partitions) != 3 {
			return "", fmt.Errorf("%s: err %v, %d partitions", topic, td.Err, len(td.Partitions))
		}
		for name, td := range tds {
			if td.IsInternal {
				return "", fmt.Errorf("ListTopics (no internal) returned internal topic %s", name)
			}
		}
		return fmt.Sprintf("%d topics", len(tds)), nil
	})

	describe := func(ctx context.Context) (map[string]kadm.Config, error) {
		rcs, err := adm.DescribeTopicConfigs(ctx, topic)
		if err != nil {
			return nil, err
		}
		rc, err := rcs.On(topic, nil)
		if err != nil {
			return nil, err
		}
		if rc.Err != nil {
			return nil, fmt.Errorf("%v %s", rc.Err, rc.ErrMessage)
		}
		out := map[string]kadm.Config{}
		for _, c := range rc.Configs {
			out[c.Key] = c
		}
		return out, nil
	}

	run("admin.describe_configs", func(ctx context.Context) (string, error) {
		cs, err := describe(ctx)
		if err != nil {
			return "", err
		}
		var problems []string
		for _, k := range []string{"cleanup.policy", "retention.ms", "segment.bytes", "max.message.bytes", "compression.type", "message.timestamp.type"} {
			if _, ok := cs[k]; !ok {
				problems = append(problems, "missing "+k)
			}
		}
		if c := cs["retention.ms"]; val(c) != "86400000" || c.Source != kmsg.ConfigSourceDynamicTopicConfig {
			problems = append(problems, fmt.Sprintf("retention.ms = %q source %v, want 86400000 DYNAMIC_TOPIC_CONFIG", val(c), c.Source))
		}
		if c := cs["cleanup.policy"]; val(c) != "delete" || c.Source == kmsg.ConfigSourceDynamicTopicConfig {
			problems = append(problems, fmt.Sprintf("cleanup.policy = %q source %v", val(c), c.Source))
		}
		if len(problems) > 0 {
			return "", errors.New(strings.Join(problems, "; "))
		}
		return fmt.Sprintf("%d configs", len(cs)), nil
	})

	run("admin.alter_configs", func(ctx context.Context) (string, error) {
		rs, err := adm.AlterTopicConfigs(ctx, []kadm.AlterConfig{
			{Op: kadm.SetConfig, Name: "retention.ms", Value: kmsg.StringPtr("3600000")},
			{Op: kadm.SetConfig, Name: "max.message.bytes", Value: kmsg.StringPtr("2000000")},
			{Op: kadm.AppendConfig, Name: "cleanup.policy", Value: kmsg.StringPtr("compact")},
		}, topic)
		if err != nil {
			return "", err
		}
		if r, err := rs.On(topic, nil); err != nil || r.Err != nil {
			return "", fmt.Errorf("alter: %v %v %s", err, r.Err, r.ErrMessage)
		}
		cs, err := describe(ctx)
		if err != nil {
			return "", err
		}
		// Restore the defaults whatever happens below: later checks produce keyless records,
		// which a compacted topic rejects.
		defer adm.AlterTopicConfigs(context.Background(), []kadm.AlterConfig{
			{Op: kadm.DeleteConfig, Name: "max.message.bytes"},
			{Op: kadm.DeleteConfig, Name: "cleanup.policy"},
		}, topic)
		got := fmt.Sprintf("retention.ms=%s max.message.bytes=%s",
			val(cs["retention.ms"]), val(cs["max.message.bytes"]))
		if got != "retention.ms=3600000 max.message.bytes=2000000" {
			return "", fmt.Errorf("after set: %s", got)
		}
		// Kafka appends to the list in order.
		if pol := val(cs["cleanup.policy"]); pol != "delete,compact" {
			return "", fmt.Errorf("cleanup.policy after APPEND compact: %q, want \"delete,compact\"", pol)
		}
		rs, err = adm.AlterTopicConfigs(ctx, []kadm.AlterConfig{
			{Op: kadm.DeleteConfig, Name: "max.message.bytes"},
			{Op: kadm.SubtractConfig, Name: "cleanup.policy", Value: kmsg.StringPtr("compact")},
		}, topic)
		if err != nil {
			return "", err
		}
		if r, err := rs.On(topic, nil); err != nil || r.Err != nil {
			return "", fmt.Errorf("alter (delete/subtract): %v %v %s", err, r.Err, r.ErrMessage)
		}
		cs, err = describe(ctx)
		if err != nil {
			return "", err
		}
		if c := cs["max.message.bytes"]; c.Source == kmsg.ConfigSourceDynamicTopicConfig {
			return "", fmt.Errorf("max.message.bytes still a topic override after DELETE: %q", val(c))
		}
		if c := cs["cleanup.policy"]; val(c) != "delete" {
			return "", fmt.Errorf("cleanup.policy after SUBTRACT compact: %q", val(c))
		}
		// An unknown config key: INVALID_CONFIG, nothing changed.
		rs, err = adm.AlterTopicConfigs(ctx, []kadm.AlterConfig{
			{Op: kadm.SetConfig, Name: "no.such.config", Value: kmsg.StringPtr("1")},
		}, topic)
		if err == nil {
			r, _ := rs.On(topic, nil)
			err = r.Err
		}
		if !errors.Is(err, kerr.InvalidConfig) {
			return "", fmt.Errorf("unknown key: want INVALID_CONFIG, got %v", err)
		}
		return "set/append/delete/subtract ok", nil
	})

	run("admin.create_partitions", func(ctx context.Context) (string, error) {
		rs, err := adm.CreatePartitions(ctx, 1, topic)
		if err != nil {
			return "", err
		}
		if r := rs[topic]; r.Err != nil {
			return "", fmt.Errorf("%v %s", r.Err, r.ErrMessage)
		}
		tds, err := adm.ListTopics(ctx, topic)
		if err != nil {
			return "", err
		}
		if n := len(tds[topic].Partitions); n != 4 {
			return "", fmt.Errorf("after adding 1: %d partitions", n)
		}
		// Shrinking: INVALID_PARTITIONS.
		rs, err = adm.UpdatePartitions(ctx, 2, topic)
		if err == nil {
			err = rs[topic].Err
		}
		if !errors.Is(err, kerr.InvalidPartitions) {
			return "", fmt.Errorf("set 2 of 4: want INVALID_PARTITIONS, got %v", err)
		}
		return "4 partitions", nil
	})

	base := time.Now().Add(-time.Hour).Truncate(time.Second)
	run("admin.list_offsets", func(ctx context.Context) (string, error) {
		pcl, err := newClient("admin-produce", kgo.RecordPartitioner(kgo.ManualPartitioner()))
		if err != nil {
			return "", err
		}
		defer pcl.Close()
		var recs []*kgo.Record
		for i := 0; i < 10; i++ {
			recs = append(recs, &kgo.Record{Topic: topic, Partition: 0, Value: []byte(fmt.Sprint(i)),
				Timestamp: base.Add(time.Duration(i) * time.Second)})
		}
		if err := pcl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
			return "", fmt.Errorf("produce: %w", err)
		}
		// The topic now has 4 partitions: produce one record to the new one too.
		if err := pcl.ProduceSync(ctx, &kgo.Record{Topic: topic, Partition: 3, Value: []byte("new"), Timestamp: base}).FirstErr(); err != nil {
			return "", fmt.Errorf("produce to the new partition: %w", err)
		}
		var problems []string
		check := func(what string, lo kadm.ListedOffsets, err error, want map[int32][2]int64) {
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: %v", what, err))
				return
			}
			for p, w := range want {
				o, ok := lo.Lookup(topic, p)
				if !ok || o.Err != nil || o.Offset != w[0] || (w[1] != -2 && o.Timestamp != w[1]) {
					problems = append(problems, fmt.Sprintf("%s p%d: got offset %d ts %d err %v, want %d ts %d", what, p, o.Offset, o.Timestamp, o.Err, w[0], w[1]))
				}
			}
		}
		ms := base.UnixMilli()
		lo, err := adm.ListStartOffsets(ctx, topic)
		check("start", lo, err, map[int32][2]int64{0: {0, -2}, 1: {0, -2}, 2: {0, -2}, 3: {0, -2}})
		lo, err = adm.ListEndOffsets(ctx, topic)
		check("end", lo, err, map[int32][2]int64{0: {10, -2}, 1: {0, -2}, 2: {0, -2}, 3: {1, -2}})
		lo, err = adm.ListOffsetsAfterMilli(ctx, ms+3500, topic)
		check("after ts", lo, err, map[int32][2]int64{0: {4, ms + 4000}})
		lo, err = adm.ListOffsetsAfterMilli(ctx, ms, topic)
		check("at first ts", lo, err, map[int32][2]int64{0: {0, ms}, 3: {0, ms}})
		lo, err = adm.ListOffsetsAfterMilli(ctx, ms+60000, topic) // after every record: the end offset
		check("after last ts", lo, err, map[int32][2]int64{0: {10, -2}})
		lo, err = adm.ListMaxTimestampOffsets(ctx, topic)
		check("max ts", lo, err, map[int32][2]int64{0: {9, ms + 9000}})
		if len(problems) > 0 {
			return "", errors.New(strings.Join(problems, "; "))
		}
		return "start/end/after-ts/max-ts ok", nil
	})

	run("admin.delete_records", func(ctx context.Context) (string, error) {
		os := kadm.Offsets{}
		os.Add(kadm.Offset{Topic: topic, Partition: 0, At: 5})
		rs, err := adm.DeleteRecords(ctx, os)
		if err != nil {
			return "", err
		}
		r, ok := rs.Lookup(topic, 0)
		if !ok || r.Err != nil || r.LowWatermark != 5 {
			return "", fmt.Errorf("delete to 5: %+v", r)
		}
		lo, err := adm.ListStartOffsets(ctx, topic)
		if err != nil {
			return "", err
		}
		if o, _ := lo.Lookup(topic, 0); o.Offset != 5 {
			return "", fmt.Errorf("start offset after delete: %d", o.Offset)
		}
		// Consume p0 from the start: the first record is offset 5.
		ccl, err := newClient("admin-consume", kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: {0: kgo.NewOffset().AtStart()}}))
		if err != nil {
			return "", err
		}
		defer ccl.Close()
		fs := ccl.PollFetches(ctx)
		if err := fetchErr(fs); err != nil {
			return "", fmt.Errorf("consume after delete: %w", err)
		}
		recs := fs.Records()
		if len(recs) == 0 || recs[0].Offset != 5 {
			return "", fmt.Errorf("first consumed record after delete: %v", recOffsets(recs))
		}
		// Past the high watermark: OFFSET_OUT_OF_RANGE.
		os = kadm.Offsets{}
		os.Add(kadm.Offset{Topic: topic, Partition: 0, At: 11})
		rs, err = adm.DeleteRecords(ctx, os)
		if err == nil {
			r, _ = rs.Lookup(topic, 0)
			err = r.Err
		}
		if !errors.Is(err, kerr.OffsetOutOfRange) {
			return "", fmt.Errorf("delete past the end: want OFFSET_OUT_OF_RANGE, got %v", err)
		}
		// -1: up to the high watermark.
		os = kadm.Offsets{}
		os.Add(kadm.Offset{Topic: topic, Partition: 0, At: -1})
		rs, err = adm.DeleteRecords(ctx, os)
		if err != nil {
			return "", err
		}
		if r, _ = rs.Lookup(topic, 0); r.Err != nil || r.LowWatermark != 10 {
			return "", fmt.Errorf("delete to -1 (hwm): %+v", r)
		}
		return "low watermark 5, then 10", nil
	})

	run("admin.delete_topic", func(ctx context.Context) (string, error) {
		rs, err := adm.DeleteTopics(ctx, topic)
		if err != nil {
			return "", err
		}
		if r := rs[topic]; r.Err != nil {
			return "", fmt.Errorf("%v %s", r.Err, r.ErrMessage)
		}
		deadline := time.Now().Add(10 * time.Second)
		for {
			tds, err := adm.ListTopics(ctx)
			if err != nil {
				return "", err
			}
			if _, ok := tds[topic]; !ok {
				break
			}
			if time.Now().After(deadline) {
				return "", fmt.Errorf("%s still listed 10s after delete", topic)
			}
			time.Sleep(200 * time.Millisecond)
		}
		rs, err = adm.DeleteTopics(ctx, topic)
		if err == nil {
			err = rs[topic].Err
		}
		if !errors.Is(err, kerr.UnknownTopicOrPartition) && !errors.Is(err, kerr.UnknownTopicID) {
			return "", fmt.Errorf("deleting it again: want UNKNOWN_TOPIC_OR_PARTITION, got %v", err)
		}
		// The name can be used again, with a new id.
		r, err := adm.CreateTopic(ctx, 1, 1, nil, topic)
		if err == nil {
			err = r.Err
		}
		if err != nil {
			return "", fmt.Errorf("re-create: %w", err)
		}
		adm.DeleteTopics(ctx, topic)
		return "deleted, re-created, deleted", nil
	})
}

func fetchErr(fs kgo.Fetches) error {
	var errs []string
	fs.EachError(func(t string, p int32, err error) {
		errs = append(errs, fmt.Sprintf("%s/%d: %v", t, p, err))
	})
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

func recOffsets(recs []*kgo.Record) []string {
	var s []string
	for i, r := range recs {
		if i == 10 {
			s = append(s, "...")
			break
		}
		s = append(s, fmt.Sprintf("%d/%d", r.Partition, r.Offset))
	}
	return s
}

func val(c kadm.Config) string {
	if c.Value == nil {
		return ""
	}
	return *c.Value
}
