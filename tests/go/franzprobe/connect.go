package main

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"sort"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// The APIs franz-go uses for everything this probe does (kgo and kadm).
var neededAPIs = []int16{
	int16(kmsg.Produce), int16(kmsg.Fetch), int16(kmsg.ListOffsets), int16(kmsg.Metadata),
	int16(kmsg.OffsetCommit), int16(kmsg.OffsetFetch), int16(kmsg.FindCoordinator),
	int16(kmsg.JoinGroup), int16(kmsg.Heartbeat), int16(kmsg.LeaveGroup), int16(kmsg.SyncGroup),
	int16(kmsg.DescribeGroups), int16(kmsg.ListGroups), int16(kmsg.ApiVersions),
	int16(kmsg.CreateTopics), int16(kmsg.DeleteTopics), int16(kmsg.DeleteRecords),
	int16(kmsg.InitProducerID), int16(kmsg.OffsetForLeaderEpoch), int16(kmsg.DescribeConfigs),
	int16(kmsg.CreatePartitions), int16(kmsg.DeleteGroups), int16(kmsg.IncrementalAlterConfigs),
	int16(kmsg.DescribeCluster), int16(kmsg.ConsumerGroupHeartbeat), int16(kmsg.ConsumerGroupDescribe),
}

func connectChecks() {
	// A client with franz-go's defaults: its first request on every connection is ApiVersions
	// at the newest version it knows (v5, KIP-1242). A broker that does not serve that version
	// must answer UNSUPPORTED_VERSION in the v0 format (KIP-511), and the client retries.
	run("connect.default_client", func(ctx context.Context) (string, error) {
		cl, err := newDefaultClient("default")
		if err != nil {
			return "", err
		}
		defer cl.Close()
		adm := kadm.NewClient(cl)
		vs, err := adm.ApiVersions(ctx)
		if err != nil {
			return "", err
		}
		for _, bv := range vs {
			if bv.Err != nil {
				return "", fmt.Errorf("broker %d: %w", bv.NodeID, bv.Err)
			}
			max, _ := bv.KeyMaxVersion(18)
			m, err := adm.BrokerMetadata(ctx)
			if err != nil {
				return "", fmt.Errorf("metadata: %w", err)
			}
			return fmt.Sprintf("ApiVersions max v%d, cluster %s", max, m.Cluster), nil
		}
		return "", errors.New("no broker answered")
	})

	// What the client negotiates on connect: ApiVersions (v4 first, with the client software
	// name and version), then Metadata. kadm.ApiVersions returns the broker's answer.
	run("connect.api_versions", func(ctx context.Context) (string, error) {
		adm, cl, err := newAdmin("connect")
		if err != nil {
			return "", err
		}
		defer cl.Close()
		vs, err := adm.ApiVersions(ctx)
		if err != nil {
			return "", err
		}
		if len(vs) != 1 {
			return "", fmt.Errorf("want 1 broker, got %d", len(vs))
		}
		var missing, used []string
		for _, bv := range vs {
			if bv.Err != nil {
				return "", fmt.Errorf("broker %d: %w", bv.NodeID, bv.Err)
			}
			for _, key := range neededAPIs {
				_, max, ok := bv.KeyVersions(key)
				name := kmsg.NameForKey(key)
				if !ok {
					missing = append(missing, name)
					continue
				}
				req := kmsg.RequestForKey(key)
				v := min(max, req.MaxVersion())
				used = append(used, fmt.Sprintf("%s=v%d", name, v))
			}
		}
		details := "negotiated: " + strings.Join(used, " ")
		if len(missing) > 0 {
			return details, fmt.Errorf("broker does not advertise %s", strings.Join(missing, ", "))
		}
		return details, nil
	})

	// ApiVersions on a raw connection, exactly as franz-go sends it on a fresh connection
	// (v5, KIP-1242, with the flexible header and ClientSoftwareName/Version), older versions,
	// and a too-new v6, which must be answered in v0 with UNSUPPORTED_VERSION and the
	// broker's api list (KIP-511).
	run("connect.api_versions_raw", func(ctx context.Context) (string, error) {
		var notes []string
		for _, v := range []int16{5, 4, 3, 0, 6} {
			req := kmsg.NewPtrApiVersionsRequest()
			req.Version = v
			req.ClientSoftwareName = "kgo"
			req.ClientSoftwareVersion = "v1.22.3"
			resp := kmsg.NewPtrApiVersionsResponse()
			if err := rawRoundTrip(ctx, req, resp, v); err != nil {
				return strings.Join(notes, "; "), fmt.Errorf("v%d: %w", v, err)
			}
			code := kerr.ErrorForCode(resp.ErrorCode)
			if v <= 5 && code != nil {
				return "", fmt.Errorf("v%d: error %v", v, code)
			}
			if v == 6 && !errors.Is(code, kerr.UnsupportedVersion) {
				return "", fmt.Errorf("v6: want UNSUPPORTED_VERSION, got %v", code)
			}
			if len(resp.ApiKeys) == 0 {
				return "", fmt.Errorf("v%d: no api keys", v)
			}
			notes = append(notes, fmt.Sprintf("v%d ok (%d keys, err=%v)", v, len(resp.ApiKeys), code))
		}
		return strings.Join(notes, "; "), nil
	})

	run("connect.describe_cluster", func(ctx context.Context) (string, error) {
		adm, cl, err := newAdmin("connect")
		if err != nil {
			return "", err
		}
		defer cl.Close()
		req := kmsg.NewPtrDescribeClusterRequest()
		resp, err := req.RequestWith(ctx, cl)
		if err != nil {
			return "", err
		}
		if err := kerr.ErrorForCode(resp.ErrorCode); err != nil {
			return "", fmt.Errorf("DescribeCluster: %v %v", err, deref(resp.ErrorMessage))
		}
		if len(resp.Brokers) != 1 || resp.ClusterID == "" {
			return "", fmt.Errorf("DescribeCluster: cluster id %q, %d brokers", resp.ClusterID, len(resp.Brokers))
		}
		details := fmt.Sprintf("DescribeCluster v%d: cluster %q controller %d broker %d@%s:%d",
			resp.Version, resp.ClusterID, resp.ControllerID, resp.Brokers[0].NodeID, resp.Brokers[0].Host, resp.Brokers[0].Port)
		bm, err := adm.BrokerMetadata(ctx)
		if err != nil {
			return details, fmt.Errorf("BrokerMetadata: %w", err)
		}
		if bm.Cluster != resp.ClusterID || bm.Controller != resp.ControllerID || len(bm.Brokers) != 1 {
			return details, fmt.Errorf("Metadata disagrees: cluster %q controller %d brokers %v", bm.Cluster, bm.Controller, bm.Brokers)
		}
		lb, err := adm.ListBrokers(ctx)
		if err != nil || len(lb) != 1 {
			return details, fmt.Errorf("ListBrokers: %v %v", lb, err)
		}
		return details, nil
	})

	// Metadata with topic ids (v10+), by name and by id (v12+), and an unknown topic.
	run("connect.metadata_topic_ids", func(ctx context.Context) (string, error) {
		adm, cl, err := newAdmin("connect")
		if err != nil {
			return "", err
		}
		defer cl.Close()
		topic := *prefix + "-meta"
		if _, err := adm.CreateTopic(ctx, 2, 1, nil, topic); err != nil {
			return "", fmt.Errorf("create: %w", err)
		}
		defer adm.DeleteTopics(context.Background(), topic)
		m, err := adm.Metadata(ctx, topic)
		if err != nil {
			return "", err
		}
		td := m.Topics[topic]
		if td.Err != nil || td.ID == [16]byte{} || len(td.Partitions) != 2 {
			return "", fmt.Errorf("metadata for %s: err %v id %v partitions %d", topic, td.Err, td.ID, len(td.Partitions))
		}
		for _, p := range td.Partitions {
			if p.Leader < 0 || len(p.Replicas) != 1 {
				return "", fmt.Errorf("partition %d: leader %d replicas %v", p.Partition, p.Leader, p.Replicas)
			}
			if p.Err != nil {
				return "", fmt.Errorf("partition %d: %v", p.Partition, p.Err)
			}
		}
		// By topic id only (Metadata v12+).
		req := kmsg.NewPtrMetadataRequest()
		rt := kmsg.NewMetadataRequestTopic()
		rt.TopicID = td.ID
		req.Topics = append(req.Topics, rt)
		resp, err := req.RequestWith(ctx, cl)
		if err != nil {
			return "", fmt.Errorf("metadata by id: %w", err)
		}
		if len(resp.Topics) != 1 || resp.Topics[0].Topic == nil || *resp.Topics[0].Topic != topic ||
			resp.Topics[0].ErrorCode != 0 {
			return "", fmt.Errorf("metadata v%d by id: %+v", resp.Version, resp.Topics)
		}
		// An unknown topic, with auto creation off (the kgo default): UNKNOWN_TOPIC_OR_PARTITION.
		req = kmsg.NewPtrMetadataRequest()
		rt = kmsg.NewMetadataRequestTopic()
		rt.Topic = kmsg.StringPtr(*prefix + "-no-such-topic")
		req.Topics = append(req.Topics, rt)
		req.AllowAutoTopicCreation = false
		resp, err = req.RequestWith(ctx, cl)
		if err != nil {
			return "", fmt.Errorf("metadata unknown: %w", err)
		}
		if len(resp.Topics) != 1 || !errors.Is(kerr.ErrorForCode(resp.Topics[0].ErrorCode), kerr.UnknownTopicOrPartition) {
			return "", fmt.Errorf("metadata for an unknown topic: %+v", resp.Topics)
		}
		return fmt.Sprintf("metadata v%d, topic id %s", resp.Version, td.ID), nil
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// rawRoundTrip sends one request on a new connection and reads one response, with the request
// header version franz-go uses (flexible v2 for flexible requests; ApiVersions answers always
// carry the v0 response header).
func rawRoundTrip(ctx context.Context, req kmsg.Request, resp kmsg.Response, version int16) error {
	d := net.Dialer{Timeout: 5 * time.Second}
	conn, err := d.DialContext(ctx, "tcp", *bootstrap)
	if err != nil {
		return err
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	req.SetVersion(version)
	formatter := kmsg.NewRequestFormatter(kmsg.FormatterClientID("franzprobe-raw"))
	buf := formatter.AppendRequest(nil, req, 7)
	if _, err := conn.Write(buf); err != nil {
		return err
	}
	var sz [4]byte
	if _, err := io.ReadFull(conn, sz[:]); err != nil {
		return fmt.Errorf("reading size: %w", err)
	}
	body := make([]byte, binary.BigEndian.Uint32(sz[:]))
	if _, err := io.ReadFull(conn, body); err != nil {
		return fmt.Errorf("reading body: %w", err)
	}
	if len(body) < 4 || binary.BigEndian.Uint32(body) != 7 {
		return fmt.Errorf("bad correlation id in % x", body[:min(8, len(body))])
	}
	body = body[4:]
	rv := version
	if _, ok := req.(*kmsg.ApiVersionsRequest); ok && version > 5 {
		rv = 0 // an unsupported version is answered in v0
	} else if req.IsFlexible() && !isApiVersions(req) {
		// Flexible responses have a tag buffer in the header (empty here).
		if len(body) == 0 || body[0] != 0 {
			return fmt.Errorf("response header tags not empty")
		}
		body = body[1:]
	}
	resp.SetVersion(rv)
	return resp.ReadFrom(body)
}

func isApiVersions(r kmsg.Request) bool { return r.Key() == int16(kmsg.ApiVersions) }

func sortedKeys[M ~map[K]V, K ~string | ~int32, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}
