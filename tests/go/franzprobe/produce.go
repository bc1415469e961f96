package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

var codecs = []struct {
	name  string
	codec kgo.CompressionCodec
	attr  uint8 // the batch attributes' codec bits
}{
	{"none", kgo.NoCompression(), 0},
	{"gzip", kgo.GzipCompression(), 1},
	{"snappy", kgo.SnappyCompression(), 2},
	{"lz4", kgo.Lz4Compression(), 3},
	{"zstd", kgo.ZstdCompression(), 4},
}

// expected is the record numbered i of a codec's run: keys, values and headers cover null and
// empty keys, values (tombstones) and header values.
func expected(codec string, i int, base time.Time) *kgo.Record {
	r := &kgo.Record{Timestamp: base.Add(time.Duration(i) * time.Millisecond)}
	switch {
	case i%10 == 0:
		r.Key = nil
	case i%10 == 5:
		r.Key = []byte{}
	default:
		r.Key = []byte("key-" + strconv.Itoa(i%97))
	}
	switch {
	case i%17 == 0:
		r.Value = nil
	case i%13 == 0:
		r.Value = []byte{}
	default:
		r.Value = []byte(fmt.Sprintf("value %s %d %s", codec, i, strings.Repeat("x", i%200)))
	}
	r.Headers = []kgo.RecordHeader{{Key: "i", Value: []byte(strconv.Itoa(i))}, {Key: "codec", Value: []byte(codec)}}
	if i%7 == 0 {
		r.Headers = append(r.Headers, kgo.RecordHeader{Key: "empty", Value: []byte{}})
	}
	if i%11 == 0 {
		r.Headers = append(r.Headers, kgo.RecordHeader{Key: "null", Value: nil})
	}
	if i%3 == 0 {
		r.Headers = append(r.Headers, kgo.RecordHeader{Key: "i", Value: []byte("dup")}) // repeated key
	}
	return r
}

type produced struct {
	topic  string
	codec  string
	attr   uint8
	base   time.Time
	n      int
	at     map[[2]int64]int // (partition, offset) -> record number
	counts map[int32]int64
	pid    int64
}

func produceConsumeChecks(consume bool) {
	adm, acl, err := newAdmin("produce-admin")
	if err != nil {
		report("produce.client", err, "")
		return
	}
	defer acl.Close()
	var runs []*produced
	for _, c := range codecs {
		c := c
		p := &produced{topic: *prefix + "-codec-" + c.name, codec: c.name, attr: c.attr, n: *records,
			base: time.Now().Add(-10 * time.Minute).Truncate(time.Millisecond)}
		ok := false
		run("produce."+c.name, func(ctx context.Context) (string, error) {
			if r, err := adm.CreateTopic(ctx, 3, 1, nil, p.topic); err != nil || r.Err != nil {
				return "", fmt.Errorf("create topic: %v %v", err, r.Err)
			}
			cl, err := newClient("produce-"+c.name, kgo.ProducerBatchCompression(c.codec), kgo.ProducerLinger(5*time.Millisecond),
				kgo.ProducerBatchMaxBytes(32<<10)) // many batches per partition
			if err != nil {
				return "", err
			}
			defer cl.Close()
			recs := make([]*kgo.Record, p.n)
			for i := range recs {
				recs[i] = expected(c.name, i, p.base)
				recs[i].Topic = p.topic
			}
			start := time.Now()
			results := cl.ProduceSync(ctx, recs...)
			took := time.Since(start)
			if err := results.FirstErr(); err != nil {
				return "", fmt.Errorf("ProduceSync: %w", err)
			}
			p.at = map[[2]int64]int{}
			p.counts = map[int32]int64{}
			byPart := map[int32][]int64{}
			p.pid = -1
			if len(results) != len(recs) {
				return "", fmt.Errorf("%d results for %d records", len(results), len(recs))
			}
			// Results come in completion order; per partition, offsets must follow the order
			// the records were given in.
			index := make(map[*kgo.Record]int, len(recs))
			for i, r := range recs {
				index[r] = i
			}
			sort.Slice(results, func(a, b int) bool { return index[results[a].Record] < index[results[b].Record] })
			for i, r := range results {
				rec := r.Record
				if rec != recs[i] {
					return "", fmt.Errorf("result for record %d missing", i)
				}
				if p.pid == -1 {
					p.pid = rec.ProducerID
				}
				if rec.ProducerID < 0 || rec.ProducerID != p.pid {
					return "", fmt.Errorf("record %d: producer id %d (first %d): not idempotent", i, rec.ProducerID, p.pid)
				}
				key := [2]int64{int64(rec.Partition), rec.Offset}
				if j, dup := p.at[key]; dup {
					return "", fmt.Errorf("records %d and %d both at %d/%d", j, i, rec.Partition, rec.Offset)
				}
				p.at[key] = i
				byPart[rec.Partition] = append(byPart[rec.Partition], rec.Offset)
			}
			for part, offs := range byPart {
				// Per partition, records keep their order and offsets are 0..n-1.
				for k, o := range offs {
					if o != int64(k) {
						return "", fmt.Errorf("partition %d: record #%d in produce order got offset %d", part, k, o)
					}
				}
				p.counts[part] = int64(len(offs))
			}
			if len(byPart) != 3 {
				return "", fmt.Errorf("records landed in %d partitions, want 3", len(byPart))
			}
			lo, err := adm.ListEndOffsets(ctx, p.topic)
			if err != nil {
				return "", err
			}
			for part := int32(0); part < 3; part++ {
				if o, _ := lo.Lookup(p.topic, part); o.Offset != p.counts[part] || o.Err != nil {
					return "", fmt.Errorf("partition %d: end offset %d (err %v), produced %d", part, o.Offset, o.Err, p.counts[part])
				}
			}
			ok = true
			return fmt.Sprintf("%d records in %.2fs, producer id %d, per partition %v", p.n, took.Seconds(), p.pid, p.counts), nil
		})
		if ok {
			runs = append(runs, p)
		}
	}
	if !consume {
		return
	}
	for _, p := range runs {
		p := p
		run("consume."+p.codec, func(ctx context.Context) (string, error) {
			return consumeAndVerify(ctx, p, "consume-"+p.codec)
		})
		run("consume_minbytes."+p.codec, func(ctx context.Context) (string, error) {
			// Fetch min bytes above what one partition holds, a short max wait, tiny partition
			// and response limits: the broker must still hand out whole batches (the first one
			// even if larger than the limits) and answer after max wait.
			return consumeAndVerify(ctx, p, "consume-minbytes-"+p.codec,
				kgo.FetchMinBytes(8<<20), kgo.FetchMaxWait(100*time.Millisecond),
				kgo.FetchMaxPartitionBytes(1024), kgo.FetchMaxBytes(16<<10))
		})
	}
	// Leave the codec topics for the log's sake? No: delete them, the broker is shared.
	var topics []string
	for _, p := range runs {
		topics = append(topics, p.topic)
	}
	if len(topics) > 0 {
		ctx, cancel := context.WithTimeout(rootCtx, 30*time.Second)
		defer cancel()
		adm.DeleteTopics(ctx, topics...)
	}
}

