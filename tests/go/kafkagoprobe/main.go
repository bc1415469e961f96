// kafkagoprobe: segmentio/kafka-go against a fluxmq-server (or Apache Kafka). One
// `RESULT <check> PASS|FAIL <details>` line per check.
// Usage: kafkagoprobe -bootstrap host:port [-only regex] [-total 3m]
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"net"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
)

var (
	bootstrap = flag.String("bootstrap", "127.0.0.1:9092", "bootstrap host:port")
	onlyArg   = flag.String("only", "", "regex of checks to run")
	total     = flag.Duration("total", 4*time.Minute, "bound on the whole run")
	run       = fmt.Sprintf("%x", time.Now().UnixNano()&0xffffff)
	only      *regexp.Regexp
	failed    []string
	passed    int
	client    *kafka.Client
)

func check(name string, d time.Duration, fn func(ctx context.Context) (string, error)) {
	if only != nil && !only.MatchString(name) {
		return
	}
	t0 := time.Now()
	type res struct {
		s string
		e error
	}
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	ch := make(chan res, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				ch <- res{"", fmt.Errorf("panic: %v", r)}
			}
		}()
		s, e := fn(ctx)
		ch <- res{s, e}
	}()
	el := func() time.Duration { return time.Since(t0).Round(time.Millisecond) }
	select {
	case r := <-ch:
		if r.e != nil {
			fmt.Printf("RESULT %s FAIL %v (%s)\n", name, r.e, el())
			failed = append(failed, name)
		} else {
			fmt.Printf("RESULT %s PASS %s (%s)\n", name, r.s, el())
			passed++
		}
	case <-time.After(d + 2*time.Second):
		fmt.Printf("RESULT %s FAIL timeout after %s\n", name, d)
		failed = append(failed, name)
	}
}

// ------------------------------------------------------------------ helpers

func createTopic(ctx context.Context, topic string, parts int, configs ...kafka.ConfigEntry) error {
	resp, err := client.CreateTopics(ctx, &kafka.CreateTopicsRequest{Topics: []kafka.TopicConfig{{
		Topic: topic, NumPartitions: parts, ReplicationFactor: 1, ConfigEntries: configs,
	}}})
	if err != nil {
		return err
	}
	if err := resp.Errors[topic]; err != nil {
		return err
	}
	return waitReady(ctx, topic, parts)
}

// partitionsOf asks the broker (kafka.Client serves Metadata from its transport's cache, so a
// fresh transport each time).
func partitionsOf(ctx context.Context, topic string) (int, error) {
	tr := &kafka.Transport{}
	defer tr.CloseIdleConnections()
	c := &kafka.Client{Addr: kafka.TCP(*bootstrap), Timeout: 10 * time.Second, Transport: tr}
	md, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return 0, err
	}
	for _, t := range md.Topics {
		if t.Name == topic {
			if t.Error != nil {
				return 0, t.Error
			}
			return len(t.Partitions), nil
		}
	}
	return 0, fmt.Errorf("topic %s not in metadata", topic)
}

