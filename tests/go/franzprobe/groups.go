package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
)

const groupPartitions = 6

type member struct {
	name       string
	cl         *kgo.Client
	mu         sync.Mutex
	assigned   map[int32]bool
	consumed   int
	commitErrs []string
	done       chan struct{}
}

func (m *member) parts() []int32 {
	m.mu.Lock()
	defer m.mu.Unlock()
	var ps []int32
	for p := range m.assigned {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
	return ps
}

// groupCheck runs three members of one group in this process, classic (client-side balancer)
// or KIP-848 (server-side assignor), and checks what kadm sees of the group.
func groupCheck(proto, balancer string) {
	name := fmt.Sprintf("group.%s.%s", proto, balancer)
	old := *timeout
	if *timeout < 120*time.Second {
		*timeout = 120 * time.Second
	}
	defer func() { *timeout = old }()
	run(name, func(ctx context.Context) (string, error) {
		return runGroup(ctx, proto, balancer)
	})
}

func runGroup(ctx context.Context, proto, balancer string) (string, error) {
	topic := fmt.Sprintf("%s-%s-%s", *prefix, proto, balancer)
	group := topic + "-g"
	adm, acl, err := newAdmin("group-admin")
	if err != nil {
		return "", err
	}
	defer acl.Close()
	if r, err := adm.CreateTopic(ctx, groupPartitions, 1, nil, topic); err != nil || r.Err != nil {
		return "", fmt.Errorf("create topic: %v %v", err, r.Err)
	}
	defer adm.DeleteTopics(context.Background(), topic)

	var bal kgo.GroupBalancer
	switch balancer {
	case "range":
		bal = kgo.RangeBalancer()
	case "roundrobin":
		bal = kgo.RoundRobinBalancer()
	case "cooperative-sticky", "uniform":
		bal = kgo.CooperativeStickyBalancer()
	}
	// Produce the first records: 100 per partition.
	var seenMu sync.Mutex
	seen := map[[2]int64]int{}     // (partition, offset) -> times consumed
	owner := map[[2]int64]string{} // who consumed it
	pcl, err := newClient("group-produce", kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		return "", err
	}
	defer pcl.Close()
	produce := func(n, from int) error {
		var recs []*kgo.Record
		for i := 0; i < n; i++ {
			recs = append(recs, &kgo.Record{Topic: topic, Partition: int32(i % groupPartitions), Value: []byte(fmt.Sprint(from + i))})
		}
		return pcl.ProduceSync(ctx, recs...).FirstErr()
	}
	if err := produce(600, 0); err != nil {
		return "", fmt.Errorf("produce: %w", err)
	}
	total := 600

	var members []*member
	var mctx, mcancel = context.WithCancel(ctx)
	defer mcancel()
	for i := 0; i < 3; i++ {
		m := &member{name: fmt.Sprintf("m%d", i), assigned: map[int32]bool{}, done: make(chan struct{})}
		opts := []kgo.Opt{
			kgo.ConsumerGroup(group),
			kgo.ConsumeTopics(topic),
			kgo.Balancers(bal),
			kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
			kgo.DisableAutoCommit(),
			kgo.SessionTimeout(10 * time.Second),
			kgo.HeartbeatInterval(500 * time.Millisecond),
			kgo.RebalanceTimeout(20 * time.Second),
			kgo.FetchMaxWait(500 * time.Millisecond),
			kgo.OnPartitionsAssigned(func(_ context.Context, _ *kgo.Client, a map[string][]int32) {
				m.mu.Lock()
				defer m.mu.Unlock()
				for _, p := range a[topic] {
					m.assigned[p] = true
				}
			}),
			kgo.OnPartitionsRevoked(func(ctx context.Context, cl *kgo.Client, r map[string][]int32) {
				// Commit what was processed before giving partitions away.
				if err := cl.CommitUncommittedOffsets(ctx); err != nil {
					m.mu.Lock()
					m.commitErrs = append(m.commitErrs, "on revoke: "+err.Error())
					m.mu.Unlock()
				}
				m.mu.Lock()
				defer m.mu.Unlock()
				for _, p := range r[topic] {
					delete(m.assigned, p)
				}
			}),
			kgo.OnPartitionsLost(func(_ context.Context, _ *kgo.Client, l map[string][]int32) {
				m.mu.Lock()
				defer m.mu.Unlock()
				for _, p := range l[topic] {
					delete(m.assigned, p)
				}
			}),
		}
		if proto == "kip848" {
			opts = append(opts, kgo.ServerSideBalancer())
		}
		cl, err := newClient("group-"+balancer+"-"+m.name, opts...)
		if err != nil {
			return "", err
		}
		m.cl = cl
		members = append(members, m)
		go func() {
			defer close(m.done)
			for mctx.Err() == nil {
				fs := cl.PollFetches(mctx)
				if mctx.Err() != nil || fs.IsClientClosed() {
					return
				}
				fs.EachRecord(func(r *kgo.Record) {
					k := [2]int64{int64(r.Partition), r.Offset}
					seenMu.Lock()
					seen[k]++
					owner[k] = m.name
					seenMu.Unlock()
					m.mu.Lock()
					m.consumed++
					m.mu.Unlock()
				})
				if err := cl.CommitUncommittedOffsets(mctx); err != nil && mctx.Err() == nil {
					m.mu.Lock()
					m.commitErrs = append(m.commitErrs, err.Error())
					m.mu.Unlock()
				}
			}
		}()
	}
	closed := false
	closeAll := func() error {
		if closed {
			return nil
		}
		closed = true
		done := make(chan struct{})
		go func() {
			var wg sync.WaitGroup
			for _, m := range members {
				wg.Add(1)
				go func(m *member) { defer wg.Done(); m.cl.Close() }(m)
			}
			wg.Wait()
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			return errors.New("closing the members (LeaveGroup) took over 30s")
		}
		mcancel()
		for _, m := range members {
			<-m.done
		}
		return nil
	}
	defer closeAll()

	state := func() string {
		var s []string
		for _, m := range members {
			m.mu.Lock()
			n, errs := m.consumed, len(m.commitErrs)
			m.mu.Unlock()
			s = append(s, fmt.Sprintf("%s: parts %v consumed %d commit errors %d", m.name, m.parts(), n, errs))
		}
		seenMu.Lock()
		s = append(s, fmt.Sprintf("unique consumed %d of %d", len(seen), total))
		seenMu.Unlock()
		return strings.Join(s, "; ")
	}
	// Every record consumed, and a stable assignment: each member some partitions, disjoint,
	// all covered, unchanged for 2s.
	stable := func() bool {
		union := map[int32]int{}
		for _, m := range members {
			ps := m.parts()
			if len(ps) == 0 {
				return false
			}
			for _, p := range ps {
				union[p]++
			}
		}
		if len(union) != groupPartitions {
			return false
		}
		for _, n := range union {
			if n != 1 {
				return false
			}
		}
		return true
	}
	waitFor := func(what string, cond func() bool, hold time.Duration) error {
		var since time.Time
		for {
			if cond() {
				if since.IsZero() {
					since = time.Now()
				}
				if time.Since(since) >= hold {
					return nil
				}
			} else {
				since = time.Time{}
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("waiting for %s: %v; %s", what, ctx.Err(), state())
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	allSeen := func() bool {
		seenMu.Lock()
		defer seenMu.Unlock()
		return len(seen) >= total
	}
	t0 := time.Now()
	if err := waitFor("all records consumed and a stable 3-member assignment", func() bool { return allSeen() && stable() }, 2*time.Second); err != nil {
		return "", err
	}
	settled := time.Since(t0)
	assignment := map[string][]int32{}
	for _, m := range members {
		assignment[m.name] = m.parts()
	}
	// More records once stable: each consumed once, by the member that owns its partition.
	seenMu.Lock()
	for k := range seen {
		seen[k] = 1 // duplicates while joining are allowed (rebalances)
	}
	seenMu.Unlock()
	if err := produce(300, total); err != nil {
		return "", fmt.Errorf("produce after stable: %w", err)
	}
	total += 300
	if err := waitFor("the 300 records produced after the group was stable", allSeen, 0); err != nil {
		return "", err
	}
	seenMu.Lock()
	var dups, misplaced int
	for k, n := range seen {
		if n > 1 {
			dups++
		}
		want := ""
		for mname, ps := range assignment {
			for _, p := range ps {
				if int64(p) == k[0] {
					want = mname
				}
			}
		}
		if k[1] >= 100 && owner[k] != want {
			misplaced++
		}
	}
	seenMu.Unlock()
	if dups > 0 || misplaced > 0 {
		return "", fmt.Errorf("after a stable assignment %v: %d records consumed twice, %d by a member not assigned the partition", assignment, dups, misplaced)
	}
	for _, m := range members {
		if err := m.cl.CommitUncommittedOffsets(ctx); err != nil {
			return "", fmt.Errorf("%s commit: %w", m.name, err)
		}
	}

	var problems []string
	// kadm's view of the running group.
	if proto == "classic" {
		dgs, err := adm.DescribeGroups(ctx, group)
		if err != nil {
			return "", fmt.Errorf("DescribeGroups: %w", err)
		}
		dg := dgs[group]
		if dg.Err != nil {
			return "", fmt.Errorf("DescribeGroups: %v %s", dg.Err, dg.ErrMessage)
		}
		if dg.State != "Stable" || dg.ProtocolType != "consumer" || dg.Protocol != balancer || len(dg.Members) != 3 {
			problems = append(problems, fmt.Sprintf("DescribeGroups: state %q protocol type %q protocol %q, %d members", dg.State, dg.ProtocolType, dg.Protocol, len(dg.Members)))
		}
		if got := dgs.AssignedPartitions()[topic]; len(got) != groupPartitions {
			problems = append(problems, fmt.Sprintf("DescribeGroups: assigned partitions %v", got))
		}
		for _, dm := range dg.Members {
			if _, ok := dm.Join.AsConsumer(); !ok {
				problems = append(problems, fmt.Sprintf("member %s: join metadata not a consumer protocol", dm.MemberID))
			}
		}
	} else {
		dcs, err := adm.DescribeConsumerGroups(ctx, group)
		if err != nil {
			return "", fmt.Errorf("DescribeConsumerGroups: %w", err)
		}
		dc := dcs[group]
		if dc.Err != nil {
			return "", fmt.Errorf("DescribeConsumerGroups: %v", dc.Err)
		}
		if dc.State != "Stable" || dc.AssignorName != balancer || len(dc.Members) != 3 {
			problems = append(problems, fmt.Sprintf("DescribeConsumerGroups: state %q assignor %q, %d members", dc.State, dc.AssignorName, len(dc.Members)))
		}
		if got := dc.AssignedPartitions()[topic]; len(got) != groupPartitions {
			problems = append(problems, fmt.Sprintf("DescribeConsumerGroups: assigned partitions %v", got))
		}
		// The classic DescribeGroups (v6) of a consumer-protocol group: Kafka 4.x answers
		// GROUP_ID_NOT_FOUND ("Group X is not a classic group", GroupMetadataManager.
		// describeGroups), and so does FluxMQ. kadm.Lag is built on DescribeGroups, so it
		// cannot measure a KIP-848 group's lag on either broker; the committed offsets are
		// compared with the end offsets below instead.
		dgs, err := adm.DescribeGroups(ctx, group)
		if err != nil {
			problems = append(problems, fmt.Sprintf("DescribeGroups of a KIP-848 group: %v", err))
		} else if dg := dgs[group]; !errors.Is(dg.Err, kerr.GroupIDNotFound) {
			problems = append(problems, fmt.Sprintf("DescribeGroups of a KIP-848 group: want GROUP_ID_NOT_FOUND as Kafka 4.x, got err %v state %q", dg.Err, dg.State))
		}
	}
	// ListGroups (v5: group types, KIP-848): classic or consumer, Stable, protocol type.
	wantType := map[string]string{"classic": "classic", "kip848": "consumer"}[proto]
	lgs, err := adm.ListGroups(ctx)
	if err != nil {
		problems = append(problems, fmt.Sprintf("ListGroups: %v", err))
	} else if lg, ok := lgs[group]; !ok || lg.State != "Stable" || lg.GroupType != wantType || lg.ProtocolType != "consumer" {
		problems = append(problems, fmt.Sprintf("ListGroups: listed %v, state %q type %q protocol type %q (want Stable %s consumer)", ok, lg.State, lg.GroupType, lg.ProtocolType, wantType))
	}
	ends, err := adm.ListEndOffsets(ctx, topic)
	if err != nil {
		return "", err
	}
	offs, err := adm.FetchOffsets(ctx, group)
	if err != nil {
		return "", fmt.Errorf("FetchOffsets: %w", err)
	}
	if err := offs.Error(); err != nil {
		problems = append(problems, fmt.Sprintf("FetchOffsets: %v", err))
	}
	for p := int32(0); p < groupPartitions; p++ {
		o, ok := offs.Lookup(topic, p)
		e, _ := ends.Lookup(topic, p)
		if !ok || o.At != e.Offset || o.Err != nil {
			problems = append(problems, fmt.Sprintf("committed p%d: %d (err %v), end %d", p, o.At, o.Err, e.Offset))
		}
	}
	if proto == "classic" {
		lags, err := adm.Lag(ctx, group)
		if err != nil {
			return "", fmt.Errorf("Lag: %w", err)
		}
		lag := lags[group]
		if err := lag.Error(); err != nil {
			problems = append(problems, fmt.Sprintf("Lag: %v", err))
		} else if lag.Lag.Total() != 0 {
			problems = append(problems, fmt.Sprintf("Lag: total %d", lag.Lag.Total()))
		}
	}
	if len(problems) > 0 {
		return "", errors.New(strings.Join(problems, "; "))
	}

	// Members leave: the group is Empty, keeps its offsets, and can be deleted.
	if err := closeAll(); err != nil {
		return "", err
	}
	var emptyState string
	if err := waitFor("the group to be Empty after the members left", func() bool {
		if proto == "classic" {
			dgs, err := adm.DescribeGroups(ctx, group)
			emptyState = fmt.Sprintf("%v %v", dgs[group].State, err)
			return err == nil && dgs[group].State == "Empty" && len(dgs[group].Members) == 0
		}
		dcs, err := adm.DescribeConsumerGroups(ctx, group)
		emptyState = fmt.Sprintf("%v %v", dcs[group].State, err)
		return err == nil && dcs[group].State == "Empty" && len(dcs[group].Members) == 0
	}, 0); err != nil {
		return "", fmt.Errorf("%w (last: %s)", err, emptyState)
	}
	offs, err = adm.FetchOffsets(ctx, group)
	if err != nil || len(offs[topic]) != groupPartitions {
		return "", fmt.Errorf("FetchOffsets of the empty group: %d partitions, %v", len(offs[topic]), err)
	}
	dr, err := adm.DeleteGroup(ctx, group)
	if err == nil {
		err = dr.Err
	}
	if err != nil {
		return "", fmt.Errorf("DeleteGroup: %w", err)
	}
	dgs, err := adm.DescribeGroups(ctx, group)
	if err == nil {
		if dg := dgs[group]; !(dg.State == "Dead" || errors.Is(dg.Err, kerr.GroupIDNotFound)) {
			return "", fmt.Errorf("DescribeGroups after delete: state %q err %v", dg.State, dg.Err)
		}
	}
	offs, err = adm.FetchOffsets(ctx, group)
	if err == nil && len(offs[topic]) != 0 {
		for _, o := range offs[topic] {
			if o.At >= 0 {
				return "", fmt.Errorf("FetchOffsets after delete: %v", offs[topic])
			}
		}
	}
	var commitErrs []string
	for _, m := range members {
		commitErrs = append(commitErrs, m.commitErrs...)
	}
	return fmt.Sprintf("settled in %.1fs, assignment %v, commit errors while rebalancing: %d %v",
		settled.Seconds(), assignment, len(commitErrs), firstN(commitErrs, 2)), nil
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