func consumeAndVerify(ctx context.Context, p *produced, name string, opts ...kgo.Opt) (string, error) {
	parts := map[int32]kgo.Offset{}
	for part := int32(0); part < 3; part++ {
		parts[part] = kgo.NewOffset().AtStart()
	}
	opts = append(opts, kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{p.topic: parts}))
	cl, err := newClient(name, opts...)
	if err != nil {
		return "", err
	}
	defer cl.Close()
	seen := map[[2]int64]bool{}
	next := map[int32]int64{}
	polls := 0
	var mismatches []string
	start := time.Now()
	for len(seen) < p.n && ctx.Err() == nil {
		fs := cl.PollFetches(ctx)
		polls++
		if ctx.Err() != nil {
			break
		}
		if err := fetchErr(fs); err != nil {
			return "", fmt.Errorf("poll %d: %w", polls, err)
		}
		for _, r := range fs.Records() {
			key := [2]int64{int64(r.Partition), r.Offset}
			if r.Offset != next[r.Partition] {
				return "", fmt.Errorf("partition %d: got offset %d, want %d", r.Partition, r.Offset, next[r.Partition])
			}
			next[r.Partition]++
			i, ok := p.at[key]
			if !ok {
				return "", fmt.Errorf("record at %d/%d was not produced", r.Partition, r.Offset)
			}
			seen[key] = true
			if d := diffRecord(expected(p.codec, i, p.base), r, p); d != "" && len(mismatches) < 5 {
				mismatches = append(mismatches, fmt.Sprintf("record %d at %d/%d: %s", i, r.Partition, r.Offset, d))
			}
		}
	}
	if len(seen) < p.n {
		return "", fmt.Errorf("consumed %d of %d records in %d polls (%v)", len(seen), p.n, polls, next)
	}
	if len(mismatches) > 0 {
		return "", errors.New(strings.Join(mismatches, "; "))
	}
	return fmt.Sprintf("%d records verified in %d polls, %.2fs", len(seen), polls, time.Since(start).Seconds()), nil
}

func diffRecord(want, got *kgo.Record, p *produced) string {
	var d []string
	if !sameBytes(want.Key, got.Key) {
		d = append(d, fmt.Sprintf("key %s != %s", show(got.Key), show(want.Key)))
	}
	if !sameBytes(want.Value, got.Value) {
		d = append(d, fmt.Sprintf("value %s != %s", show(got.Value), show(want.Value)))
	}
	if len(want.Headers) != len(got.Headers) {
		d = append(d, fmt.Sprintf("%d headers, want %d", len(got.Headers), len(want.Headers)))
	} else {
		for k := range want.Headers {
			if want.Headers[k].Key != got.Headers[k].Key || !sameBytes(want.Headers[k].Value, got.Headers[k].Value) {
				d = append(d, fmt.Sprintf("header %d %q=%s, want %q=%s", k, got.Headers[k].Key, show(got.Headers[k].Value), want.Headers[k].Key, show(want.Headers[k].Value)))
			}
		}
	}
	if !want.Timestamp.Equal(got.Timestamp) {
		d = append(d, fmt.Sprintf("timestamp %d, want %d", got.Timestamp.UnixMilli(), want.Timestamp.UnixMilli()))
	}
	if got.Attrs.TimestampType() != 0 {
		d = append(d, fmt.Sprintf("timestamp type %d, want 0 (create time)", got.Attrs.TimestampType()))
	}
	if uint8(got.Attrs.CompressionType()) != p.attr {
		d = append(d, fmt.Sprintf("batch codec %d, want %d", got.Attrs.CompressionType(), p.attr))
	}
	if got.ProducerID != p.pid {
		d = append(d, fmt.Sprintf("producer id %d, want %d", got.ProducerID, p.pid))
	}
	return strings.Join(d, ", ")
}

func sameBytes(a, b []byte) bool {
	return (a == nil) == (b == nil) && bytes.Equal(a, b)
}

func show(b []byte) string {
	if b == nil {
		return "null"
	}
	if len(b) > 24 {
		return strconv.Quote(string(b[:24])) + "..."
	}
	return strconv.Quote(string(b))
}
