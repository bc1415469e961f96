package main

import (
	"fmt"
	"time"

	"github.com/IBM/sarama"
)

// restartCheck (only with -restart): an idempotent producer keeps its producer id across a broker
// restart; the caller restarts the broker when it sees "RESTART_NOW".
func restartCheck(admin sarama.ClusterAdmin, client sarama.Client) {
	check("idempotent.across_restart", 120*time.Second, func() (string, error) {
		topic := "sar-restart-" + run
		if err := createTopic(admin, topic, 1); err != nil {
			return "", err
		}
		cfg := config()
		cfg.Producer.Idempotent = true
		cfg.Net.MaxOpenRequests = 1
		cfg.Producer.Retry.Max = 50
		cfg.Producer.Retry.Backoff = 500 * time.Millisecond
		cfg.Metadata.Retry.Max = 50
		cfg.Metadata.Retry.Backoff = 500 * time.Millisecond
		p, err := sarama.NewSyncProducer([]string{*brokerAddr}, cfg)
		if err != nil {
			return "", err
		}
		defer p.Close()
		sent := makeRecs(200, "rs")
		for _, r := range sent[:100] {
			if _, _, err := p.SendMessage(toMsg(topic, r)); err != nil {
				return "", err
			}
		}
		fmt.Println("RESTART_NOW")
		time.Sleep(8 * time.Second)
		for _, r := range sent[100:] {
			if _, _, err := p.SendMessage(toMsg(topic, r)); err != nil {
				return "", fmt.Errorf("after restart: %w", err)
			}
		}
		c, err := sarama.NewClient([]string{*brokerAddr}, config())
		if err != nil {
			return "", err
		}
		defer c.Close()
		got, err := consumeAll(c, topic, 200, 20*time.Second)
		if err != nil {
			return "", err
		}
		return "", verify(got, sent)
	})
}
