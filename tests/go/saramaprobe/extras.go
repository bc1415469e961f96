package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/IBM/sarama"
)

// extras: edge cases beyond the basic admin/produce/consume/group checks.
func extras(admin sarama.ClusterAdmin, client sarama.Client) {
	check("produce.acks0", 30*time.Second, func() (string, error) {
		topic := "sar-acks0-" + run
		if err := createTopic(admin, topic, 1); err != nil {
			return "", err
		}
		cfg := config()
		cfg.Producer.RequiredAcks = sarama.NoResponse
		p, err := sarama.NewSyncProducer([]string{*brokerAddr}, cfg)
		if err != nil {
			return "", err
		}
		for i := 0; i < 20; i++ {
			if _, _, err := p.SendMessage(toMsg(topic, rec{fmt.Sprintf("a0-%d", i), "x", nil})); err != nil {
				p.Close()
				return "", err
			}
		}
		p.Close()
		got, err := consumeAll(client, topic, 20, 20*time.Second)
		if err != nil {
			return "", err
		}
		return "", verify(got, func() []rec {
			var r []rec
			for i := 0; i < 20; i++ {
				r = append(r, rec{fmt.Sprintf("a0-%d", i), "x", nil})
			}
			return r
		}())
	})
	check("produce.nulls", 30*time.Second, func() (string, error) {
		topic := "sar-nulls-" + run
		if err := createTopic(admin, topic, 1); err != nil {
			return "", err
		}
		p, err := sarama.NewSyncProducerFromClient(client)
		if err != nil {
			return "", err
		}
		defer p.Close()
		msgs := []*sarama.ProducerMessage{
			{Topic: topic, Value: sarama.StringEncoder("nokey")},
			{Topic: topic, Key: sarama.StringEncoder("tomb")},
			{Topic: topic, Key: sarama.StringEncoder("e"), Value: sarama.StringEncoder(""), Headers: []sarama.RecordHeader{{Key: []byte("nil")}, {Key: []byte("empty"), Value: []byte{}}}},
		}
		if err := p.SendMessages(msgs); err != nil {
			return "", err
		}
		got, err := consumeAll(client, topic, 3, 20*time.Second)
		if err != nil {
			return "", err
		}
		if got[0].Key != nil || string(got[0].Value) != "nokey" {
			return "", fmt.Errorf("rec0 key=%v value=%q", got[0].Key, got[0].Value)
		}
		if got[1].Value != nil {
			return "", fmt.Errorf("tombstone value %v", got[1].Value)
		}
		if len(got[2].Headers) != 2 || got[2].Headers[0].Value != nil || got[2].Headers[1].Value == nil {
			return "", fmt.Errorf("headers %+v", got[2].Headers)
		}
		return "", nil
	})
	check("produce.too_large", 30*time.Second, func() (string, error) {
		topic := "sar-big-" + run
		if err := admin.CreateTopic(topic, &sarama.TopicDetail{NumPartitions: 1, ReplicationFactor: 1,
			ConfigEntries: map[string]*string{"max.message.bytes": ptr("10000")}}, false); err != nil {
			return "", err
		}
		cfg := config()
		cfg.Producer.Retry.Max = 1
		p, err := sarama.NewSyncProducer([]string{*brokerAddr}, cfg)
		if err != nil {
			return "", err
		}
		defer p.Close()
		_, _, err = p.SendMessage(&sarama.ProducerMessage{Topic: topic, Value: sarama.StringEncoder(strings.Repeat("z", 20000))})
		if !errors.Is(err, sarama.ErrMessageSizeTooLarge) {
			return "", fmt.Errorf("want MESSAGE_TOO_LARGE, got %v", err)
		}
		return err.Error(), nil
	})
	check("consume.small_fetch", 40*time.Second, func() (string, error) {
		topic := "sar-smallfetch-" + run
		if err := createTopic(admin, topic, 1); err != nil {
			return "", err
		}
		cfg := config()
		cfg.Producer.Compression = sarama.CompressionLZ4
		p, err := sarama.NewSyncProducer([]string{*brokerAddr}, cfg)
		if err != nil {
			return "", err
		}
		var sent []rec
		for i := 0; i < 6; i++ {
			r := rec{fmt.Sprintf("big-%d", i), strings.Repeat(fmt.Sprint(i), 30000), map[string]string{"i": fmt.Sprint(i)}}
			sent = append(sent, r)
			if _, _, err := p.SendMessage(toMsg(topic, r)); err != nil {
				p.Close()
				return "", err
			}
		}
		p.Close()
		ccfg := config()
		ccfg.Consumer.Fetch.Min = 1
		ccfg.Consumer.Fetch.Default = 100
		ccfg.Consumer.Fetch.Max = 0
		c, err := sarama.NewClient([]string{*brokerAddr}, ccfg)
		if err != nil {
			return "", err
		}
		defer c.Close()
		got, err := consumeAll(c, topic, 6, 30*time.Second)
		if err != nil {
			return "", err
		}
		return "", verify(got, sent)
	})
	check("consume.read_committed", 30*time.Second, func() (string, error) {
		topic := "sar-rc-" + run
		if err := createTopic(admin, topic, 1); err != nil {
			return "", err
		}
		p, err := sarama.NewSyncProducerFromClient(client)
		if err != nil {
			return "", err
		}
		sent := makeRecs(10, "rc")
		for _, r := range sent {
			if _, _, err := p.SendMessage(toMsg(topic, r)); err != nil {
				return "", err
			}
		}
		p.Close()
		cfg := config()
		cfg.Consumer.IsolationLevel = sarama.ReadCommitted
		c, err := sarama.NewClient([]string{*brokerAddr}, cfg)
		if err != nil {
			return "", err
		}
		defer c.Close()
		got, err := consumeAll(c, topic, 10, 20*time.Second)
		if err != nil {
			return "", err
		}
		return "", verify(got, sent)
	})
	check("consume.async_inflight", 60*time.Second, func() (string, error) {
		topic := "sar-async-" + run
		if err := createTopic(admin, topic, 3); err != nil {
			return "", err
		}
		cfg := config()
		cfg.Net.MaxOpenRequests = 5
		cfg.Producer.Compression = sarama.CompressionZSTD
		cfg.Producer.Flush.Messages = 50
		cfg.Producer.Flush.Frequency = time.Millisecond
		p, err := sarama.NewAsyncProducer([]string{*brokerAddr}, cfg)
		if err != nil {
			return "", err
		}
		sent := makeRecs(20000, "async")
		go func() {
			for _, r := range sent {
				p.Input() <- toMsg(topic, r)
			}
		}()
		for i := 0; i < len(sent); i++ {
			select {
			case <-p.Successes():
			case e := <-p.Errors():
				p.Close()
				return "", e.Err
			case <-time.After(20 * time.Second):
				p.Close()
				return "", fmt.Errorf("only %d acks", i)
			}
		}
		p.Close()
		got, err := consumeAll(client, topic, len(sent), 30*time.Second)
		if err != nil {
			return "", err
		}
		return "", verify(got, sent)
	})
	check("group.static_membership", 90*time.Second, func() (string, error) {
		topic := "sar-static-" + run
		group := "sar-static-g-" + run
		if err := createTopic(admin, topic, 4); err != nil {
			return "", err
		}
		mu := &sync.Mutex{}
		seen := map[string]int{}
		claims := map[int][]int32{}
		setups := 0
		start := func(i int) (sarama.ConsumerGroup, context.CancelFunc, *sync.WaitGroup, error) {
			cfg := config()
			cfg.Consumer.Group.InstanceId = fmt.Sprintf("static-%d", i)
			cfg.Consumer.Group.Session.Timeout = 10 * time.Second
			cfg.Consumer.Group.Heartbeat.Interval = 500 * time.Millisecond
			g, err := sarama.NewConsumerGroup([]string{*brokerAddr}, group, cfg)
			if err != nil {
				return nil, nil, nil, err
			}
			go func() {
				for range g.Errors() {
				}
			}()
			ctx, cancel := context.WithCancel(context.Background())
			wg := &sync.WaitGroup{}
			wg.Add(1)
			h := &handler{id: i, mu: mu, seen: seen, claims: claims, setups: &setups}
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					if err := g.Consume(ctx, []string{topic}, h); err != nil {
						time.Sleep(200 * time.Millisecond)
					}
				}
			}()
			return g, cancel, wg, nil
		}
		g0, c0, _, err := start(0)
		if err != nil {
			return "", err
		}
		defer func() { c0(); g0.Close() }()
		g1, c1, w1, err := start(1)
		if err != nil {
			return "", err
		}
		wait := func(d time.Duration, cond func() bool) bool {
			end := time.Now().Add(d)
			for time.Now().Before(end) {
				mu.Lock()
				ok := cond()
				mu.Unlock()
				if ok {
					return true
				}
				time.Sleep(100 * time.Millisecond)
			}
			return false
		}
		if !wait(30*time.Second, func() bool { return len(claims[0]) == 2 && len(claims[1]) == 2 }) {
			c1()
			g1.Close()
			return "", fmt.Errorf("initial claims %v", claims)
		}
		mu.Lock()
		before := fmt.Sprint(claims)
		setupsBefore := setups
		mu.Unlock()
		// a static member that closes does not send LeaveGroup; it comes back within the session timeout
		c1()
		g1.Close()
		w1.Wait()
		g1, c1, _, err = start(1)
		if err != nil {
			return "", err
		}
		defer func() { c1(); g1.Close() }()
		if !wait(20*time.Second, func() bool { return setups > setupsBefore }) {
			return "", fmt.Errorf("restarted static member got no assignment; claims %v", claims)
		}
		time.Sleep(2 * time.Second)
		mu.Lock()
		defer mu.Unlock()
		after := fmt.Sprint(claims)
		if before != after {
			return "", fmt.Errorf("assignment changed: %s -> %s", before, after)
		}
		// member 0 must not have rebalanced: setups grew by exactly one (member 1's)
		if setups != setupsBefore+1 {
			return "", fmt.Errorf("setups %d -> %d (a rebalance hit the other member)", setupsBefore, setups)
		}
		return before, nil
	})
	check("group.offset_out_of_range", 40*time.Second, func() (string, error) {
		topic := "sar-oor-" + run
		group := "sar-oor-g-" + run
		if err := createTopic(admin, topic, 1); err != nil {
			return "", err
		}
		p, _ := sarama.NewSyncProducerFromClient(client)
		for i := 0; i < 5; i++ {
			p.SendMessage(toMsg(topic, rec{fmt.Sprint(i), "x", nil}))
		}
		p.Close()
		om, err := sarama.NewOffsetManagerFromClient(group, client)
		if err != nil {
			return "", err
		}
		pom, _ := om.ManagePartition(topic, 0)
		pom.MarkOffset(1000, "")
		om.Commit()
		pom.Close()
		om.Close()
		cfg := config()
		g, err := sarama.NewConsumerGroup([]string{*brokerAddr}, group, cfg)
		if err != nil {
			return "", err
		}
		defer g.Close()
		first := make(chan int64, 10)
		ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
		defer cancel()
		go g.Consume(ctx, []string{topic}, fnHandler(func(m *sarama.ConsumerMessage) { first <- m.Offset }))
		select {
		case o := <-first:
			if o != 0 {
				return "", fmt.Errorf("first offset %d", o)
			}
			return "", nil
		case <-ctx.Done():
			return "", errors.New("nothing consumed after out-of-range commit")
		}
	})
	check("admin.unsupported_calls", 40*time.Second, func() (string, error) {
		var out []string
		try := func(name string, f func() error) {
			done := make(chan error, 1)
			go func() { done <- f() }()
			select {
			case err := <-done:
				out = append(out, fmt.Sprintf("%s=%v", name, err))
			case <-time.After(8 * time.Second):
				out = append(out, name+"=HANG")
			}
		}
		try("DescribeLogDirs", func() error { _, err := admin.DescribeLogDirs([]int32{0}); return err })
		try("ListAcls", func() error {
			_, err := admin.ListAcls(sarama.AclFilter{ResourceType: sarama.AclResourceAny, PermissionType: sarama.AclPermissionAny, Operation: sarama.AclOperationAny, ResourcePatternTypeFilter: sarama.AclPatternAny})
			return err
		})
		try("DescribeClientQuotas", func() error { _, err := admin.DescribeClientQuotas(nil, false); return err })
		try("DescribeUserScram", func() error { _, err := admin.DescribeUserScramCredentials(nil); return err })
		try("ListPartitionReassignments", func() error { _, err := admin.ListPartitionReassignments("x", []int32{0}); return err })
		try("ElectLeaders", func() error {
			_, err := admin.ElectLeaders(sarama.PreferredElection, map[string][]int32{"sar-static-" + run: {0}})
			return err
		})
		for _, o := range out {
			if strings.HasSuffix(o, "=HANG") {
				return "", errors.New(strings.Join(out, "; "))
			}
		}
		return strings.Join(out, "; "), nil
	})
}

