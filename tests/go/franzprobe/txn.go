package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// txnChecks: FluxMQ has no transaction coordinator. A transactional producer must fail with
// an error that says so, in bounded time, and the broker must keep serving.
func txnChecks() {
	// What the broker answers, request by request.
	run("txn.raw_answers", func(ctx context.Context) (string, error) {
		cl, err := newClient("txn-raw")
		if err != nil {
			return "", err
		}
		defer cl.Close()
		// Straight to the broker: kgo would otherwise route these to the (absent) transaction
		// coordinator, retrying its lookup.
		seeds := cl.SeedBrokers()
		if len(seeds) == 0 {
			return "", errors.New("no seed broker")
		}
		b := seeds[0]
		fc := kmsg.NewPtrFindCoordinatorRequest()
		fc.CoordinatorType = 1
		fc.CoordinatorKey = "franzprobe-txn"
		fc.CoordinatorKeys = []string{"franzprobe-txn"}
		fcr, err := fc.RequestWith(ctx, b)
		if err != nil {
			return "", fmt.Errorf("FindCoordinator(txn): %w", err)
		}
		code, msg := fcr.ErrorCode, deref(fcr.ErrorMessage)
		if len(fcr.Coordinators) > 0 {
			code, msg = fcr.Coordinators[0].ErrorCode, deref(fcr.Coordinators[0].ErrorMessage)
		}
		ip := kmsg.NewPtrInitProducerIDRequest()
		ip.TransactionalID = kmsg.StringPtr("franzprobe-txn")
		ip.TransactionTimeoutMillis = 10000
		ip.ProducerID = -1
		ip.ProducerEpoch = -1
		ipr, err := ip.RequestWith(ctx, b)
		if err != nil {
			return "", fmt.Errorf("InitProducerID(txn): %w", err)
		}
		details := fmt.Sprintf("FindCoordinator(txn) v%d: %v %q; InitProducerID(txn) v%d: %v",
			fcr.Version, kerr.ErrorForCode(code), msg, ipr.Version, kerr.ErrorForCode(ipr.ErrorCode))
		if code == 0 || ipr.ErrorCode == 0 {
			return details, errors.New("a transactional request succeeded")
		}
		return details, nil
	})

	// A transactional kgo producer: BeginTransaction or the first ProduceSync must fail,
	// within 15s, and not with a bare context deadline. (kgo initializes the producer id as
	// soon as the client starts, so a fatal answer can already fail BeginTransaction.)
	run("txn.producer_fails_clearly", func(ctx context.Context) (string, error) {
		adm, acl, err := newAdmin("txn-admin")
		if err != nil {
			return "", err
		}
		defer acl.Close()
		topic := *prefix + "-txn"
		if r, err := adm.CreateTopic(ctx, 1, 1, nil, topic); err != nil || r.Err != nil {
			return "", fmt.Errorf("create: %v %v", err, r.Err)
		}
		defer adm.DeleteTopics(context.Background(), topic)
		cl, err := newClient("txn", kgo.TransactionalID("franzprobe-txn"), kgo.TransactionTimeout(10*time.Second))
		if err != nil {
			return "", err
		}
		defer cl.Close()
		pctx, cancel := context.WithTimeout(ctx, 45*time.Second)
		defer cancel()
		start := time.Now()
		var perr, eerr error
		what := "produce"
		if perr = cl.BeginTransaction(); perr != nil {
			what = "BeginTransaction"
		} else {
			perr = cl.ProduceSync(pctx, &kgo.Record{Topic: topic, Value: []byte("x")}).FirstErr()
			eerr = cl.EndTransaction(pctx, kgo.TryAbort)
		}
		took := time.Since(start)
		details := fmt.Sprintf("%s failed after %.1fs with: %v; abort: %v", what, took.Seconds(), perr, eerr)
		switch {
		case perr == nil:
			return details, errors.New("a transactional produce succeeded")
		case errors.Is(perr, context.DeadlineExceeded) || errors.Is(perr, context.Canceled):
			return details, errors.New("the transactional produce hung until the context deadline")
		case took > 15*time.Second:
			return details, fmt.Errorf("the error took %.1fs (retried a retriable error): not a clear, prompt failure", took.Seconds())
		}
		return details, nil
	})

	// The broker keeps serving: a plain idempotent producer and a consumer on a new topic.
	run("txn.broker_still_serves", func(ctx context.Context) (string, error) {
		adm, cl, err := newAdmin("after-txn")
		if err != nil {
			return "", err
		}
		defer cl.Close()
		topic := *prefix + "-after-txn"
		if r, err := adm.CreateTopic(ctx, 1, 1, nil, topic); err != nil || r.Err != nil {
			return "", fmt.Errorf("create: %v %v", err, r.Err)
		}
		defer adm.DeleteTopics(context.Background(), topic)
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: topic, Value: []byte("still here")}).FirstErr(); err != nil {
			return "", err
		}
		ccl, err := newClient("after-txn-consume", kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: {0: kgo.NewOffset().AtStart()}}))
		if err != nil {
			return "", err
		}
		defer ccl.Close()
		fs := ccl.PollFetches(ctx)
		if err := fetchErr(fs); err != nil {
			return "", err
		}
		if recs := fs.Records(); len(recs) != 1 || string(recs[0].Value) != "still here" {
			return "", fmt.Errorf("consumed %v", recOffsets(recs))
		}
		return "produce and consume ok", nil
	})
}
