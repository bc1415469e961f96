"""Consumer groups with real clients, each member its own process: Java kafka-clients (classic
eager `range`, classic `cooperative-sticky`, and KIP-848 `group.protocol=consumer`; 4.4.0, and
4.1.1 for the basic case), confluent-kafka (classic and KIP-848), kafka-python and aiokafka.

- three members split six partitions with no overlap and no gap;
- one leaves cleanly and another joins: with commits after processing (and of the revoked
  partitions in the revocation callback), no record is processed twice and none is skipped;
- one is SIGKILLed: its partitions move to the others once its session times out, and the only
  records processed twice are the ones it processed after its last commit;
- a static member (group.instance.id) restarts within the session timeout and gets its
  partitions back with no rebalance: the other members see no callback and no new generation;
- committed offsets survive a broker restart (the Java AdminClient's OffsetFetch, and a new
  member resuming exactly where the old one stopped).

Members print their callbacks, records and commits as JSON lines (see tests/server/_groups.py).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

import pytest

from ._groups import (
    AIOKAFKA,
    ALL_CLIENTS,
    CLASSIC_SESSION_MS,
    CONFLUENT,
    CONSUMER_SESSION_MS,
    JAVA_848,
    JAVA_RANGE,
    KAFKA_PYTHON,
    ClientSpec,
    GroupEnv,
    Member,
    RateProducer,
    dup_report,
    produce_counts,
)

pytestmark = pytest.mark.timeout(180)

# Partitions move after the session timeout, plus a heartbeat and a rebalance: allow this much.
MOVE_SLACK_S = 4.0


def _ids(specs: tuple[ClientSpec, ...]) -> list[str]:
    return [s.id for s in specs]


def wait_processed(members: list[Member], want: set[tuple[int, int]], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        seen = {r for m in members for r in m.records()}
        if want <= seen:
            return
        if time.monotonic() > deadline:
            missing = sorted(want - seen)
            raise AssertionError(
                f"{len(missing)} produced records never processed, e.g. {missing[:10]}\n"
                + "\n".join(m.describe() for m in members)
            )
        for m in members:
            m.check_running()
        time.sleep(0.1)


@pytest.mark.parametrize("spec", ALL_CLIENTS, ids=_ids(ALL_CLIENTS))
def test_split_rebalance_and_crash(
    spec: ClientSpec, group_env_factory: Callable[..., GroupEnv]
) -> None:
    env = group_env_factory()
    g = env.group(spec, "life")
    session_s = (CONSUMER_SESSION_MS if spec.kip848 else CLASSIC_SESSION_MS) / 1000
    producer = RateProducer(env.bootstrap, g.topic).start()
    kill_ms = 0
    try:
        # 1. Three members split the six partitions: disjoint, complete, two each.
        a, b, c = (g.start(n) for n in ("a", "b", "c"))
        split = g.wait_split([a, b, c])
        assert sorted(len(v) for v in split.values()) == [2, 2, 2], split

        # 3. Clean rebalances: a leaves, d joins.
        a.close()
        g.wait_split([b, c])
        d = g.start("d")
        g.wait_split([b, c, d])

        # 2. c crashes: its partitions move to b and d after its session times out.
        lost = c.owned
        assert lost, "c owns nothing before the crash"
        kill_ms = int(time.time() * 1000)
        t_kill = time.monotonic()
        c.kill()
        after = g.wait_split([b, d], timeout=session_s + 30, settle=0.0)
        moved_s = time.monotonic() - t_kill
        assert lost <= after["b"] | after["d"]
        g.wait_split([b, d])  # and it stays that way
        assert moved_s <= session_s + MOVE_SLACK_S, (
            f"c's partitions {sorted(lost)} moved {moved_s:.1f}s after SIGKILL "
            f"(session timeout {session_s}s)"
        )
    finally:
        produced = producer.stop()

    members = [a, b, c, d]
    wait_processed(members, produced, timeout=30)
    b.close()
    d.close()

    # Nothing skipped; nothing processed twice except what c processed after its last commit.
    seen: Counter[tuple[int, int]] = Counter()
    by: dict[tuple[int, int], list[str]] = {}
    for m in members:
        for r in m.records():
            seen[r] += 1
            by.setdefault(r, []).append(m.name)
    assert produced <= set(seen)
    committed_at_kill: dict[int, int] = {}
    for m in members:
        for ev in m.commits():
            if ev["ts"] <= kill_ms:
                for p, o in ev["offsets"].items():
                    committed_at_kill[int(p)] = max(committed_at_kill.get(int(p), 0), int(o))
    bad = []
    for (p, o), n in seen.items():
        if n == 1:
            continue
        allowed = (
            n == 2
            and "c" in by[(p, o)]
            and by[(p, o)].count("c") == 1
            and o >= committed_at_kill.get(p, 0)
        )
        if not allowed:
            bad.extend((who, p, o) for who in by[(p, o)])
    assert not bad, (
        f"records processed twice outside the crashed member's uncommitted tail: {dup_report(bad)}"
        f"\ncommitted offsets when c was killed: {committed_at_kill}\n"
        + "\n".join(m.describe() for m in members)
    )


STATIC_CLIENTS = (JAVA_RANGE, JAVA_848, CONFLUENT, KAFKA_PYTHON, AIOKAFKA)
STATIC_SESSION_MS = 6000


@pytest.mark.parametrize("spec", STATIC_CLIENTS, ids=_ids(STATIC_CLIENTS))
def test_static_member_restart_keeps_partitions(
    spec: ClientSpec, group_env_factory: Callable[..., GroupEnv]
) -> None:
    session_s = STATIC_SESSION_MS / 1000
    env = group_env_factory({"group.consumer.session.timeout.ms": str(STATIC_SESSION_MS)})
    g = env.group(spec, "static", session_ms=STATIC_SESSION_MS)
    # The member to restart joins first, so that it has been through a rebalance before it
    # crashes, like any long-lived consumer (the Java client's subscription metadata then
    # carries its last generation and partitions, which the restarted one no longer knows).
    first = g.start("s1", instance_id="instance-1")
    g.wait_split([first])
    ms = [g.start("s0", instance_id="instance-0"), first, g.start("s2", instance_id="instance-2")]
    split = g.wait_split(ms)
    time.sleep(0.5)  # let late callbacks and generation reports land
    callbacks = {m.name: len(m.rebalances()) for m in ms}
    gens = {m.name: m.gens()[-1:] for m in ms}

    victim = ms[1]
    if spec.kip848:
        # A static member's clean close leaves with member epoch -2: the group keeps its
        # assignment for the session timeout (KIP-848). A SIGKILLed one would hold the
        # instance id until it expires (UNRELEASED_INSTANCE_ID).
        victim.close()
    else:
        victim.kill()  # classic: a restart replaces the old member id at once
    t_down = time.monotonic()
    again = g.start("s1-again", instance_id="instance-1")
    took = again.wait_for(
        lambda m: m.owned == split["s1"], session_s, f"its old partitions {sorted(split['s1'])}"
    )
    assert took < session_s

    # Past the old member's session timeout: a broker that did not replace it would now
    # expire it and rebalance.
    time.sleep(max(0.0, t_down + session_s + 1.0 - time.monotonic()))
    for m in (ms[0], ms[2]):
        assert (
            len(m.rebalances()) == callbacks[m.name]
        ), f"{m.name} saw a rebalance: {m.rebalances()[callbacks[m.name]:]}"
        assert m.gens()[-1:] == gens[m.name], f"{m.name}: generation changed {m.gens()}"
        assert m.owned == split[m.name]
    # The restarted member's callbacks: one assignment (kafka-python and aiokafka also call
    # the revocation callback with nothing before their first join).
    real = [e for e in again.rebalances() if e["parts"] or e["ev"] == "assigned"]
    assert [(e["ev"], set(e["parts"])) for e in real] == [("assigned", split["s1"])], real
    if not spec.kip848 and gens["s1"] and again.gens():
        # The classic generation does not change (a member epoch does not apply).
        assert again.gens()[-1][0] == gens["s1"][0][0], (gens["s1"], again.gens())
    for m in (ms[0], ms[2], again):
        m.close()


RESTART_CLIENTS = (JAVA_RANGE, JAVA_848, CONFLUENT, KAFKA_PYTHON)


@pytest.mark.parametrize("spec", RESTART_CLIENTS, ids=_ids(RESTART_CLIENTS))
def test_commits_survive_broker_restart(
    spec: ClientSpec, group_env_factory: Callable[..., GroupEnv]
) -> None:
    env = group_env_factory()
    g = env.group(spec, "restart")
    produce_counts(env.bootstrap, g.topic, {p: 10 for p in range(6)})
    everything = {(p, o) for p in range(6) for o in range(10)}

    a = g.start("a", extra=["--max-records", "30", "--max-poll-records", "5"])
    a.wait_for(lambda m: m.done is not None, 60, "exit after 30 records")
    assert a.done is not None and a.done.get("reason") == "max-records", a.describe()
    first = a.records()
    assert len(first) == len(set(first)) >= 30
    committed = a.last_commits()
    expect = {p: max(o for q, o in first if q == p) + 1 for p in {q for q, _ in first}}
    assert committed == expect, (committed, expect)

    assert env.broker.restart() == 0

    java = env.java("4.4.0")
    res = java.admin(env.bootstrap, "group-offsets", "--group", g.group)
    assert "error" not in res, res
    got = {int(p): v["offset"] for p, v in res["offsets"].get(g.topic, {}).items() if v}
    assert got == committed, f"committed offsets after the restart {got}, before {committed}"

    b = g.start("b")
    rest = everything - set(first)
    b.wait_for(lambda m: set(m.records()) >= rest, 60, f"the {len(rest)} records left")
    time.sleep(0.3)
    b.close()
    assert sorted(b.records()) == sorted(rest), "the new member did not resume at the commits"