type fnHandler func(*sarama.ConsumerMessage)

func (fnHandler) Setup(sarama.ConsumerGroupSession) error   { return nil }
func (fnHandler) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (f fnHandler) ConsumeClaim(s sarama.ConsumerGroupSession, c sarama.ConsumerGroupClaim) error {
	for m := range c.Messages() {
		f(m)
		s.MarkMessage(m, "")
	}
	return nil
}

// more admin corners: error codes for bad requests, group offsets for all partitions, describe.
func extras2(admin sarama.ClusterAdmin, client sarama.Client) {
	check("admin.error_codes", 30*time.Second, func() (string, error) {
		var problems, out []string
		expect := func(name string, err error, want error) {
			out = append(out, fmt.Sprintf("%s=%v", name, err))
			if !errors.Is(err, want) {
				problems = append(problems, fmt.Sprintf("%s: got %v, want %v", name, err, want))
			}
		}
		expect("DeleteTopic(unknown)", admin.DeleteTopic("sar-nope-"+run), sarama.ErrUnknownTopicOrPartition)
		expect("CreateTopic(rf=3)", admin.CreateTopic("sar-rf3-"+run, &sarama.TopicDetail{NumPartitions: 1, ReplicationFactor: 3}, false), sarama.ErrInvalidReplicationFactor)
		expect("CreateTopic(bad name)", admin.CreateTopic("bad/name", &sarama.TopicDetail{NumPartitions: 1, ReplicationFactor: 1}, false), sarama.ErrInvalidTopic)
		expect("CreateTopic(bad config)", admin.CreateTopic("sar-badcfg-"+run, &sarama.TopicDetail{NumPartitions: 1, ReplicationFactor: 1, ConfigEntries: map[string]*string{"no.such.config": ptr("1")}}, false), sarama.ErrInvalidConfig)
		t := "sar-errs-" + run
		if err := createTopic(admin, t, 3); err != nil {
			return "", err
		}
		expect("CreatePartitions(decrease)", admin.CreatePartitions(t, 2, nil, false), sarama.ErrInvalidPartitions)
		expect("DeleteRecords(beyond hw)", admin.DeleteRecords(t, map[int32]int64{0: 100}), sarama.ErrOffsetOutOfRange)
		md, err := admin.DescribeTopics([]string{"sar-nope-" + run})
		if err != nil {
			problems = append(problems, fmt.Sprintf("DescribeTopics(unknown) err %v", err))
		} else {
			expect("DescribeTopics(unknown)", md[0].Err, sarama.ErrUnknownTopicOrPartition)
		}
		if len(problems) > 0 {
			return "", errors.New(strings.Join(problems, "; "))
		}
		return strings.Join(out, "; "), nil
	})
	check("admin.group_all_offsets_and_describe", 60*time.Second, func() (string, error) {
		topic := "sar-gdesc-" + run
		group := "sar-gdesc-g-" + run
		if err := createTopic(admin, topic, 2); err != nil {
			return "", err
		}
		p, _ := sarama.NewSyncProducerFromClient(client)
		for i := 0; i < 10; i++ {
			p.SendMessage(toMsg(topic, rec{fmt.Sprint(i), "x", nil}))
		}
		p.Close()
		cfg := config()
		cfg.Consumer.Offsets.AutoCommit.Interval = 200 * time.Millisecond
		g, err := sarama.NewConsumerGroup([]string{*brokerAddr}, group, cfg)
		if err != nil {
			return "", err
		}
		defer g.Close()
		n := make(chan int64, 100)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go g.Consume(ctx, []string{topic}, fnHandler(func(m *sarama.ConsumerMessage) { n <- m.Offset }))
		for i := 0; i < 10; i++ {
			select {
			case <-n:
			case <-time.After(20 * time.Second):
				return "", fmt.Errorf("consumed %d", i)
			}
		}
		time.Sleep(time.Second)
		d, err := admin.DescribeConsumerGroups([]string{group})
		if err != nil {
			return "", err
		}
		if d[0].State != "Stable" || len(d[0].Members) != 1 || d[0].ProtocolType != "consumer" || d[0].Protocol != "range" {
			return "", fmt.Errorf("describe %+v", d[0])
		}
		var m *sarama.GroupMemberDescription
		for _, mm := range d[0].Members {
			m = mm
		}
		asg, err := m.GetMemberAssignment()
		if err != nil || len(asg.Topics[topic]) != 2 {
			return "", fmt.Errorf("member assignment %+v %v", asg, err)
		}
		meta, err := m.GetMemberMetadata()
		if err != nil || len(meta.Topics) != 1 {
			return "", fmt.Errorf("member metadata %+v %v", meta, err)
		}
		all, err := admin.ListConsumerGroupOffsets(group, nil)
		if err != nil {
			return "", err
		}
		var sum int64
		for _, b := range all.Blocks[topic] {
			sum += b.Offset
		}
		if len(all.Blocks[topic]) != 2 || sum != 10 {
			return "", fmt.Errorf("all offsets %+v", all.Blocks)
		}
		err = admin.DeleteConsumerGroup(group)
		if !errors.Is(err, sarama.ErrNonEmptyGroup) {
			return "", fmt.Errorf("DeleteConsumerGroup(active) = %v, want NON_EMPTY_GROUP", err)
		}
		return fmt.Sprintf("client=%s host=%s", m.ClientId, m.ClientHost), nil
	})
	check("admin.remove_static_member", 60*time.Second, func() (string, error) {
		topic := "sar-rm-" + run
		group := "sar-rm-g-" + run
		if err := createTopic(admin, topic, 2); err != nil {
			return "", err
		}
		cfg := config()
		cfg.Consumer.Group.InstanceId = "rm-0"
		g, err := sarama.NewConsumerGroup([]string{*brokerAddr}, group, cfg)
		if err != nil {
			return "", err
		}
		setup := make(chan struct{}, 10)
		ctx, cancel := context.WithCancel(context.Background())
		go g.Consume(ctx, []string{topic}, setupHandler(setup))
		select {
		case <-setup:
		case <-time.After(20 * time.Second):
			cancel()
			g.Close()
			return "", errors.New("no assignment")
		}
		cancel()
		g.Close() // static member: no LeaveGroup
		r, err := admin.RemoveMemberFromConsumerGroup(group, []string{"rm-0"})
		if err != nil {
			return "", err
		}
		if r.Err != sarama.ErrNoError || len(r.Members) != 1 || r.Members[0].Err != sarama.ErrNoError {
			return "", fmt.Errorf("leave response %+v members %+v", r, r.Members)
		}
		d, err := admin.DescribeConsumerGroups([]string{group})
		if err != nil {
			return "", err
		}
		if len(d[0].Members) != 0 {
			return "", fmt.Errorf("still %d members, state %s", len(d[0].Members), d[0].State)
		}
		return d[0].State, nil
	})
}