// waitReady: every partition of a new topic answers ListOffsets (Kafka's leaders take a
// moment; a Writer with RequiredAcks none would lose what it sends before).
func waitReady(ctx context.Context, topic string, parts int) error {
	var last error
	for ctx.Err() == nil {
		req := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
		for p := 0; p < parts; p++ {
			req.Topics[topic] = append(req.Topics[topic], kafka.LastOffsetOf(p))
		}
		resp, err := client.ListOffsets(ctx, req)
		last = err
		if err == nil {
			ok := len(resp.Topics[topic]) == parts
			for _, po := range resp.Topics[topic] {
				if po.Error != nil {
					ok, last = false, po.Error
				}
			}
			if ok {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("%s not ready: %v", topic, last)
}

type rec struct {
	key, value []byte
	headers    []kafka.Header
}

func makeRecs(n int, tag string) []rec {
	out := make([]rec, n)
	for i := range out {
		out[i] = rec{
			key:   []byte(fmt.Sprintf("k-%s-%d", tag, i)),
			value: []byte(fmt.Sprintf("v-%s-%d-%s", tag, i, strings.Repeat("z", i%97))),
			headers: []kafka.Header{
				{Key: "idx", Value: []byte(fmt.Sprint(i))},
				{Key: "h2", Value: []byte("hv-" + tag)},
				{Key: "idx", Value: []byte("dup")}, // repeated header keys keep their order
			},
		}
	}
	return out
}

func msgs(rs []rec) []kafka.Message {
	out := make([]kafka.Message, len(rs))
	for i, r := range rs {
		out[i] = kafka.Message{Key: r.key, Value: r.value, Headers: r.headers}
	}
	return out
}

func partReader(topic string, p int) *kafka.Reader {
	return kafka.NewReader(kafka.ReaderConfig{
		Brokers: []string{*bootstrap}, Topic: topic, Partition: p,
		MinBytes: 1, MaxBytes: 4 << 20, MaxWait: 200 * time.Millisecond,
		ReadBackoffMin: 50 * time.Millisecond, ReadBackoffMax: 200 * time.Millisecond,
	})
}

// readN reads n records of one partition from offset `from`.
func readN(ctx context.Context, topic string, p int, from int64, n int) ([]kafka.Message, error) {
	r := partReader(topic, p)
	defer r.Close()
	if err := r.SetOffset(from); err != nil {
		return nil, err
	}
	var out []kafka.Message
	for len(out) < n {
		m, err := r.ReadMessage(ctx)
		if err != nil {
			return out, fmt.Errorf("partition %d: read %d of %d: %w", p, len(out), n, err)
		}
		out = append(out, m)
	}
	return out, nil
}

// verify reads every partition back and checks each record: the partition `want` gives
// (when not nil), key, value, headers (in order), contiguous offsets from 0, and the send
// order within each partition.
// verify reads every partition back and compares it with what was sent there, in order; with
// ordered false, as a set: a Writer with RequiredAcks none does not wait for one request to be
// taken before the next, and its transport may put them on different connections, whose order
// no broker keeps (Kafka neither).
func verify(ctx context.Context, topic string, parts int, sent []rec, want func(key []byte) int, ordered bool) (string, error) {
	perPart := map[int][]rec{}
	if want == nil {
		return "", errors.New("verify needs a placement")
	}
	for _, s := range sent {
		p := want(s.key)
		perPart[p] = append(perPart[p], s)
	}
	var counts []int
	for p := 0; p < parts; p++ {
		exp := perPart[p]
		got, err := readN(ctx, topic, p, 0, len(exp))
		if err != nil {
			return "", err
		}
		for i, m := range got {
			if m.Partition != p || m.Offset != int64(i) {
				return "", fmt.Errorf("p%d record %d: partition %d offset %d", p, i, m.Partition, m.Offset)
			}
		}
		if !ordered {
			exp = append([]rec(nil), exp...)
			sort.Slice(exp, func(a, b int) bool { return bytes.Compare(exp[a].key, exp[b].key) < 0 })
			sort.Slice(got, func(a, b int) bool { return bytes.Compare(got[a].Key, got[b].Key) < 0 })
		}
		for i, m := range got {
			e := exp[i]
			if !bytes.Equal(m.Key, e.key) || !bytes.Equal(m.Value, e.value) {
				return "", fmt.Errorf("p%d offset %d: key %q value %q, want key %q", p, i, m.Key, m.Value, e.key)
			}
			if len(m.Headers) != len(e.headers) {
				return "", fmt.Errorf("p%d offset %d: headers %v", p, i, m.Headers)
			}
			for j, h := range m.Headers {
				if h.Key != e.headers[j].Key || !bytes.Equal(h.Value, e.headers[j].Value) {
					return "", fmt.Errorf("p%d offset %d: header %d = %s:%q", p, i, j, h.Key, h.Value)
				}
			}
			if m.Time.IsZero() || time.Since(m.Time) > time.Hour || time.Until(m.Time) > time.Minute {
				return "", fmt.Errorf("p%d offset %d: timestamp %v", p, i, m.Time)
			}
		}
		// nothing more in the partition than what was sent there
		first, last, err := offsets(ctx, topic, p)
		if err != nil {
			return "", err
		}
		if first != 0 || last != int64(len(exp)) {
			return "", fmt.Errorf("p%d: offsets [%d, %d), want [0, %d)", p, first, last, len(exp))
		}
		counts = append(counts, len(exp))
	}
	return fmt.Sprintf("per partition %v", counts), nil
}

func offsets(ctx context.Context, topic string, p int) (int64, int64, error) {
	resp, err := client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{
		topic: {kafka.FirstOffsetOf(p), kafka.LastOffsetOf(p)},
	}})
	if err != nil {
		return 0, 0, err
	}
	for _, po := range resp.Topics[topic] {
		if po.Partition == p {
			return po.FirstOffset, po.LastOffset, po.Error
		}
	}
	return 0, 0, fmt.Errorf("no offsets for %s/%d", topic, p)
}

func writer(topic string, b kafka.Balancer) *kafka.Writer {
	return &kafka.Writer{
		Addr: kafka.TCP(*bootstrap), Topic: topic, Balancer: b,
		BatchTimeout: 5 * time.Millisecond, BatchSize: 500, RequiredAcks: kafka.RequireAll,
		WriteBackoffMin: 50 * time.Millisecond, WriteBackoffMax: 300 * time.Millisecond,
	}
}

func fnvHash(key []byte) int32 {
	h := fnv.New32a()
	h.Write(key)
	return int32(h.Sum32())
}

func hashPlacement(n int) func([]byte) int {
	return func(k []byte) int {
		p := fnvHash(k) % int32(n)
		if p < 0 {
			p = -p
		}
		return int(p)
	}
}

func refHashPlacement(n int) func([]byte) int {
	return func(k []byte) int { return int((fnvHash(k) & 0x7fffffff) % int32(n)) }
}

// murmur2 is org.apache.kafka.common.utils.Utils.murmur2, written here independently of
// kafka-go's copy (and checked against Java's own test vectors).
func murmur2(data []byte) int32 {
	const seed uint32 = 0x9747b28c
	const m uint32 = 0x5bd1e995
	const r = 24
	length := len(data)
	h := seed ^ uint32(length)
	for i := 0; i+4 <= length; i += 4 {
		k := uint32(data[i]) | uint32(data[i+1])<<8 | uint32(data[i+2])<<16 | uint32(data[i+3])<<24
		k *= m
		k ^= k >> r
		k *= m
		h *= m
		h ^= k
	}
	tail := data[length&^3:]
	switch len(tail) {
	case 3:
		h ^= uint32(tail[2]) << 16
		fallthrough
	case 2:
		h ^= uint32(tail[1]) << 8
		fallthrough
	case 1:
		h ^= uint32(tail[0])
		h *= m
	}
	h ^= h >> 13
	h *= m
	h ^= h >> 15
	return int32(h)
}

func javaPlacement(n int) func([]byte) int {
	return func(k []byte) int { return int(murmur2(k)&0x7fffffff) % n }
}

// ------------------------------------------------------------------ checks

func checkConnect() {
	check("connect.api_versions", 15*time.Second, func(ctx context.Context) (string, error) {
		resp, err := client.ApiVersions(ctx, &kafka.ApiVersionsRequest{})
		if err != nil {
			return "", err
		}
		if resp.Error != nil {
			return "", resp.Error
		}
		keys := map[int]kafka.ApiVersionsResponseApiKey{}
		for _, k := range resp.ApiKeys {
			keys[k.ApiKey] = k
		}
		// Produce, Fetch, ListOffsets, Metadata, OffsetCommit, OffsetFetch, FindCoordinator,
		// JoinGroup, Heartbeat, LeaveGroup, SyncGroup, DescribeGroups, ListGroups, ApiVersions,
		// CreateTopics, DeleteTopics, DescribeConfigs, AlterConfigs, CreatePartitions,
		// IncrementalAlterConfigs
		for _, k := range []int{0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 32, 33, 37, 44} {
			v, ok := keys[k]
			if !ok || v.MinVersion > v.MaxVersion {
				return "", fmt.Errorf("api key %d missing or bad: %+v", k, v)
			}
		}
		conn, err := kafka.DialContext(ctx, "tcp", *bootstrap)
		if err != nil {
			return "", err
		}
		defer conn.Close()
		cv, err := conn.ApiVersions()
		if err != nil {
			return "", err
		}
		if len(cv) != len(resp.ApiKeys) {
			return "", fmt.Errorf("Conn.ApiVersions lists %d keys, Client %d", len(cv), len(resp.ApiKeys))
		}
		return fmt.Sprintf("keys=%d produce=v%d-%d fetch=v%d-%d", len(resp.ApiKeys),
			keys[0].MinVersion, keys[0].MaxVersion, keys[1].MinVersion, keys[1].MaxVersion), nil
	})
	check("connect.metadata", 15*time.Second, func(ctx context.Context) (string, error) {
		md, err := client.Metadata(ctx, &kafka.MetadataRequest{})
		if err != nil {
			return "", err
		}
		if len(md.Brokers) != 1 || md.Controller.ID != md.Brokers[0].ID {
			return "", fmt.Errorf("brokers %+v controller %+v", md.Brokers, md.Controller)
		}
		b := md.Brokers[0]
		if net.JoinHostPort(b.Host, fmt.Sprint(b.Port)) != *bootstrap {
			return "", fmt.Errorf("broker advertises %s:%d, bootstrap %s", b.Host, b.Port, *bootstrap)
		}
		conn, err := kafka.DialContext(ctx, "tcp", *bootstrap)
		if err != nil {
			return "", err
		}
		defer conn.Close()
		ctl, err := conn.Controller()
		if err != nil {
			return "", err
		}
		bs, err := conn.Brokers()
		if err != nil {
			return "", err
		}
		if ctl.ID != b.ID || len(bs) != 1 || bs[0].Port != b.Port {
			return "", fmt.Errorf("Conn: controller %+v brokers %+v", ctl, bs)
		}
		return fmt.Sprintf("broker=%d topics=%d", b.ID, len(md.Topics)), nil
	})
}

func checkAdmin() {
	T := "kgo-admin-" + run
	check("admin.create_topics", 15*time.Second, func(ctx context.Context) (string, error) {
		if err := createTopic(ctx, T, 3, kafka.ConfigEntry{ConfigName: "retention.ms", ConfigValue: "3600000"},
			kafka.ConfigEntry{ConfigName: "cleanup.policy", ConfigValue: "delete"}); err != nil {
			return "", err
		}
		n, err := partitionsOf(ctx, T)
		if err != nil || n != 3 {
			return "", fmt.Errorf("partitions %d: %v", n, err)
		}
		err = createTopic(ctx, T, 3)
		if !errors.Is(err, kafka.TopicAlreadyExists) {
			return "", fmt.Errorf("second create: %v", err)
		}
		// a bad config is refused
		err = createTopic(ctx, T+"-bad", 1, kafka.ConfigEntry{ConfigName: "cleanup.policy", ConfigValue: "nonsense"})
		if !errors.Is(err, kafka.InvalidConfiguration) {
			return "", fmt.Errorf("bad cleanup.policy: %v", err)
		}
		return "", nil
	})
	check("admin.conn_create_topics", 15*time.Second, func(ctx context.Context) (string, error) {
		conn, err := kafka.DialContext(ctx, "tcp", *bootstrap)
		if err != nil {
			return "", err
		}
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(10 * time.Second))
		if err := conn.CreateTopics(kafka.TopicConfig{Topic: T + "-conn", NumPartitions: 2, ReplicationFactor: 1,
			ConfigEntries: []kafka.ConfigEntry{{ConfigName: "retention.bytes", ConfigValue: "1048576"}}}); err != nil {
			return "", err
		}
		ps, err := conn.ReadPartitions(T + "-conn")
		if err != nil {
			return "", err
		}
		if len(ps) != 2 || ps[0].Leader.ID != ps[1].Leader.ID || len(ps[0].Replicas) != 1 || len(ps[0].Isr) != 1 {
			return "", fmt.Errorf("partitions %+v", ps)
		}
		if err := conn.DeleteTopics(T + "-conn"); err != nil {
			return "", fmt.Errorf("Conn.DeleteTopics: %w", err)
		}
		return "", nil
	})
	check("admin.describe_configs", 15*time.Second, func(ctx context.Context) (string, error) {
		resp, err := client.DescribeConfigs(ctx, &kafka.DescribeConfigsRequest{IncludeSynonyms: true, Resources: []kafka.DescribeConfigRequestResource{
			{ResourceType: kafka.ResourceTypeTopic, ResourceName: T, ConfigNames: []string{"retention.ms", "cleanup.policy", "segment.bytes"}},
			{ResourceType: kafka.ResourceTypeBroker, ResourceName: "0", ConfigNames: []string{"num.partitions"}},
		}})
		if err != nil {
			return "", err
		}
		got := map[string]kafka.DescribeConfigResponseConfigEntry{}
		for _, r := range resp.Resources {
			if r.Error != nil {
				return "", fmt.Errorf("%s: %w", r.ResourceName, r.Error)
			}
			for _, e := range r.ConfigEntries {
				got[r.ResourceName+"/"+e.ConfigName] = e
			}
		}
		if e := got[T+"/retention.ms"]; e.ConfigValue != "3600000" || e.IsDefault || e.ConfigSource != 1 {
			return "", fmt.Errorf("retention.ms %+v", e)
		}
		if e := got[T+"/segment.bytes"]; e.ConfigValue == "" || e.ConfigSource == 1 {
			return "", fmt.Errorf("segment.bytes %+v", e)
		}
		if e, ok := got["0/num.partitions"]; !ok || e.ConfigValue != "3" {
			return "", fmt.Errorf("broker num.partitions %+v", e)
		}
		return fmt.Sprintf("entries=%d", len(got)), nil
	})
	describe := func(ctx context.Context, name string) (map[string]string, error) {
		resp, err := client.DescribeConfigs(ctx, &kafka.DescribeConfigsRequest{Resources: []kafka.DescribeConfigRequestResource{
			{ResourceType: kafka.ResourceTypeTopic, ResourceName: name}}})
		if err != nil {
			return nil, err
		}
		out := map[string]string{}
		for _, r := range resp.Resources {
			if r.Error != nil {
				return nil, r.Error
			}
			for _, e := range r.ConfigEntries {
				if !e.IsDefault && e.ConfigSource == 1 {
					out[e.ConfigName] = e.ConfigValue
				}
			}
		}
		return out, nil
	}
	describeUntil := func(ctx context.Context, name string, ok func(map[string]string) bool) (map[string]string, error) {
		for i := 0; ; i++ {
			got, err := describe(ctx, name)
			if err != nil || ok(got) || i == 30 {
				return got, err
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	check("admin.alter_configs", 15*time.Second, func(ctx context.Context) (string, error) {
		resp, err := client.AlterConfigs(ctx, &kafka.AlterConfigsRequest{Resources: []kafka.AlterConfigRequestResource{{
			ResourceType: kafka.ResourceTypeTopic, ResourceName: T,
			Configs: []kafka.AlterConfigRequestConfig{{Name: "retention.ms", Value: "7200000"}, {Name: "max.message.bytes", Value: "2000000"}},
		}}})
		if err != nil {
			return "", err
		}
		for k, e := range resp.Errors {
			if e != nil {
				return "", fmt.Errorf("%v: %w", k, e)
			}
		}
		// Kafka applies a change through its metadata log: DescribeConfigs may lag a moment
		got, err := describeUntil(ctx, T, func(got map[string]string) bool { return got["retention.ms"] == "7200000" })
		if err != nil {
			return "", err
		}
		// AlterConfigs replaces the whole set: cleanup.policy goes back to its default
		if got["retention.ms"] != "7200000" || got["max.message.bytes"] != "2000000" || len(got) != 2 {
			return "", fmt.Errorf("after alter: %v", got)
		}
		return fmt.Sprint(got), nil
	})
	check("admin.incremental_alter_configs", 15*time.Second, func(ctx context.Context) (string, error) {
		resp, err := client.IncrementalAlterConfigs(ctx, &kafka.IncrementalAlterConfigsRequest{Resources: []kafka.IncrementalAlterConfigsRequestResource{{
			ResourceType: kafka.ResourceTypeTopic, ResourceName: T,
			Configs: []kafka.IncrementalAlterConfigsRequestConfig{
				{Name: "retention.ms", Value: "1800000", ConfigOperation: kafka.ConfigOperationSet},
				{Name: "max.message.bytes", ConfigOperation: kafka.ConfigOperationDelete},
				{Name: "cleanup.policy", Value: "compact", ConfigOperation: kafka.ConfigOperationAppend},
			},
		}}})
		if err != nil {
			return "", err
		}
		for _, r := range resp.Resources {
			if r.Error != nil {
				return "", r.Error
			}
		}
		got, err := describeUntil(ctx, T, func(got map[string]string) bool { return got["retention.ms"] == "1800000" })
		if err != nil {
			return "", err
		}
		if got["retention.ms"] != "1800000" || got["cleanup.policy"] != "delete,compact" || len(got) != 2 {
			return "", fmt.Errorf("after incremental alter: %v", got)
		}
		// an unknown config name is refused
		resp, err = client.IncrementalAlterConfigs(ctx, &kafka.IncrementalAlterConfigsRequest{Resources: []kafka.IncrementalAlterConfigsRequestResource{{
			ResourceType: kafka.ResourceTypeTopic, ResourceName: T,
			Configs: []kafka.IncrementalAlterConfigsRequestConfig{{Name: "no.such.config", Value: "1"}},
		}}})
		if err != nil {
			return "", err
		}
		if len(resp.Resources) != 1 || !errors.Is(resp.Resources[0].Error, kafka.InvalidConfiguration) {
			return "", fmt.Errorf("unknown config: %+v", resp.Resources)
		}
		return fmt.Sprint(got), nil
	})
	check("admin.create_partitions", 15*time.Second, func(ctx context.Context) (string, error) {
		resp, err := client.CreatePartitions(ctx, &kafka.CreatePartitionsRequest{Topics: []kafka.TopicPartitionsConfig{{Name: T, Count: 5}}})
		if err != nil {
			return "", err
		}
		if e := resp.Errors[T]; e != nil {
			return "", e
		}
		n, err := partitionsOf(ctx, T)
		if err != nil || n != 5 {
			return "", fmt.Errorf("partitions after: %d %v", n, err)
		}
		resp, err = client.CreatePartitions(ctx, &kafka.CreatePartitionsRequest{Topics: []kafka.TopicPartitionsConfig{{Name: T, Count: 4}}})
		if err != nil {
			return "", err
		}
		if !errors.Is(resp.Errors[T], kafka.InvalidPartitionNumber) {
			return "", fmt.Errorf("shrink: %v", resp.Errors[T])
		}
		return "", nil
	})
	check("admin.list_offsets", 20*time.Second, func(ctx context.Context) (string, error) {
		topic := T + "-lo"
		if err := createTopic(ctx, topic, 1); err != nil {
			return "", err
		}
		w := writer(topic, &kafka.Hash{})
		defer w.Close()
		t0 := time.Now()
		if err := w.WriteMessages(ctx, msgs(makeRecs(5, "a"))...); err != nil {
			return "", err
		}
		time.Sleep(50 * time.Millisecond)
		mid := time.Now()
		time.Sleep(50 * time.Millisecond)
		if err := w.WriteMessages(ctx, msgs(makeRecs(5, "b"))...); err != nil {
			return "", err
		}
		resp, err := client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{
			topic: {kafka.FirstOffsetOf(0), kafka.LastOffsetOf(0), kafka.TimeOffsetOf(0, mid)}}})
		if err != nil {
			return "", err
		}
		po := resp.Topics[topic]
		if len(po) != 1 || po[0].Error != nil || po[0].FirstOffset != 0 || po[0].LastOffset != 10 {
			return "", fmt.Errorf("first/last %+v", po)
		}
		var byTime []int64
		for off := range po[0].Offsets {
			byTime = append(byTime, off)
		}
		if len(byTime) != 1 || byTime[0] != 5 {
			return "", fmt.Errorf("by time %v: %v", mid, po[0].Offsets)
		}
		// the same through a Conn (ListOffsets v1)
		conn, err := kafka.DialLeader(ctx, "tcp", *bootstrap, topic, 0)
		if err != nil {
			return "", err
		}
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(10 * time.Second))
		first, last, err := conn.ReadOffsets()
		if err != nil || first != 0 || last != 10 {
			return "", fmt.Errorf("Conn.ReadOffsets %d %d %v", first, last, err)
		}
		at, err := conn.ReadOffset(mid)
		if err != nil || at != 5 {
			return "", fmt.Errorf("Conn.ReadOffset(mid) %d %v", at, err)
		}
		at, err = conn.ReadOffset(t0.Add(-time.Hour))
		if err != nil || at != 0 {
			return "", fmt.Errorf("Conn.ReadOffset(past) %d %v", at, err)
		}
		at, err = conn.ReadOffset(time.Now().Add(time.Hour))
		if err != nil || at != -1 && at != 10 {
			return "", fmt.Errorf("Conn.ReadOffset(future) %d %v", at, err)
		}
		return fmt.Sprintf("future=%d", at), nil
	})
	check("admin.offset_commit_fetch", 20*time.Second, func(ctx context.Context) (string, error) {
		g := "kgo-simple-" + run
		var resp *kafka.OffsetCommitResponse
		var err error
		for {
			// kafka.Client sends group requests to any broker, without FindCoordinator: Kafka
			// answers NOT_COORDINATOR while it creates and loads __consumer_offsets
			resp, err = client.OffsetCommit(ctx, &kafka.OffsetCommitRequest{GroupID: g, GenerationID: -1,
				Topics: map[string][]kafka.OffsetCommit{T: {{Partition: 0, Offset: 7, Metadata: "m0"}, {Partition: 2, Offset: 3}}}})
			if err != nil {
				return "", err
			}
			if len(resp.Topics[T]) > 0 && ctx.Err() == nil &&
				(errors.Is(resp.Topics[T][0].Error, kafka.NotCoordinatorForGroup) ||
					errors.Is(resp.Topics[T][0].Error, kafka.GroupCoordinatorNotAvailable) ||
					errors.Is(resp.Topics[T][0].Error, kafka.GroupLoadInProgress)) {
				time.Sleep(200 * time.Millisecond)
				continue
			}
			break
		}
		for _, p := range resp.Topics[T] {
			if p.Error != nil {
				return "", fmt.Errorf("commit p%d: %w", p.Partition, p.Error)
			}
		}
		if len(resp.Topics[T]) != 2 {
			return "", fmt.Errorf("commit response %+v", resp.Topics)
		}
		f, err := client.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: g, Topics: map[string][]int{T: {0, 1, 2}}})
		if err != nil {
			return "", err
		}
		if f.Error != nil {
			return "", f.Error
		}
		got := map[int]kafka.OffsetFetchPartition{}
		for _, p := range f.Topics[T] {
			got[p.Partition] = p
		}
		if got[0].CommittedOffset != 7 || got[0].Metadata != "m0" || got[1].CommittedOffset != -1 || got[2].CommittedOffset != 3 {
			return "", fmt.Errorf("fetched %+v", got)
		}
		co, err := client.ConsumerOffsets(ctx, kafka.TopicAndGroup{Topic: T, GroupId: g})
		if err != nil {
			return "", err
		}
		if co[0] != 7 || co[2] != 3 {
			return "", fmt.Errorf("ConsumerOffsets %v", co)
		}
		// all offsets of the group (no topics: OffsetFetch v2+ with a null topic list)
		all, err := client.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: g})
		if err != nil {
			return "", err
		}
		if len(all.Topics[T]) != 2 {
			return "", fmt.Errorf("all offsets %+v", all.Topics)
		}
		del, err := client.OffsetDelete(ctx, &kafka.OffsetDeleteRequest{GroupID: g, Topics: map[string][]int{T: {2}}})
		if err != nil {
			return "", err
		}
		if del.Error != nil {
			return "", fmt.Errorf("OffsetDelete: %w", del.Error)
		}
		for _, p := range del.Topics[T] {
			if p.Error != nil {
				return "", fmt.Errorf("OffsetDelete p%d: %w", p.Partition, p.Error)
			}
		}
		f, err = client.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: g, Topics: map[string][]int{T: {2}}})
		if err != nil || len(f.Topics[T]) != 1 || f.Topics[T][0].CommittedOffset != -1 {
			return "", fmt.Errorf("after OffsetDelete %+v %v", f, err)
		}
		lg, err := client.ListGroups(ctx, &kafka.ListGroupsRequest{})
		if err != nil {
			return "", err
		}
		found := false
		for _, gr := range lg.Groups {
			found = found || gr.GroupID == g
		}
		if !found {
			return "", fmt.Errorf("ListGroups has no %s: %+v", g, lg.Groups)
		}
		dg, err := client.DeleteGroups(ctx, &kafka.DeleteGroupsRequest{GroupIDs: []string{g}})
		if err != nil {
			return "", err
		}
		if e := dg.Errors[g]; e != nil {
			return "", fmt.Errorf("DeleteGroups: %w", e)
		}
		return "", nil
	})
	// ElectLeaders and the partition reassignment APIs, as a single-node Kafka answers them
	// (kafka-go sends them without looking at ApiVersions).
	check("admin.elect_leaders", 15*time.Second, func(ctx context.Context) (string, error) {
		resp, err := client.ElectLeaders(ctx, &kafka.ElectLeadersRequest{Topic: T, Partitions: []int{0, 1}, Timeout: 5 * time.Second})
		if err != nil {
			return "", err
		}
		if resp.Error != nil {
			return "", resp.Error
		}
		var out []string
		for _, p := range resp.PartitionResults {
			// a single broker already leads every partition: ELECTION_NOT_NEEDED (84)
			if !errors.Is(p.Error, kafka.ElectionNotNeeded) {
				return "", fmt.Errorf("p%d: %v", p.Partition, p.Error)
			}
			out = append(out, fmt.Sprint(p.Partition))
		}
		if len(out) != 2 {
			return "", fmt.Errorf("results %+v", resp.PartitionResults)
		}
		return "not needed for " + strings.Join(out, ","), nil
	})
	check("admin.partition_reassignments", 15*time.Second, func(ctx context.Context) (string, error) {
		var res []string
		lr, err := client.ListPartitionReassignments(ctx, &kafka.ListPartitionReassignmentsRequest{
			Topics: map[string]kafka.ListPartitionReassignmentsRequestTopic{T: {PartitionIndexes: []int{0}}}, Timeout: 5 * time.Second})
		if err == nil {
			err = lr.Error
		}
		if err != nil {
			return "", fmt.Errorf("list: %w", err)
		} else if len(lr.Topics) != 0 {
			return "", fmt.Errorf("list: ongoing reassignments %+v", lr.Topics)
		} else {
			res = append(res, "list ok")
		}
		// reassigning onto the one broker it is already on: accepted, nothing to move
		ar, err := client.AlterPartitionReassignments(ctx, &kafka.AlterPartitionReassignmentsRequest{Topic: T,
			Assignments: []kafka.AlterPartitionReassignmentsRequestAssignment{{PartitionID: 0, BrokerIDs: []int{0}}}, Timeout: 5 * time.Second})
		if err == nil {
			err = ar.Error
		}
		if err != nil {
			return "", fmt.Errorf("alter: %w", err)
		}
		for _, p := range ar.PartitionResults {
			if p.Error != nil {
				return "", fmt.Errorf("alter p%d: %v", p.PartitionID, p.Error)
			}
		}
		return strings.Join(append(res, "alter ok"), "; "), nil
	})
	check("admin.delete_topics", 15*time.Second, func(ctx context.Context) (string, error) {
		resp, err := client.DeleteTopics(ctx, &kafka.DeleteTopicsRequest{Topics: []string{T, T + "-lo", T + "-missing"}})
		if err != nil {
			return "", err
		}
		if resp.Errors[T] != nil || resp.Errors[T+"-lo"] != nil {
			return "", fmt.Errorf("delete: %v", resp.Errors)
		}
		if !errors.Is(resp.Errors[T+"-missing"], kafka.UnknownTopicOrPartition) {
			return "", fmt.Errorf("delete missing: %v", resp.Errors[T+"-missing"])
		}
		if _, err := partitionsOf(ctx, T); !errors.Is(err, kafka.UnknownTopicOrPartition) {
			return "", fmt.Errorf("metadata after delete: %v", err)
		}
		return "", nil
	})
}

