// saramaprobe: IBM/sarama against a fluxmq-server. One `RESULT <check> PASS|FAIL <details>`
// line per check. Usage: saramaprobe -broker host:port [-version max|default|4.0.0] [-only regex]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/IBM/sarama"
)

var (
	brokerAddr = flag.String("broker", "127.0.0.1:9092", "bootstrap")
	versionArg = flag.String("version", "max", "max | default | a Kafka version like 4.0.0")
	onlyArg    = flag.String("only", "", "regex of checks to run")
	total      = flag.Duration("total", 8*time.Minute, "bound on the whole run")
	restart    = flag.Bool("restart", false, "only the broker-restart check (the caller restarts the broker on RESTART_NOW)")
	run        = fmt.Sprintf("%x", time.Now().UnixNano()&0xffffff)
	only       *regexp.Regexp
	failed     []string
	passed     int
)

func config() *sarama.Config {
	c := sarama.NewConfig()
	c.ClientID = "saramaprobe"
	switch *versionArg {
	case "max":
		c.Version = sarama.MaxVersion
	case "default":
		c.Version = sarama.DefaultVersion
	default:
		v, err := sarama.ParseKafkaVersion(*versionArg)
		if err != nil {
			panic(err)
		}
		c.Version = v
	}
	c.Net.DialTimeout = 5 * time.Second
	c.Net.ReadTimeout = 15 * time.Second
	c.Net.WriteTimeout = 5 * time.Second
	c.Metadata.Retry.Max = 3
	c.Metadata.Retry.Backoff = 200 * time.Millisecond
	c.Producer.Return.Successes = true
	c.Producer.RequiredAcks = sarama.WaitForAll
	c.Consumer.Return.Errors = true
	c.Consumer.Offsets.Initial = sarama.OffsetOldest
	c.Consumer.MaxWaitTime = 300 * time.Millisecond
	return c
}

func check(name string, d time.Duration, fn func() (string, error)) {
	if only != nil && !only.MatchString(name) && !strings.HasPrefix(name, "connect.") {
		return
	}
	t0 := time.Now()
	type res struct {
		s string
		e error
	}
	ch := make(chan res, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				ch <- res{"", fmt.Errorf("panic: %v", r)}
			}
		}()
		s, e := fn()
		ch <- res{s, e}
	}()
	select {
	case r := <-ch:
		if r.e != nil {
			fmt.Printf("RESULT %s FAIL %v (%s)\n", name, r.e, time.Since(t0).Round(time.Millisecond))
			failed = append(failed, name)
		} else {
			fmt.Printf("RESULT %s PASS %s (%s)\n", name, r.s, time.Since(t0).Round(time.Millisecond))
			passed++
		}
	case <-time.After(d):
		fmt.Printf("RESULT %s FAIL timeout after %s\n", name, d)
		failed = append(failed, name)
	}
}

type rec struct {
	key, value string
	headers    map[string]string
}

func makeRecs(n int, tag string) []rec {
	out := make([]rec, n)
	for i := range out {
		out[i] = rec{fmt.Sprintf("k-%s-%d", tag, i), fmt.Sprintf("v-%s-%d-%s", tag, i, strings.Repeat("y", i%50)),
			map[string]string{"h1": fmt.Sprintf("hv-%d", i), "idx": fmt.Sprint(i)}}
	}
	return out
}

func toMsg(topic string, r rec) *sarama.ProducerMessage {
	m := &sarama.ProducerMessage{Topic: topic, Key: sarama.StringEncoder(r.key), Value: sarama.StringEncoder(r.value)}
	keys := make([]string, 0, len(r.headers))
	for k := range r.headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		m.Headers = append(m.Headers, sarama.RecordHeader{Key: []byte(k), Value: []byte(r.headers[k])})
	}
	return m
}

func createTopic(admin sarama.ClusterAdmin, topic string, parts int32) error {
	return admin.CreateTopic(topic, &sarama.TopicDetail{NumPartitions: parts, ReplicationFactor: 1}, false)
}