type setupHandler chan struct{}

func (h setupHandler) Setup(sarama.ConsumerGroupSession) error { h <- struct{}{}; return nil }
func (setupHandler) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (setupHandler) ConsumeClaim(s sarama.ConsumerGroupSession, c sarama.ConsumerGroupClaim) error {
	for range c.Messages() {
	}
	return nil
}

func extras3(admin sarama.ClusterAdmin, client sarama.Client) {
	check("produce.compacted_null_key", 30*time.Second, func() (string, error) {
		topic := "sar-compact-" + run
		if err := admin.CreateTopic(topic, &sarama.TopicDetail{NumPartitions: 1, ReplicationFactor: 1,
			ConfigEntries: map[string]*string{"cleanup.policy": ptr("compact")}}, false); err != nil {
			return "", err
		}
		cfg := config()
		cfg.Producer.Retry.Max = 0
		p, err := sarama.NewSyncProducer([]string{*brokerAddr}, cfg)
		if err != nil {
			return "", err
		}
		defer p.Close()
		if _, _, err := p.SendMessage(&sarama.ProducerMessage{Topic: topic, Key: sarama.StringEncoder("k"), Value: sarama.StringEncoder("v")}); err != nil {
			return "", fmt.Errorf("keyed record: %w", err)
		}
		_, _, err = p.SendMessage(&sarama.ProducerMessage{Topic: topic, Value: sarama.StringEncoder("nokey")})
		// Kafka: CorruptRecordException -> INVALID_RECORD ("Compacted topic cannot accept message without key")
		if !errors.Is(err, sarama.ErrInvalidRecord) {
			return "", fmt.Errorf("keyless record on a compacted topic: got %v, want INVALID_RECORD", err)
		}
		return err.Error(), nil
	})
	check("admin.offsets_edge", 30*time.Second, func() (string, error) {
		topic := "sar-offedge-" + run
		if err := createTopic(admin, topic, 1); err != nil {
			return "", err
		}
		p, _ := sarama.NewSyncProducerFromClient(client)
		for i := 0; i < 5; i++ {
			p.SendMessage(toMsg(topic, rec{fmt.Sprint(i), "x", nil}))
		}
		p.Close()
		client.RefreshMetadata(topic)
		fut, err := client.GetOffset(topic, 0, time.Now().Add(time.Hour).UnixMilli())
		if err != nil || fut != -1 {
			return "", fmt.Errorf("future timestamp: %d %v (want -1)", fut, err)
		}
		if err := admin.DeleteRecords(topic, map[int32]int64{0: -1}); err != nil {
			return "", fmt.Errorf("DeleteRecords(-1 = high watermark): %w", err)
		}
		lo, err := client.GetOffset(topic, 0, sarama.OffsetOldest)
		if err != nil || lo != 5 {
			return "", fmt.Errorf("low after delete to hw: %d %v", lo, err)
		}
		return "", nil
	})
}