type produceCase struct {
	name     string
	codec    kafka.Compression
	balancer kafka.Balancer
	place    func(n int) func([]byte) int
	acks     kafka.RequiredAcks
	n        int
	batch    int
}

func checkProduce() {
	cases := []produceCase{
		{"none", 0, &kafka.Hash{}, hashPlacement, kafka.RequireAll, 2000, 200},
		{"gzip", kafka.Gzip, &kafka.Hash{}, hashPlacement, kafka.RequireAll, 2000, 200},
		{"snappy", kafka.Snappy, &kafka.Hash{}, hashPlacement, kafka.RequireAll, 2000, 200},
		{"lz4", kafka.Lz4, &kafka.Hash{}, hashPlacement, kafka.RequireAll, 2000, 200},
		{"zstd", kafka.Zstd, &kafka.Hash{}, hashPlacement, kafka.RequireAll, 2000, 200},
		{"reference_hash", kafka.Snappy, &kafka.ReferenceHash{}, refHashPlacement, kafka.RequireAll, 1000, 100},
		{"murmur2", kafka.Lz4, kafka.Murmur2Balancer{Consistent: true}, javaPlacement, kafka.RequireAll, 1000, 100},
		{"acks_one", kafka.Zstd, &kafka.Hash{}, hashPlacement, kafka.RequireOne, 1000, 50},
		{"acks_none", kafka.Gzip, &kafka.Hash{}, hashPlacement, kafka.RequireNone, 1000, 50},
		{"batch_1", 0, &kafka.Hash{}, hashPlacement, kafka.RequireAll, 60, 1},
		{"batch_big", kafka.Zstd, &kafka.Hash{}, hashPlacement, kafka.RequireAll, 5000, 5000},
	}
	check("produce.murmur2_vectors", 5*time.Second, func(ctx context.Context) (string, error) {
		vectors := map[string]int32{"21": -973932308, "foobar": -790332482, "a-little-bit-long-string": -985981536,
			"a-little-bit-longer-string": -1486304829, "lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8": -58897971, "abc": 479470107}
		for k, want := range vectors {
			if got := murmur2([]byte(k)); got != want {
				return "", fmt.Errorf("murmur2(%q) = %d, Java %d", k, got, want)
			}
		}
		ps := []int{0, 1, 2, 3, 4, 5, 6}
		for i := 0; i < 1000; i++ {
			k := []byte(fmt.Sprintf("key-%d", i))
			if got, want := (kafka.Murmur2Balancer{Consistent: true}).Balance(kafka.Message{Key: k}, ps...), javaPlacement(7)(k); got != want {
				return "", fmt.Errorf("Murmur2Balancer %q -> %d, Java %d", k, got, want)
			}
		}
		return "", nil
	})
	for _, c := range cases {
		c := c
		check("produce."+c.name, 45*time.Second, func(ctx context.Context) (string, error) {
			topic := fmt.Sprintf("kgo-p-%s-%s", c.name, run)
			const parts = 4
			if err := createTopic(ctx, topic, parts); err != nil {
				return "", err
			}
			w := writer(topic, c.balancer)
			w.Compression = c.codec
			w.RequiredAcks = c.acks
			w.BatchSize = c.batch
			if c.name == "batch_big" {
				w.BatchBytes = 8 << 20
			}
			sent := makeRecs(c.n, c.name)
			if c.name == "murmur2" {
				sent = append(sent, rec{key: []byte{}, value: []byte("empty key")}) // hashes like Java's empty key
			}
			for i := range sent {
				if i%10 == 3 {
					sent[i].headers = nil // some records without headers
				}
			}
			if err := w.WriteMessages(ctx, msgs(sent)...); err != nil {
				w.Close()
				return "", fmt.Errorf("write: %w", err)
			}
			if err := w.Close(); err != nil {
				return "", err
			}
			st := w.Stats()
			res, err := verify(ctx, topic, parts, sent, c.place(parts), c.acks != kafka.RequireNone)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("%s writes=%d errors=%d", res, st.Writes, st.Errors), nil
		})
	}
	check("produce.conn_write", 15*time.Second, func(ctx context.Context) (string, error) {
		topic := "kgo-conn-" + run
		if err := createTopic(ctx, topic, 1); err != nil {
			return "", err
		}
		conn, err := kafka.DialLeader(ctx, "tcp", *bootstrap, topic, 0)
		if err != nil {
			return "", err
		}
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(10 * time.Second))
		var res []string
		next := int64(0)
		for _, codec := range []kafka.CompressionCodec{nil, kafka.Gzip.Codec(), kafka.Snappy.Codec(), kafka.Lz4.Codec(), kafka.Zstd.Codec()} {
			ms := msgs(makeRecs(10, "conn"))
			_, p, off, at, err := conn.WriteCompressedMessagesAt(codec, ms...)
			if err != nil {
				return "", fmt.Errorf("codec %v: %w", codec, err)
			}
			if p != 0 || off != next || at.IsZero() && false {
				return "", fmt.Errorf("codec %v: partition %d base offset %d, want %d", codec, p, off, next)
			}
			next += 10
			res = append(res, fmt.Sprint(off))
		}
		// read back through the Conn (Fetch v10 batches)
		if _, err := conn.Seek(0, kafka.SeekAbsolute); err != nil {
			return "", err
		}
		b := conn.ReadBatch(1, 1<<20)
		n := 0
		for {
			m, err := b.ReadMessage()
			if err != nil {
				break
			}
			if m.Offset != int64(n) || string(m.Key) != fmt.Sprintf("k-conn-%d", n%10) || len(m.Headers) != 3 {
				b.Close()
				return "", fmt.Errorf("record %d: offset %d key %q headers %v", n, m.Offset, m.Key, m.Headers)
			}
			n++
		}
		if err := b.Close(); err != nil && !errors.Is(err, context.DeadlineExceeded) {
			return "", fmt.Errorf("batch: %w", err)
		}
		if n != 50 || b.HighWaterMark() != 50 {
			return "", fmt.Errorf("read %d records, high watermark %d", n, b.HighWaterMark())
		}
		return "bases " + strings.Join(res, ","), nil
	})
}

