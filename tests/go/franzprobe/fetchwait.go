package main

import (
	"context"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// fetchWaitChecks sends Fetch requests itself (through kgo, which picks the version) to time
// the broker's long poll: min bytes, max wait and the wake-up on new data.
func fetchWaitChecks() {
	run("fetch.long_poll", func(ctx context.Context) (string, error) {
		adm, cl, err := newAdmin("fetchwait", kgo.RecordPartitioner(kgo.ManualPartitioner()))
		if err != nil {
			return "", err
		}
		defer cl.Close()
		topic := *prefix + "-fetchwait"
		r, err := adm.CreateTopic(ctx, 1, 1, nil, topic)
		if err == nil {
			err = r.Err
		}
		if err != nil {
			return "", err
		}
		defer adm.DeleteTopics(context.Background(), topic)
		for i := 0; i < 5; i++ {
			if err := cl.ProduceSync(ctx, &kgo.Record{Topic: topic, Value: []byte(fmt.Sprint("r", i))}).FirstErr(); err != nil {
				return "", err
			}
		}
		fetch := func(offset int64, minBytes int32, maxWait time.Duration) (*kmsg.FetchResponse, time.Duration, error) {
			req := kmsg.NewPtrFetchRequest()
			req.ReplicaID = -1
			req.MaxWaitMillis = int32(maxWait.Milliseconds())
			req.MinBytes = minBytes
			req.MaxBytes = 1 << 20
			req.SessionEpoch = -1 // no fetch session
			t := kmsg.NewFetchRequestTopic()
			t.Topic = topic
			t.TopicID = r.ID
			p := kmsg.NewFetchRequestTopicPartition()
			p.Partition = 0
			p.FetchOffset = offset
			p.PartitionMaxBytes = 1 << 20
			p.CurrentLeaderEpoch = -1
			p.LastFetchedEpoch = -1
			p.LogStartOffset = -1
			t.Partitions = append(t.Partitions, p)
			req.Topics = append(req.Topics, t)
			start := time.Now()
			resp, err := req.RequestWith(ctx, cl)
			took := time.Since(start)
			if err != nil {
				return nil, took, err
			}
			if err := kerr.ErrorForCode(resp.ErrorCode); err != nil {
				return resp, took, err
			}
			if len(resp.Topics) != 1 || len(resp.Topics[0].Partitions) != 1 {
				return resp, took, fmt.Errorf("fetch response shape: %+v", resp.Topics)
			}
			if err := kerr.ErrorForCode(resp.Topics[0].Partitions[0].ErrorCode); err != nil {
				return resp, took, err
			}
			return resp, took, nil
		}
		recBytes := func(resp *kmsg.FetchResponse) int { return len(resp.Topics[0].Partitions[0].RecordBatches) }

		var notes []string
		// Data there, min bytes 1: at once.
		resp, took, err := fetch(0, 1, 2*time.Second)
		if err != nil {
			return "", fmt.Errorf("fetch with data: %w", err)
		}
		if recBytes(resp) == 0 || took > time.Second {
			return "", fmt.Errorf("fetch with data: %d bytes after %v", recBytes(resp), took)
		}
		notes = append(notes, fmt.Sprintf("v%d data at once %dms", resp.Version, took.Milliseconds()))
		// At the end, min bytes 1, max wait 500ms: empty, after about 500ms.
		resp, took, err = fetch(5, 1, 500*time.Millisecond)
		if err != nil {
			return "", fmt.Errorf("fetch at end: %w", err)
		}
		if recBytes(resp) != 0 || took < 400*time.Millisecond || took > 3*time.Second {
			return "", fmt.Errorf("fetch at end (max wait 500ms): %d bytes after %v", recBytes(resp), took)
		}
		notes = append(notes, fmt.Sprintf("empty after %dms", took.Milliseconds()))
		// Some data, min bytes above it: the data, after max wait.
		resp, took, err = fetch(0, 1<<20, 500*time.Millisecond)
		if err != nil {
			return "", fmt.Errorf("fetch min bytes 1MiB: %w", err)
		}
		if recBytes(resp) == 0 || took < 400*time.Millisecond || took > 3*time.Second {
			return "", fmt.Errorf("fetch min bytes 1MiB (max wait 500ms): %d bytes after %v", recBytes(resp), took)
		}
		notes = append(notes, fmt.Sprintf("min-bytes data after %dms", took.Milliseconds()))
		// At the end, max wait 5s, a record produced after 300ms: the wait ends early.
		go func() {
			time.Sleep(300 * time.Millisecond)
			cl.ProduceSync(ctx, &kgo.Record{Topic: topic, Value: []byte("late")})
		}()
		resp, took, err = fetch(5, 1, 5*time.Second)
		if err != nil {
			return "", fmt.Errorf("fetch woken by produce: %w", err)
		}
		if recBytes(resp) == 0 || took > 3*time.Second {
			return "", fmt.Errorf("fetch at end with a produce after 300ms (max wait 5s): %d bytes after %v", recBytes(resp), took)
		}
		notes = append(notes, fmt.Sprintf("woken by produce after %dms", took.Milliseconds()))
		return fmt.Sprint(notes), nil
	})
}