// consume every partition of topic from the oldest offset until n records arrived.
func consumeAll(client sarama.Client, topic string, n int, d time.Duration) ([]*sarama.ConsumerMessage, error) {
	cons, err := sarama.NewConsumerFromClient(client)
	if err != nil {
		return nil, err
	}
	defer cons.Close()
	parts, err := cons.Partitions(topic)
	if err != nil {
		return nil, err
	}
	out := make(chan *sarama.ConsumerMessage, n+10)
	errs := make(chan error, 10)
	var pcs []sarama.PartitionConsumer
	for _, p := range parts {
		pc, err := cons.ConsumePartition(topic, p, sarama.OffsetOldest)
		if err != nil {
			return nil, err
		}
		pcs = append(pcs, pc)
		go func(pc sarama.PartitionConsumer) {
			for m := range pc.Messages() {
				out <- m
			}
		}(pc)
		go func(pc sarama.PartitionConsumer) {
			for e := range pc.Errors() {
				errs <- e
			}
		}(pc)
	}
	defer func() {
		for _, pc := range pcs {
			pc.AsyncClose()
		}
	}()
	var got []*sarama.ConsumerMessage
	deadline := time.After(d)
	for len(got) < n {
		select {
		case m := <-out:
			got = append(got, m)
		case e := <-errs:
			return got, fmt.Errorf("consumer error: %w", e)
		case <-deadline:
			return got, fmt.Errorf("got %d of %d records", len(got), n)
		}
	}
	return got, nil
}

func verify(got []*sarama.ConsumerMessage, sent []rec) error {
	by := map[string]*sarama.ConsumerMessage{}
	next := map[int32]int64{}
	for _, m := range got {
		k := string(m.Key)
		if _, dup := by[k]; dup {
			return fmt.Errorf("duplicate key %s", k)
		}
		by[k] = m
		if m.Offset != next[m.Partition] {
			return fmt.Errorf("partition %d: offset %d, want %d", m.Partition, m.Offset, next[m.Partition])
		}
		next[m.Partition]++
	}
	if len(by) != len(sent) {
		return fmt.Errorf("got %d distinct keys, sent %d", len(by), len(sent))
	}
	for _, s := range sent {
		m := by[s.key]
		if m == nil {
			return fmt.Errorf("missing %s", s.key)
		}
		if string(m.Value) != s.value {
			return fmt.Errorf("value mismatch %s: %q", s.key, m.Value)
		}
		hs := map[string]string{}
		for _, h := range m.Headers {
			hs[string(h.Key)] = string(h.Value)
		}
		for k, v := range s.headers {
			if hs[k] != v {
				return fmt.Errorf("header %s mismatch for %s: %q (all %v)", k, s.key, hs[k], hs)
			}
		}
		if m.Timestamp.IsZero() || time.Since(m.Timestamp) > time.Hour {
			return fmt.Errorf("bad timestamp %v for %s", m.Timestamp, s.key)
		}
	}
	return nil
}

type handler struct {
	id       int
	mu       *sync.Mutex
	seen     map[string]int
	claims   map[int][]int32
	setups   *int
	autoMark bool
}

func (h *handler) Setup(s sarama.ConsumerGroupSession) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	var ps []int32
	for _, p := range s.Claims() {
		ps = append(ps, p...)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
	h.claims[h.id] = ps
	*h.setups++
	return nil
}
func (h *handler) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (h *handler) ConsumeClaim(s sarama.ConsumerGroupSession, c sarama.ConsumerGroupClaim) error {
	for m := range c.Messages() {
		h.mu.Lock()
		h.seen[string(m.Key)] = h.id
		h.mu.Unlock()
		s.MarkMessage(m, "")
	}
	return nil
}