func checkRead() {
	topic := "kgo-read-" + run
	var sent []rec
	var mid time.Time
	setup := func(ctx context.Context) error {
		if err := createTopic(ctx, topic, 1); err != nil {
			return err
		}
		w := writer(topic, &kafka.Hash{})
		defer w.Close()
		sent = makeRecs(40, "r")
		if err := w.WriteMessages(ctx, msgs(sent[:20])...); err != nil {
			return err
		}
		time.Sleep(60 * time.Millisecond)
		mid = time.Now()
		time.Sleep(60 * time.Millisecond)
		return w.WriteMessages(ctx, msgs(sent[20:])...)
	}
	expect := func(m kafka.Message, off int64) error {
		if m.Offset != off || !bytes.Equal(m.Key, sent[off].key) || !bytes.Equal(m.Value, sent[off].value) {
			return fmt.Errorf("offset %d key %q, want offset %d key %q", m.Offset, m.Key, off, sent[off].key)
		}
		return nil
	}
	ok := false
	check("read.first_offset", 20*time.Second, func(ctx context.Context) (string, error) {
		if err := setup(ctx); err != nil {
			return "", err
		}
		ok = true
		r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{*bootstrap}, Topic: topic, Partition: 0,
			StartOffset: kafka.FirstOffset, MaxWait: 200 * time.Millisecond})
		defer r.Close()
		for i := int64(0); i < 40; i++ {
			m, err := r.ReadMessage(ctx)
			if err != nil {
				return "", err
			}
			if err := expect(m, i); err != nil {
				return "", err
			}
			if m.HighWaterMark != 40 {
				return "", fmt.Errorf("high watermark %d", m.HighWaterMark)
			}
		}
		lag, err := r.ReadLag(ctx)
		if err != nil || lag != 0 {
			return "", fmt.Errorf("lag %d %v", lag, err)
		}
		return "", nil
	})
	if !ok {
		return
	}
	check("read.last_offset", 20*time.Second, func(ctx context.Context) (string, error) {
		// a partition reader ignores StartOffset (group readers only): SetOffset(LastOffset)
		r := partReader(topic, 0)
		defer r.Close()
		if err := r.SetOffset(kafka.LastOffset); err != nil {
			return "", err
		}
		got := make(chan kafka.Message, 1)
		errc := make(chan error, 1)
		go func() {
			m, err := r.ReadMessage(ctx)
			if err != nil {
				errc <- err
				return
			}
			got <- m
		}()
		select {
		case m := <-got:
			return "", fmt.Errorf("read %d before anything new was written", m.Offset)
		case err := <-errc:
			return "", err
		case <-time.After(1500 * time.Millisecond):
		}
		w := writer(topic, &kafka.Hash{})
		defer w.Close()
		extra := rec{key: []byte("k-new"), value: []byte("v-new")}
		if err := w.WriteMessages(ctx, msgs([]rec{extra})...); err != nil {
			return "", err
		}
		select {
		case m := <-got:
			if m.Offset != 40 || string(m.Key) != "k-new" {
				return "", fmt.Errorf("got offset %d key %q", m.Offset, m.Key)
			}
			sent = append(sent, extra)
		case err := <-errc:
			return "", err
		case <-ctx.Done():
			return "", errors.New("the new record never arrived")
		}
		return "", nil
	})
	check("read.set_offset", 20*time.Second, func(ctx context.Context) (string, error) {
		r := partReader(topic, 0)
		defer r.Close()
		for _, start := range []int64{17, 3, 39} {
			if err := r.SetOffset(start); err != nil {
				return "", err
			}
			for i := start; i < start+2 && i < int64(len(sent)); i++ {
				m, err := r.ReadMessage(ctx)
				if err != nil {
					return "", err
				}
				if err := expect(m, i); err != nil {
					return "", fmt.Errorf("from %d: %w", start, err)
				}
			}
		}
		// past the end: kafka-go resets to the last offset (OFFSET_OUT_OF_RANGE) and waits
		r2 := partReader(topic, 0)
		defer r2.Close()
		if err := r2.SetOffset(1000); err != nil {
			return "", err
		}
		c2, cancel := context.WithTimeout(ctx, 1500*time.Millisecond)
		defer cancel()
		if m, err := r2.ReadMessage(c2); err == nil {
			return "", fmt.Errorf("read offset %d from an offset past the end", m.Offset)
		}
		return "", nil
	})
	check("read.set_offset_at", 20*time.Second, func(ctx context.Context) (string, error) {
		r := partReader(topic, 0)
		defer r.Close()
		if err := r.SetOffsetAt(ctx, mid); err != nil {
			return "", err
		}
		m, err := r.ReadMessage(ctx)
		if err != nil {
			return "", err
		}
		if err := expect(m, 20); err != nil {
			return "", err
		}
		if err := r.SetOffsetAt(ctx, mid.Add(-time.Hour)); err != nil {
			return "", err
		}
		m, err = r.ReadMessage(ctx)
		if err != nil {
			return "", err
		}
		return "", expect(m, 0)
	})
}

