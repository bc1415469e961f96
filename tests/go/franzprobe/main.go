// Command franzprobe checks the franz-go client (kgo and kadm) against a Kafka-compatible
// broker, FluxMQ in particular. Each check prints one line:
//
//	RESULT <name> PASS <details>
//	RESULT <name> FAIL <details>
//
// and the command exits 1 if any check failed. Every check runs under its own context
// timeout; the whole run is bounded by -total.
//
//	go run . -bootstrap 127.0.0.1:9092 [-checks admin,produce,...] [-records 10000]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
	"github.com/twmb/franz-go/pkg/kversion"
)

var (
	bootstrap = flag.String("bootstrap", "127.0.0.1:9092", "broker address host:port")
	checksArg = flag.String("checks", "all", "comma-separated check groups: connect,admin,produce,consume,fetchwait,classic,kip848,txn (or all)")
	records   = flag.Int("records", 10000, "records produced per codec")
	prefix    = flag.String("prefix", "", "topic/group name prefix (default: franz-<unix time>)")
	timeout   = flag.Duration("timeout", 60*time.Second, "timeout of each check")
	total     = flag.Duration("total", 15*time.Minute, "timeout of the whole run")
	verbose   = flag.Bool("v", false, "franz-go debug logs to stderr")
	apiVerMax = flag.Int("apiversions-max", -1, "cap the ApiVersions request version (a work-around for brokers that mis-answer newer versions); -1: franz-go's default")
)

var (
	resultsMu sync.Mutex
	failed    []string
	passed    int
)

func report(name string, err error, details string) {
	resultsMu.Lock()
	defer resultsMu.Unlock()
	details = strings.ReplaceAll(details, "\n", " | ")
	if err != nil {
		msg := strings.ReplaceAll(err.Error(), "\n", " | ")
		if details != "" {
			msg += " (" + details + ")"
		}
		fmt.Printf("RESULT %s FAIL %s\n", name, msg)
		failed = append(failed, name)
	} else {
		fmt.Printf("RESULT %s PASS %s\n", name, details)
		passed++
	}
}

// run runs one check with its own timeout; a panic is a FAIL, not a crash of the probe.
func run(name string, fn func(ctx context.Context) (string, error)) {
	ctx, cancel := context.WithTimeout(rootCtx, *timeout)
	defer cancel()
	start := time.Now()
	var details string
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		details, err = fn(ctx)
	}()
	if err == nil && ctx.Err() != nil {
		err = fmt.Errorf("check overran its %s timeout", *timeout)
	}
	d := fmt.Sprintf("[%.2fs]", time.Since(start).Seconds())
	if details != "" {
		d += " " + details
	}
	report(name, err, d)
}

var rootCtx context.Context

func logger(name string) kgo.Opt {
	level := kgo.LogLevelWarn
	if *verbose {
		level = kgo.LogLevelDebug
	}
	return kgo.WithLogger(kgo.BasicLogger(os.Stderr, level, func() string {
		return time.Now().Format("15:04:05.000") + " [" + name + "] "
	}))
}

// newClient makes a kgo client with the probe's common options.
func newClient(name string, opts ...kgo.Opt) (*kgo.Client, error) {
	base := []kgo.Opt{
		kgo.SeedBrokers(*bootstrap),
		kgo.ClientID("franzprobe-" + name),
		logger(name),
		kgo.DialTimeout(5 * time.Second),
		kgo.RetryTimeout(20 * time.Second),
	}
	if *apiVerMax >= 0 {
		// Every key at the newest version franz-go knows (as without MaxVersions), only
		// ApiVersions capped.
		vs := kversion.Tip()
		for k := int16(0); k < 200; k++ {
			if r := kmsg.RequestForKey(k); r != nil {
				vs.SetMaxKeyVersion(k, r.MaxVersion())
			}
		}
		vs.SetMaxKeyVersion(18, int16(*apiVerMax))
		base = append(base, kgo.MaxVersions(vs))
	}
	return kgo.NewClient(append(base, opts...)...)
}

// newDefaultClient is a kgo client with nothing capped, whatever -apiversions-max says.
func newDefaultClient(name string, opts ...kgo.Opt) (*kgo.Client, error) {
	base := []kgo.Opt{
		kgo.SeedBrokers(*bootstrap),
		kgo.ClientID("franzprobe-" + name),
		logger(name),
		kgo.DialTimeout(5 * time.Second),
		kgo.RetryTimeout(10 * time.Second),
	}
	return kgo.NewClient(append(base, opts...)...)
}

func newAdmin(name string, opts ...kgo.Opt) (*kadm.Client, *kgo.Client, error) {
	cl, err := newClient(name, opts...)
	if err != nil {
		return nil, nil, err
	}
	adm := kadm.NewClient(cl)
	adm.SetTimeoutMillis(15000)
	return adm, cl, nil
}

func main() {
	flag.Parse()
	if *prefix == "" {
		*prefix = fmt.Sprintf("franz-%d", time.Now().Unix())
	}
	var cancel context.CancelFunc
	rootCtx, cancel = context.WithTimeout(context.Background(), *total)
	defer cancel()

	want := map[string]bool{}
	for _, c := range strings.Split(*checksArg, ",") {
		want[strings.TrimSpace(c)] = true
	}
	on := func(g string) bool { return want["all"] || want[g] }

	fmt.Printf("INFO franz-go kgo/kadm probe, bootstrap %s, prefix %s, %d records per codec, apiversions-max %d\n", *bootstrap, *prefix, *records, *apiVerMax)
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if strings.HasPrefix(d.Path, "github.com/twmb/franz-go") {
				fmt.Printf("INFO %s %s\n", d.Path, d.Version)
			}
		}
	}

	if on("connect") {
		connectChecks()
	}
	if on("admin") {
		adminChecks()
	}
	if on("produce") || on("consume") {
		produceConsumeChecks(on("consume"))
	}
	if on("fetchwait") {
		fetchWaitChecks()
	}
	if on("classic") {
		for _, b := range []string{"range", "roundrobin", "cooperative-sticky"} {
			groupCheck("classic", b)
		}
	}
	if on("kip848") {
		for _, b := range []string{"range", "uniform"} {
			groupCheck("kip848", b)
		}
	}
	if on("txn") {
		txnChecks()
	}

	sort.Strings(failed)
	fmt.Printf("SUMMARY %d passed, %d failed", passed, len(failed))
	if len(failed) > 0 {
		fmt.Printf(": %s", strings.Join(failed, " "))
	}
	fmt.Println()
	if len(failed) > 0 {
		os.Exit(1)
	}
}