func groupCheck(strategy sarama.BalanceStrategy) func() (string, error) {
	return func() (string, error) {
		topic := fmt.Sprintf("sar-grp-%s-%s", strategy.Name(), run)
		group := fmt.Sprintf("sar-g-%s-%s", strategy.Name(), run)
		admin, err := sarama.NewClusterAdmin([]string{*brokerAddr}, config())
		if err != nil {
			return "", err
		}
		defer admin.Close()
		if err := createTopic(admin, topic, 6); err != nil {
			return "", err
		}
		mu := &sync.Mutex{}
		seen := map[string]int{}
		claims := map[int][]int32{}
		setups := 0
		var groups []sarama.ConsumerGroup
		var cancels []context.CancelFunc
		var wgs []*sync.WaitGroup
		errCh := make(chan error, 100)
		for i := 0; i < 3; i++ {
			cfg := config()
			cfg.Consumer.Group.Rebalance.GroupStrategies = []sarama.BalanceStrategy{strategy}
			cfg.Consumer.Group.Session.Timeout = 10 * time.Second
			cfg.Consumer.Group.Heartbeat.Interval = 500 * time.Millisecond
			cfg.Consumer.Group.Rebalance.Timeout = 15 * time.Second
			cfg.Consumer.Offsets.AutoCommit.Interval = 300 * time.Millisecond
			g, err := sarama.NewConsumerGroup([]string{*brokerAddr}, group, cfg)
			if err != nil {
				return "", err
			}
			go func() {
				for e := range g.Errors() {
					errCh <- e
				}
			}()
			ctx, cancel := context.WithCancel(context.Background())
			wg := &sync.WaitGroup{}
			wg.Add(1)
			h := &handler{id: i, mu: mu, seen: seen, claims: claims, setups: &setups}
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					if err := g.Consume(ctx, []string{topic}, h); err != nil && !errors.Is(err, sarama.ErrClosedConsumerGroup) {
						errCh <- err
						time.Sleep(200 * time.Millisecond)
					}
				}
			}()
			groups = append(groups, g)
			cancels = append(cancels, cancel)
			wgs = append(wgs, wg)
		}
		defer func() {
			for i := range groups {
				cancels[i]()
				groups[i].Close()
			}
		}()
		waitFor := func(what string, d time.Duration, cond func() bool) error {
			end := time.Now().Add(d)
			for time.Now().Before(end) {
				mu.Lock()
				ok := cond()
				mu.Unlock()
				if ok {
					return nil
				}
				time.Sleep(100 * time.Millisecond)
			}
			mu.Lock()
			defer mu.Unlock()
			var es []string
			for len(errCh) > 0 {
				es = append(es, fmt.Sprint(<-errCh))
			}
			return fmt.Errorf("%s: claims=%v seen=%d errors=%v", what, claims, len(seen), es)
		}
		owned := func(ids ...int) int {
			n := 0
			for _, i := range ids {
				n += len(claims[i])
			}
			return n
		}
		if err := waitFor("3 members sharing 6 partitions", 30*time.Second, func() bool {
			return len(claims) == 3 && owned(0, 1, 2) == 6 && len(claims[0]) == 2 && len(claims[1]) == 2 && len(claims[2]) == 2
		}); err != nil {
			return "", err
		}
		first := fmt.Sprint(claims)
		client, err := sarama.NewClient([]string{*brokerAddr}, config())
		if err != nil {
			return "", err
		}
		defer client.Close()
		prod, err := sarama.NewSyncProducerFromClient(client)
		if err != nil {
			return "", err
		}
		defer prod.Close()
		var msgs []*sarama.ProducerMessage
		for i := 0; i < 300; i++ {
			msgs = append(msgs, toMsg(topic, rec{fmt.Sprintf("g1-%d", i), "x", nil}))
		}
		if err := prod.SendMessages(msgs); err != nil {
			return "", err
		}
		if err := waitFor("300 consumed", 20*time.Second, func() bool { return len(seen) == 300 }); err != nil {
			return "", err
		}
		members := map[int]bool{}
		for _, v := range seen {
			members[v] = true
		}
		if len(members) != 3 {
			return "", fmt.Errorf("records went to members %v only", members)
		}
		// member 2 leaves
		cancels[2]()
		groups[2].Close()
		wgs[2].Wait()
		mu.Lock()
		delete(claims, 2)
		mu.Unlock()
		if err := waitFor("2 members sharing 6 partitions after leave", 30*time.Second, func() bool {
			return owned(0, 1) == 6
		}); err != nil {
			return "", err
		}
		msgs = nil
		for i := 0; i < 300; i++ {
			msgs = append(msgs, toMsg(topic, rec{fmt.Sprintf("g2-%d", i), "x", nil}))
		}
		if err := prod.SendMessages(msgs); err != nil {
			return "", err
		}
		if err := waitFor("600 consumed", 20*time.Second, func() bool { return len(seen) == 600 }); err != nil {
			return "", err
		}
		time.Sleep(1500 * time.Millisecond) // auto commit
		for i := 0; i < 2; i++ {
			cancels[i]()
			groups[i].Close()
		}
		off, err := admin.ListConsumerGroupOffsets(group, map[string][]int32{topic: {0, 1, 2, 3, 4, 5}})
		if err != nil {
			return "", err
		}
		var committed int64
		for _, b := range off.Blocks[topic] {
			if b.Err != sarama.ErrNoError {
				return "", b.Err
			}
			committed += b.Offset
		}
		if committed != 600 {
			return "", fmt.Errorf("committed sum %d, want 600: %+v", committed, off.Blocks[topic])
		}
		desc, err := admin.DescribeConsumerGroups([]string{group})
		if err != nil {
			return "", err
		}
		var es []string
		for len(errCh) > 0 {
			es = append(es, fmt.Sprint(<-errCh))
		}
		return fmt.Sprintf("first=%s state=%s setups=%d errors=%v", first, desc[0].State, setups, es), nil
	}
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
	if os.Getenv("SARAMA_DEBUG") != "" {
		sarama.Logger = logger{}
	}
	fmt.Printf("INFO sarama version config %s\n", config().Version)
	var admin sarama.ClusterAdmin
	var client sarama.Client
	check("connect.client", 20*time.Second, func() (string, error) {
		var err error
		client, err = sarama.NewClient([]string{*brokerAddr}, config())
		if err != nil {
			return "", err
		}
		b, err := client.Controller()
		if err != nil || b == nil {
			return "", fmt.Errorf("controller: %v", err)
		}
		return fmt.Sprintf("brokers=%d", len(client.Brokers())), err
	})
	if client == nil {
		summary()
		return
	}
	check("connect.admin", 20*time.Second, func() (string, error) {
		var err error
		admin, err = sarama.NewClusterAdminFromClient(client)
		return "", err
	})
	if admin == nil {
		summary()
		return
	}
	if *restart {
		restartCheck(admin, client)
		summary()
		return
	}
	T := "sar-admin-" + run
	check("admin.describe_cluster", 15*time.Second, func() (string, error) {
		bs, ctl, err := admin.DescribeCluster()
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("brokers=%d controller=%d", len(bs), ctl), nil
	})
	check("admin.create_topic", 15*time.Second, func() (string, error) {
		err := admin.CreateTopic(T, &sarama.TopicDetail{NumPartitions: 3, ReplicationFactor: 1,
			ConfigEntries: map[string]*string{"retention.ms": ptr("3600000")}}, false)
		if err != nil {
			return "", err
		}
		err = admin.CreateTopic(T, &sarama.TopicDetail{NumPartitions: 3, ReplicationFactor: 1}, false)
		if !errors.Is(err, sarama.ErrTopicAlreadyExists) {
			return "", fmt.Errorf("second create: %v", err)
		}
		return "", nil
	})
	check("admin.create_topic_validate_only", 15*time.Second, func() (string, error) {
		if err := admin.CreateTopic(T+"-v", &sarama.TopicDetail{NumPartitions: 2, ReplicationFactor: 1}, true); err != nil {
			return "", err
		}
		ts, err := admin.ListTopics()
		if err != nil {
			return "", err
		}
		if _, ok := ts[T+"-v"]; ok {
			return "", errors.New("validateOnly created the topic")
		}
		return "", nil
	})
	check("admin.list_topics", 15*time.Second, func() (string, error) {
		ts, err := admin.ListTopics()
		if err != nil {
			return "", err
		}
		d, ok := ts[T]
		if !ok || d.NumPartitions != 3 {
			return "", fmt.Errorf("topic %s: %+v", T, d)
		}
		return fmt.Sprintf("configs=%v", len(d.ConfigEntries)), nil
	})
	check("admin.describe_topics", 15*time.Second, func() (string, error) {
		md, err := admin.DescribeTopics([]string{T})
		if err != nil {
			return "", err
		}
		if md[0].Err != sarama.ErrNoError || len(md[0].Partitions) != 3 {
			return "", fmt.Errorf("%+v", md[0])
		}
		return "", nil
	})
	check("admin.describe_config", 15*time.Second, func() (string, error) {
		es, err := admin.DescribeConfig(sarama.ConfigResource{Type: sarama.TopicResource, Name: T, ConfigNames: []string{"retention.ms"}})
		if err != nil {
			return "", err
		}
		for _, e := range es {
			if e.Name == "retention.ms" && e.Value == "3600000" {
				return "", nil
			}
		}
		return "", fmt.Errorf("entries %+v", es)
	})
	check("admin.alter_config", 15*time.Second, func() (string, error) {
		err := admin.IncrementalAlterConfig(sarama.TopicResource, T, map[string]sarama.IncrementalAlterConfigsEntry{
			"retention.ms": {Operation: sarama.IncrementalAlterConfigsOperationSet, Value: ptr("7200000")}}, false)
		if err != nil {
			return "", fmt.Errorf("incremental: %w", err)
		}
		es, err := admin.DescribeConfig(sarama.ConfigResource{Type: sarama.TopicResource, Name: T, ConfigNames: []string{"retention.ms"}})
		if err != nil || len(es) == 0 || es[0].Value != "7200000" {
			return "", fmt.Errorf("after alter: %+v %v", es, err)
		}
		return "", nil
	})
	check("admin.create_partitions", 15*time.Second, func() (string, error) {
		if err := admin.CreatePartitions(T, 4, nil, false); err != nil {
			return "", err
		}
		md, err := admin.DescribeTopics([]string{T})
		if err != nil || len(md[0].Partitions) != 4 {
			return "", fmt.Errorf("after: %v %v", md, err)
		}
		return "", nil
	})
	check("admin.offsets", 20*time.Second, func() (string, error) {
		p, err := sarama.NewSyncProducerFromClient(client)
		if err != nil {
			return "", err
		}
		defer p.Close()
		for i := 0; i < 5; i++ {
			if _, _, err := p.SendMessage(&sarama.ProducerMessage{Topic: T, Partition: 0, Key: sarama.StringEncoder("a"), Value: sarama.StringEncoder(fmt.Sprint(i))}); err != nil {
				return "", err
			}
		}
		if err := client.RefreshMetadata(T); err != nil {
			return "", err
		}
		var sum int64
		for p := int32(0); p < 4; p++ {
			hi, err := client.GetOffset(T, p, sarama.OffsetNewest)
			if err != nil {
				return "", fmt.Errorf("newest p%d: %w", p, err)
			}
			lo, err := client.GetOffset(T, p, sarama.OffsetOldest)
			if err != nil {
				return "", fmt.Errorf("oldest p%d: %w", p, err)
			}
			sum += hi - lo
		}
		if sum != 5 {
			return "", fmt.Errorf("sum %d", sum)
		}
		ts, err := client.GetOffset(T, 0, time.Now().Add(-time.Minute).UnixMilli())
		if err != nil || ts != 0 {
			return "", fmt.Errorf("by timestamp: %d %v", ts, err)
		}
		return "", nil
	})
	check("admin.delete_records", 15*time.Second, func() (string, error) {
		// the partitioner may have spread the 5 records; find a partition with >= 2
		if err := admin.DeleteRecords(T, map[int32]int64{0: 1}); err != nil {
			return "", err
		}
		lo, err := client.GetOffset(T, 0, sarama.OffsetOldest)
		if err != nil || lo != 1 {
			return "", fmt.Errorf("low watermark %d %v", lo, err)
		}
		return "", nil
	})
	check("admin.group_offsets", 20*time.Second, func() (string, error) {
		g := "sar-goff-" + run
		om, err := sarama.NewOffsetManagerFromClient(g, client)
		if err != nil {
			return "", err
		}
		pom, err := om.ManagePartition(T, 0)
		if err != nil {
			return "", err
		}
		pom.MarkOffset(3, "meta")
		om.Commit()
		pom.Close()
		om.Close()
		r, err := admin.ListConsumerGroupOffsets(g, map[string][]int32{T: {0}})
		if err != nil {
			return "", err
		}
		b := r.GetBlock(T, 0)
		if b == nil || b.Offset != 3 || b.Metadata != "meta" {
			return "", fmt.Errorf("block %+v", b)
		}
		gs, err := admin.ListConsumerGroups()
		if err != nil {
			return "", err
		}
		if _, ok := gs[g]; !ok {
			return "", fmt.Errorf("group missing from list %v", gs)
		}
		if err := admin.DeleteConsumerGroupOffset(g, T, 0); err != nil {
			return "", fmt.Errorf("DeleteConsumerGroupOffset: %w", err)
		}
		if err := admin.DeleteConsumerGroup(g); err != nil {
			return "", fmt.Errorf("DeleteConsumerGroup: %w", err)
		}
		return "", nil
	})
	check("admin.delete_topic", 15*time.Second, func() (string, error) {
		if err := admin.DeleteTopic(T); err != nil {
			return "", err
		}
		for i := 0; i < 30; i++ {
			ts, err := admin.ListTopics()
			if err != nil {
				return "", err
			}
			if _, ok := ts[T]; !ok {
				return "", nil
			}
			time.Sleep(200 * time.Millisecond)
		}
		return "", errors.New("still listed")
	})

	codecs := []struct {
		name string
		c    sarama.CompressionCodec
	}{{"none", sarama.CompressionNone}, {"gzip", sarama.CompressionGZIP}, {"snappy", sarama.CompressionSnappy}, {"lz4", sarama.CompressionLZ4}, {"zstd", sarama.CompressionZSTD}}
	for _, cd := range codecs {
		for _, idem := range []bool{false, true} {
			kind := "produce"
			if idem {
				kind = "idempotent"
			}
			topic := fmt.Sprintf("sar-%s-%s-%s", cd.name, kind, run)
			sent := makeRecs(2000, cd.name)
			ok := false
			check(kind+"."+cd.name, 40*time.Second, func() (string, error) {
				if err := createTopic(admin, topic, 3); err != nil {
					return "", err
				}
				cfg := config()
				cfg.Producer.Compression = cd.c
				cfg.Producer.Flush.Messages = 200
				cfg.Producer.Flush.Frequency = 5 * time.Millisecond
				if idem {
					cfg.Producer.Idempotent = true
					cfg.Net.MaxOpenRequests = 1
				}
				p, err := sarama.NewSyncProducer([]string{*brokerAddr}, cfg)
				if err != nil {
					return "", err
				}
				defer p.Close()
				var msgs []*sarama.ProducerMessage
				for _, r := range sent {
					msgs = append(msgs, toMsg(topic, r))
				}
				if err := p.SendMessages(msgs); err != nil {
					var pe sarama.ProducerErrors
					if errors.As(err, &pe) && len(pe) > 0 {
						return "", fmt.Errorf("%d errors, first: %v", len(pe), pe[0].Err)
					}
					return "", err
				}
				if err := client.RefreshMetadata(topic); err != nil {
					return "", err
				}
				var sum int64
				for pt := int32(0); pt < 3; pt++ {
					hi, err := client.GetOffset(topic, pt, sarama.OffsetNewest)
					if err != nil {
						return "", err
					}
					sum += hi
				}
				if sum != int64(len(sent)) {
					return "", fmt.Errorf("high watermarks sum %d", sum)
				}
				ok = true
				return "", nil
			})
			check("consume."+cd.name+map[bool]string{true: ".idem", false: ""}[idem], 40*time.Second, func() (string, error) {
				if !ok {
					return "", errors.New("produce failed")
				}
				got, err := consumeAll(client, topic, len(sent), 30*time.Second)
				if err != nil {
					return "", err
				}
				return "", verify(got, sent)
			})
		}
	}
	for _, s := range []sarama.BalanceStrategy{sarama.NewBalanceStrategyRange(), sarama.NewBalanceStrategyRoundRobin(), sarama.NewBalanceStrategySticky()} {
		check("group."+s.Name(), 120*time.Second, groupCheck(s))
	}
	check("txn.producer", 30*time.Second, func() (string, error) {
		cfg := config()
		cfg.Producer.Idempotent = true
		cfg.Producer.Transaction.ID = "sar-tx-" + run
		cfg.Net.MaxOpenRequests = 1
		cfg.Producer.Transaction.Retry.Max = 2
		p, err := sarama.NewSyncProducer([]string{*brokerAddr}, cfg)
		if err != nil {
			return "failed as expected at creation: " + err.Error(), nil
		}
		defer p.Close()
		if err := p.BeginTxn(); err != nil {
			return "BeginTxn failed: " + err.Error(), nil
		}
		_, _, err = p.SendMessage(&sarama.ProducerMessage{Topic: "sar-tx-" + run, Value: sarama.StringEncoder("x")})
		if err != nil {
			return "send failed: " + err.Error(), nil
		}
		if err := p.CommitTxn(); err != nil {
			return "commit failed: " + err.Error(), nil
		}
		return "transaction committed", nil
	})
	extras(admin, client)
	extras2(admin, client)
	extras3(admin, client)
	check("broker.still_serves", 15*time.Second, func() (string, error) {
		c, err := sarama.NewClient([]string{*brokerAddr}, config())
		if err != nil {
			return "", err
		}
		defer c.Close()
		_, err = c.Topics()
		return "", err
	})
	admin.Close()
	summary()
}

type logger struct{}

func (logger) Print(v ...interface{})                 { fmt.Fprint(os.Stderr, v...) }
func (logger) Printf(format string, v ...interface{}) { fmt.Fprintf(os.Stderr, format, v...) }
func (logger) Println(v ...interface{})               { fmt.Fprintln(os.Stderr, v...) }

func ptr(s string) *string { return &s }

func summary() {
	fmt.Printf("SUMMARY %d/%d passed", passed, passed+len(failed))
	if len(failed) > 0 {
		fmt.Printf(" FAILED: %s\n", strings.Join(failed, ","))
		os.Exit(1)
	}
	fmt.Println()
}