// readSmall: a Reader whose MaxBytes is smaller than one record batch still moves on (the
// broker returns the first batch whole, KIP-74), record by record.
func checkReadSmall() {
	check("read.small_max_bytes", 20*time.Second, func(ctx context.Context) (string, error) {
		topic := "kgo-small-" + run
		if err := createTopic(ctx, topic, 1); err != nil {
			return "", err
		}
		w := writer(topic, &kafka.Hash{})
		w.Compression = kafka.Zstd
		w.BatchSize = 50
		sent := makeRecs(200, "s")
		if err := w.WriteMessages(ctx, msgs(sent)...); err != nil {
			w.Close()
			return "", err
		}
		w.Close()
		r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{*bootstrap}, Topic: topic, Partition: 0,
			MinBytes: 1, MaxBytes: 100, MaxWait: 200 * time.Millisecond})
		defer r.Close()
		for i := 0; i < len(sent); i++ {
			m, err := r.ReadMessage(ctx)
			if err != nil {
				return "", fmt.Errorf("record %d: %w", i, err)
			}
			if m.Offset != int64(i) || !bytes.Equal(m.Key, sent[i].key) || !bytes.Equal(m.Value, sent[i].value) {
				return "", fmt.Errorf("record %d: offset %d key %q", i, m.Offset, m.Key)
			}
		}
		st := r.Stats()
		return fmt.Sprintf("fetches=%d", st.Fetches), nil
	})
}

// ------------------------------------------------------------------ groups

type member struct {
	id     int
	r      *kafka.Reader
	cancel context.CancelFunc
	done   chan struct{}
}

type groupRun struct {
	topic, group string
	balancers    func(i int) []kafka.GroupBalancer
	mu           sync.Mutex
	seen         map[string][]int // key -> members that read it
	errs         []string
	members      map[int]*member
}

func (g *groupRun) start(id int) {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: []string{*bootstrap}, GroupID: g.group, Topic: g.topic,
		GroupBalancers:    g.balancers(id),
		HeartbeatInterval: 300 * time.Millisecond, SessionTimeout: 6 * time.Second,
		RebalanceTimeout: 4 * time.Second, JoinGroupBackoff: 200 * time.Millisecond,
		StartOffset: kafka.FirstOffset, MaxWait: 200 * time.Millisecond,
		ReadBackoffMin: 50 * time.Millisecond, ReadBackoffMax: 200 * time.Millisecond,
		PartitionWatchInterval: time.Second, WatchPartitionChanges: true,
	})
	ctx, cancel := context.WithCancel(context.Background())
	m := &member{id: id, r: r, cancel: cancel, done: make(chan struct{})}
	g.members[id] = m
	go func() {
		defer close(m.done)
		for {
			msg, err := r.FetchMessage(ctx)
			if err != nil {
				if ctx.Err() == nil {
					g.mu.Lock()
					g.errs = append(g.errs, fmt.Sprintf("m%d fetch: %v", id, err))
					g.mu.Unlock()
				}
				return
			}
			if err := r.CommitMessages(ctx, msg); err != nil && ctx.Err() == nil {
				g.mu.Lock()
				g.errs = append(g.errs, fmt.Sprintf("m%d commit: %v", id, err))
				g.mu.Unlock()
			}
			g.mu.Lock()
			g.seen[string(msg.Key)] = append(g.seen[string(msg.Key)], id)
			g.mu.Unlock()
		}
	}()
}

func (g *groupRun) stop(id int) error {
	m := g.members[id]
	delete(g.members, id)
	m.cancel()
	<-m.done
	return m.r.Close() // LeaveGroup
}

func (g *groupRun) stopAll() {
	for id := range g.members {
		g.stop(id)
	}
}

// assignment: member id (kafka-go's) -> partitions, once the group is Stable with `n`
// members that own all `parts` partitions.
func waitStable(ctx context.Context, group string, n, parts int) (map[string][]int, error) {
	a, _, err := waitStableMembers(ctx, group, n, parts)
	return a, err
}

func waitStableMembers(ctx context.Context, group string, n, parts int) (map[string][]int, []kafka.GroupMember, error) {
	var last string
	for ctx.Err() == nil {
		resp, err := client.DescribeGroups(ctx, &kafka.DescribeGroupsRequest{GroupIDs: []string{group}})
		if err == nil && len(resp.Groups) == 1 && resp.Groups[0].Error == nil {
			g := resp.Groups[0]
			out := map[string][]int{}
			owned := 0
			var members []kafka.GroupMember
			seenP := map[int]bool{}
			for _, m := range g.Members {
				members = append(members, kafka.GroupMember{ID: m.MemberID, Topics: m.MemberMetadata.Topics, UserData: m.MemberMetadata.UserData})
				for _, t := range m.MemberAssignments.Topics {
					ps := append([]int(nil), t.Partitions...)
					sort.Ints(ps)
					out[m.MemberID] = append(out[m.MemberID], ps...)
					for _, p := range ps {
						if !seenP[p] {
							owned++
						}
						seenP[p] = true
					}
				}
			}
			last = fmt.Sprintf("state=%s members=%d owned=%d", g.GroupState, len(g.Members), owned)
			if g.GroupState == "Stable" && len(g.Members) == n && owned == parts {
				return out, members, nil
			}
		} else if err != nil {
			last = err.Error()
		} else if len(resp.Groups) == 1 {
			last = fmt.Sprint(resp.Groups[0].Error)
		}
		time.Sleep(150 * time.Millisecond)
	}
	return nil, nil, fmt.Errorf("group never stable with %d members owning %d partitions: %s", n, parts, last)
}

func produceKeys(ctx context.Context, topic, tag string, n int) error {
	w := writer(topic, &kafka.RoundRobin{})
	defer w.Close()
	ms := make([]kafka.Message, n)
	for i := range ms {
		ms[i] = kafka.Message{Key: []byte(fmt.Sprintf("%s-%d", tag, i)), Value: []byte("x")}
	}
	return w.WriteMessages(ctx, ms...)
}

func (g *groupRun) waitSeen(ctx context.Context, n int) error {
	for ctx.Err() == nil {
		g.mu.Lock()
		got := len(g.seen)
		g.mu.Unlock()
		if got >= n {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // anything extra (a duplicate) shows up now
	g.mu.Lock()
	defer g.mu.Unlock()
	var dups []string
	for k, ids := range g.seen {
		if len(ids) != 1 {
			dups = append(dups, fmt.Sprintf("%s:%v", k, ids))
		}
	}
	if len(g.seen) != n || len(dups) > 0 {
		return fmt.Errorf("read %d distinct of %d, duplicates %v, errors %v", len(g.seen), n, dups, g.errs)
	}
	return nil
}

func groupCheck(name string, bal func(i int) []kafka.GroupBalancer, expect kafka.GroupBalancer) {
	check("group."+name, 60*time.Second, func(ctx context.Context) (string, error) {
		const parts = 6
		g := &groupRun{topic: fmt.Sprintf("kgo-g-%s-%s", name, run), group: fmt.Sprintf("kgo-grp-%s-%s", name, run),
			balancers: bal, seen: map[string][]int{}, members: map[int]*member{}}
		if err := createTopic(ctx, g.topic, parts); err != nil {
			return "", err
		}
		defer g.stopAll()
		for i := 0; i < 3; i++ {
			g.start(i)
		}
		a3, m3, err := waitStableMembers(ctx, g.group, 3, parts)
		if err != nil {
			return "", err
		}
		if err := expectAssigned(ctx, expect, g.topic, m3, a3); err != nil {
			return "", fmt.Errorf("3 members: %w", err)
		}
		if err := produceKeys(ctx, g.topic, "a", 300); err != nil {
			return "", err
		}
		if err := g.waitSeen(ctx, 300); err != nil {
			return "", fmt.Errorf("phase 1: %w", err)
		}
		readers := map[int]bool{}
		g.mu.Lock()
		for _, ids := range g.seen {
			readers[ids[0]] = true
		}
		g.mu.Unlock()
		if len(readers) != 3 {
			return "", fmt.Errorf("records went to members %v only", readers)
		}
		// a member leaves: the two others share all partitions
		if err := g.stop(2); err != nil {
			return "", fmt.Errorf("close member 2: %w", err)
		}
		a2, m2, err := waitStableMembers(ctx, g.group, 2, parts)
		if err != nil {
			return "", fmt.Errorf("after a leave: %w", err)
		}
		if err := expectAssigned(ctx, expect, g.topic, m2, a2); err != nil {
			return "", fmt.Errorf("2 members: %w", err)
		}
		if err := produceKeys(ctx, g.topic, "b", 300); err != nil {
			return "", err
		}
		if err := g.waitSeen(ctx, 600); err != nil {
			return "", fmt.Errorf("phase 2: %w", err)
		}
		// every record committed: the group's offsets sum to 600
		co, err := client.ConsumerOffsets(ctx, kafka.TopicAndGroup{Topic: g.topic, GroupId: g.group})
		if err != nil {
			return "", err
		}
		var sum int64
		for _, o := range co {
			sum += o
		}
		if sum != 600 || len(co) != parts {
			return "", fmt.Errorf("committed %v (sum %d), want 600", co, sum)
		}
		g.stopAll()
		// the whole group restarts: it resumes at the committed offsets
		if err := produceKeys(ctx, g.topic, "c", 60); err != nil {
			return "", err
		}
		g.start(10)
		if err := g.waitSeen(ctx, 660); err != nil {
			return "", fmt.Errorf("after restart: %w", err)
		}
		return fmt.Sprintf("3=%v 2=%v", values(a3), values(a2)), nil
	})
}

func values(m map[string][]int) []string {
	var out []string
	for _, v := range m {
		out = append(out, fmt.Sprint(v))
	}
	sort.Strings(out)
	return out
}

// expectAssigned: the group's assignment is what `bal` computes for these members and the
// topic's partitions in the order the broker's Metadata lists them (what the leader saw).
func expectAssigned(ctx context.Context, bal kafka.GroupBalancer, topic string, members []kafka.GroupMember, got map[string][]int) error {
	conn, err := kafka.DialContext(ctx, "tcp", *bootstrap)
	if err != nil {
		return err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	parts, err := conn.ReadPartitions(topic)
	if err != nil {
		return err
	}
	want := bal.AssignGroups(members, parts)
	for id, ps := range got {
		w := append([]int(nil), want[id][topic]...)
		sort.Ints(w)
		if fmt.Sprint(w) != fmt.Sprint(ps) {
			return fmt.Errorf("%s assignment expected %v, got %v", bal.ProtocolName(), want, got)
		}
	}
	return nil
}

func checkGroups() {
	one := func(b kafka.GroupBalancer) func(int) []kafka.GroupBalancer {
		return func(int) []kafka.GroupBalancer { return []kafka.GroupBalancer{b} }
	}
	groupCheck("range", one(kafka.RangeGroupBalancer{}), kafka.RangeGroupBalancer{})
	groupCheck("roundrobin", one(kafka.RoundRobinGroupBalancer{}), kafka.RoundRobinGroupBalancer{})
	// the broker has no rack: every member's rack misses, partitions spread evenly
	groupCheck("rack_affinity", func(i int) []kafka.GroupBalancer {
		return []kafka.GroupBalancer{kafka.RackAffinityGroupBalancer{Rack: fmt.Sprintf("rack-%d", i%2)}}
	}, kafka.RackAffinityGroupBalancer{})
	// two protocols: everybody prefers roundrobin, so roundrobin wins ...
	check("group.two_protocols", 40*time.Second, func(ctx context.Context) (string, error) {
		const parts = 6
		mk := func(name string, bal func(int) []kafka.GroupBalancer) *groupRun {
			return &groupRun{topic: fmt.Sprintf("kgo-g2-%s-%s", name, run), group: fmt.Sprintf("kgo-grp2-%s-%s", name, run),
				balancers: bal, seen: map[string][]int{}, members: map[int]*member{}}
		}
		both := mk("both", func(int) []kafka.GroupBalancer {
			return []kafka.GroupBalancer{kafka.RoundRobinGroupBalancer{}, kafka.RangeGroupBalancer{}}
		})
		// ... and when one member only speaks range, range (the only common one) wins
		mixed := mk("mixed", func(i int) []kafka.GroupBalancer {
			if i == 1 {
				return []kafka.GroupBalancer{kafka.RangeGroupBalancer{}}
			}
			return []kafka.GroupBalancer{kafka.RoundRobinGroupBalancer{}, kafka.RangeGroupBalancer{}}
		})
		var out []string
		for _, g := range []*groupRun{both, mixed} {
			if err := createTopic(ctx, g.topic, parts); err != nil {
				return "", err
			}
			defer g.stopAll()
			g.start(0)
			g.start(1)
		}
		for _, c := range []struct {
			g   *groupRun
			bal kafka.GroupBalancer
		}{{both, kafka.RoundRobinGroupBalancer{}}, {mixed, kafka.RangeGroupBalancer{}}} {
			a, ms, err := waitStableMembers(ctx, c.g.group, 2, parts)
			if err != nil {
				return "", err
			}
			if err := expectAssigned(ctx, c.bal, c.g.topic, ms, a); err != nil {
				return "", fmt.Errorf("%s: %w", c.g.group, err)
			}
			if err := produceKeys(ctx, c.g.topic, "a", 120); err != nil {
				return "", err
			}
			if err := c.g.waitSeen(ctx, 120); err != nil {
				return "", err
			}
			out = append(out, fmt.Sprint(values(a)))
		}
		// a member whose only protocol is not the group's is refused
		odd := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{*bootstrap}, GroupID: mixed.group, Topic: mixed.topic,
			GroupBalancers: []kafka.GroupBalancer{kafka.RoundRobinGroupBalancer{}}, JoinGroupBackoff: 200 * time.Millisecond,
			MaxWait: 200 * time.Millisecond})
		defer odd.Close()
		c2, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		if m, err := odd.FetchMessage(c2); err == nil {
			return "", fmt.Errorf("an incompatible member read offset %d", m.Offset)
		}
		if _, err := waitStable(ctx, mixed.group, 2, parts); err != nil {
			return "", fmt.Errorf("after the incompatible member: %w", err)
		}
		lg, err := client.ListGroups(ctx, &kafka.ListGroupsRequest{})
		if err != nil {
			return "", err
		}
		n := 0
		for _, gr := range lg.Groups {
			if (gr.GroupID == both.group || gr.GroupID == mixed.group) && gr.ProtocolType == "consumer" {
				n++
			}
		}
		if n != 2 {
			return "", fmt.Errorf("ListGroups: %+v", lg.Groups)
		}
		return strings.Join(out, " "), nil
	})
}

func main() {
	flag.Parse()
	if *onlyArg != "" {
		only = regexp.MustCompile(*onlyArg)
	}
	go func() {
		time.Sleep(*total)
		fmt.Println("FATAL total time exceeded")
		os.Exit(3)
	}()
	client = &kafka.Client{Addr: kafka.TCP(*bootstrap), Timeout: 10 * time.Second}
	t0 := time.Now()
	checkConnect()
	checkAdmin()
	checkProduce()
	checkRead()
	checkReadSmall()
	checkGroups()
	checkExtras()
	fmt.Printf("SUMMARY passed=%d failed=%d %v (%s)\n", passed, len(failed), failed, time.Since(t0).Round(time.Millisecond))
}
