"""The Java AdminClient on consumer groups: a classic group (Java, `range`) and a KIP-848 group
(Java, `group.protocol=consumer`) consume a topic and commit, then pause while more records
arrive. listGroups (with state and type filters), describeConsumerGroups (DescribeGroups for
the classic group, ConsumerGroupDescribe for the KIP-848 one), listConsumerGroupOffsets and the
lag computed from it (log end offset - committed) are checked, by kafka-clients 4.4.0 and 4.1.1;
then deleteConsumerGroupOffsets and deleteConsumerGroups, refused while the group is active and
subscribed, and done once it is empty. The classic member is static: closing it leaves it in the
group until removeMembersFromConsumerGroup (LeaveGroup by instance id) takes it out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ._groups import JAVA_848, JAVA_RANGE, GroupEnv, GroupRun, Member, produce_counts

pytestmark = pytest.mark.timeout(180)

PARTS = range(6)
COUNTS = {p: 5 + p for p in PARTS}  # records produced first, all consumed and committed
EXTRA = {0: 7, 4: 3}  # produced while the members are paused: the lag


class AdminChain:
    """Admin commands run one after another in one JVM; failed checks are collected."""

    def __init__(self, env: GroupEnv, version: str = "4.4.0") -> None:
        self.env = env
        self.java = env.java(version)
        self.version = version
        self.cmds: list[list[str]] = []
        self.names: list[str] = []
        self.out: dict[str, dict[str, Any]] = {}
        self.failures: list[str] = []

    def admin(self, name: str, op: str, *args: str) -> None:
        self.names.append(name)
        self.cmds.append(["admin", "--op", op, *args])

    def run(self) -> None:
        results = self.java.invoke(self.env.bootstrap, self.cmds, timeout=120)
        for name, lines in zip(self.names, results, strict=True):
            self.out[name] = lines[-1]
        self.cmds, self.names = [], []

    def __getitem__(self, name: str) -> dict[str, Any]:
        return self.out[name]

    def check(self, cond: bool, what: str, name: str | None = None) -> bool:
        if not cond:
            detail = f" -> {self.out[name]}" if name is not None else ""
            self.failures.append(f"[java-{self.version}] {what}{detail}")
        return cond

    def ok(self, name: str) -> bool:
        return self.check("error" not in self[name], f"{name}: unexpected error", name)


def listed(res: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {g["group"]: g for g in res.get("groups", [])}


def offsets_of(res: dict[str, Any], topic: str) -> dict[int, dict[str, Any] | None]:
    return {int(p): v for p, v in res.get("offsets", {}).get(topic, {}).items()}


def check_active(c: AdminChain, topic: str, classic: str, modern: str) -> None:
    """What the AdminClient sees of the two Stable groups, paused with lag EXTRA."""
    c.admin("list", "list-groups")
    c.admin("list-stable", "list-groups", "--state", "Stable")
    c.admin("list-empty", "list-groups", "--state", "Empty")
    c.admin("list-classic", "list-groups", "--type", "classic")
    c.admin("list-consumer", "list-groups", "--type", "consumer")
    c.admin("describe", "describe-groups", "--group", classic, "--group", modern)
    c.admin("offsets-classic", "group-offsets", "--group", classic)
    c.admin("offsets-modern", "group-offsets", "--group", modern)
    c.admin(
        "offsets-some",
        "group-offsets",
        "--group", classic,
        "--topic", topic,
        "--partitions", "0,4",
        "--require-stable", "true",
    )  # fmt: skip
    c.run()

    if c.ok("list"):
        got = listed(c["list"])
        c.check({classic, modern} <= set(got), f"listGroups lists {sorted(got)}", "list")
        if classic in got:
            g = got[classic]
            c.check(
                (g["type"], g["state"], g["protocol_type"]) == ("CLASSIC", "STABLE", "consumer"),
                f"classic group listed as {g}",
            )
        if modern in got:
            g = got[modern]
            c.check(
                (g["type"], g["state"], g["protocol_type"]) == ("CONSUMER", "STABLE", "consumer"),
                f"KIP-848 group listed as {g}",
            )
    for name, want in (
        ("list-stable", {classic, modern}),
        ("list-empty", set()),
        ("list-classic", {classic}),
        ("list-consumer", {modern}),
    ):
        if c.ok(name):
            got_names = set(listed(c[name])) & {classic, modern}
            c.check(
                got_names == want, f"{name}: {sorted(got_names)}, expected {sorted(want)}", name
            )

    if c.ok("describe"):
        d = c["describe"]["groups"]
        cl, mo = d.get(classic, {}), d.get(modern, {})
        c.check("error" not in cl and "error" not in mo, "describe errors", "describe")
        c.check(
            (cl.get("type"), cl.get("state"), cl.get("assignor")) == ("CLASSIC", "STABLE", "range"),
            f"classic group described as {cl}",
        )
        c.check(cl.get("coordinator") is not None, f"classic group has no coordinator: {cl}")
        members = cl.get("members", [])
        c.check(len(members) == 1, f"classic group members {members}")
        if members:
            m = members[0]
            c.check(m["assignment"] == {topic: list(PARTS)}, f"classic member assignment {m}")
            c.check(m["client_id"] == f"fluxmq-group-{classic}", f"classic member client id {m}")
            c.check(m["instance_id"] == "admin-static-0", f"classic member instance id {m}")
            c.check(bool(m["member_id"]), f"classic member without id {m}")
        c.check(
            (mo.get("type"), mo.get("state")) == ("CONSUMER", "STABLE"),
            f"KIP-848 group described as {mo}",
        )
        c.check(mo.get("assignor") == "uniform", f"KIP-848 group assignor {mo.get('assignor')}")
        epoch = mo.get("group_epoch")
        c.check(isinstance(epoch, int) and epoch >= 1, f"KIP-848 group epoch {epoch}")
        c.check(
            mo.get("target_assignment_epoch") == epoch,
            f"KIP-848 target assignment epoch {mo.get('target_assignment_epoch')} != {epoch}",
        )
        members = mo.get("members", [])
        c.check(len(members) == 1, f"KIP-848 group members {members}")
        if members:
            m = members[0]
            c.check(m["assignment"] == {topic: list(PARTS)}, f"KIP-848 member assignment {m}")
            c.check(m["target_assignment"] == {topic: list(PARTS)}, f"KIP-848 target {m}")
            c.check(m["member_epoch"] == epoch, f"KIP-848 member epoch {m}, group epoch {epoch}")
            c.check(m["client_id"] == f"fluxmq-group-{modern}", f"KIP-848 member client id {m}")

    for name in ("offsets-classic", "offsets-modern"):
        if c.ok(name):
            got = offsets_of(c[name], topic)
            want = {p: (COUNTS[p], COUNTS[p] + EXTRA.get(p, 0), EXTRA.get(p, 0)) for p in PARTS}
            have = {p: (v["offset"], v["end"], v["lag"]) for p, v in got.items() if v}
            c.check(have == want, f"{name}: (committed, end, lag) {have}, expected {want}", name)
    if c.ok("offsets-some"):
        got = offsets_of(c["offsets-some"], topic)
        have = {p: v and v["lag"] for p, v in got.items()}
        c.check(have == {0: 7, 4: 3}, f"offsets of partitions 0 and 4: lag {have}", "offsets-some")


def consume_all_then_pause(m: Member, total: int) -> None:
    m.wait_for(
        lambda x: len(x.records()) >= total and x.last_commits() == COUNTS,
        60,
        f"{total} records consumed and committed",
    )
    m.send("pause")
    m.wait_for(lambda x: any(e.get("ev") == "paused" for e in x.snapshot()), 30, "paused")


def test_admin_groups(group_env_factory: Callable[..., GroupEnv]) -> None:
    env = group_env_factory()
    topic = "admin-groups"
    env.create_topic(topic, len(PARTS))
    produce_counts(env.bootstrap, topic, COUNTS)
    # The classic member is static, with a long session: closing it does not take it out of
    # the group; removeMembersFromConsumerGroup (LeaveGroup by instance id) does.
    classic = GroupRun(env, JAVA_RANGE, topic, "admin-classic", session_ms=30_000)
    modern = GroupRun(env, JAVA_848, topic, "admin-consumer")
    mc = classic.start("classic", instance_id="admin-static-0")
    mm = modern.start("modern")
    for m in (mc, mm):
        consume_all_then_pause(m, sum(COUNTS.values()))
    produce_counts(env.bootstrap, topic, EXTRA, start=1000)

    chains = [AdminChain(env, "4.4.0"), AdminChain(env, "4.1.1")]
    for c in chains:
        check_active(c, topic, classic.group, modern.group)
    c = chains[0]
    # Refused while the groups are active and subscribed to the topic.
    c.admin("delete-active", "delete-groups", "--group", classic.group, "--group", modern.group)
    c.admin(
        "delete-offsets-active",
        "delete-group-offsets",
        "--group", classic.group,
        "--topic", topic,
        "--partitions", "0,1",
    )  # fmt: skip
    c.run()
    if c.ok("delete-active"):
        res = c["delete-active"]["groups"]
        for g in (classic.group, modern.group):
            c.check(
                isinstance(res.get(g), dict) and res[g].get("error") == "GroupNotEmptyException",
                f"deleting active group {g}: {res.get(g)}",
            )
    if c.ok("delete-offsets-active"):
        parts = c["delete-offsets-active"].get("partitions", {})
        c.check(
            all(
                isinstance(v, dict) and v.get("error") == "GroupSubscribedToTopicException"
                for v in parts.values()
            )
            and len(parts) == 2,
            f"deleting offsets of a subscribed topic: {parts}",
            "delete-offsets-active",
        )

    mc.close()
    mm.close()

    c.admin("describe-static-left", "describe-groups", "--group", classic.group)
    c.admin(
        "remove-static",
        "remove-members",
        "--group", classic.group,
        "--instance-id", "admin-static-0",
    )  # fmt: skip
    c.admin("remove-unknown", "remove-members", "--group", classic.group, "--instance-id", "nobody")
    c.admin("list-after-close", "list-groups")
    c.admin("describe-empty", "describe-groups", "--group", classic.group, "--group", modern.group)
    c.admin(
        "delete-offsets",
        "delete-group-offsets",
        "--group", classic.group,
        "--topic", topic,
        "--partitions", "0,1",
    )  # fmt: skip
    c.admin("offsets-after-delete", "group-offsets", "--group", classic.group)
    c.admin("delete", "delete-groups", "--group", classic.group, "--group", modern.group)
    c.admin("list-after-delete", "list-groups")
    c.admin("offsets-deleted", "group-offsets", "--group", classic.group)
    c.admin(
        "describe-deleted", "describe-groups", "--group", classic.group, "--group", modern.group
    )
    c.admin("delete-again", "delete-groups", "--group", classic.group)
    c.run()

    if c.ok("describe-static-left"):
        d = c["describe-static-left"]["groups"].get(classic.group, {})
        ids = [m.get("instance_id") for m in d.get("members", [])]
        c.check(
            d.get("state") == "STABLE" and ids == ["admin-static-0"],
            f"a closed static member stays in the group until its session times out: {d}",
        )
    if c.ok("remove-static"):
        r = c["remove-static"]
        c.check(
            r["members"] == {"admin-static-0": "ok"} and r["all"] == "ok",
            f"removeMembersFromConsumerGroup: {r}",
        )
    if c.ok("remove-unknown"):
        r = c["remove-unknown"]["members"].get("nobody")
        c.check(
            isinstance(r, dict) and r.get("error") == "UnknownMemberIdException",
            f"removing an unknown instance id: {r}",
        )
    if c.ok("list-after-close"):
        got = listed(c["list-after-close"])
        for g in (classic.group, modern.group):
            c.check(
                g in got and got[g]["state"] == "EMPTY",
                f"{g} after its member left: {got.get(g)}",
                "list-after-close",
            )
    if c.ok("describe-empty"):
        d = c["describe-empty"]["groups"]
        for g in (classic.group, modern.group):
            c.check(
                d.get(g, {}).get("state") == "EMPTY" and d.get(g, {}).get("members") == [],
                f"{g} described after its member left: {d.get(g)}",
            )
    if c.ok("delete-offsets"):
        parts = c["delete-offsets"]["partitions"]
        c.check(
            parts == {"0": "ok", "1": "ok"},
            f"deleteConsumerGroupOffsets: {parts}",
            "delete-offsets",
        )
    if c.ok("offsets-after-delete"):
        got = {
            p: v and v["offset"] for p, v in offsets_of(c["offsets-after-delete"], topic).items()
        }
        want = {p: COUNTS[p] for p in PARTS if p not in (0, 1)}
        c.check(got == want, f"offsets after deleting 0 and 1: {got}", "offsets-after-delete")
    if c.ok("delete"):
        res = c["delete"]["groups"]
        c.check(res == {classic.group: "ok", modern.group: "ok"}, f"deleteConsumerGroups: {res}")
    if c.ok("list-after-delete"):
        got = set(listed(c["list-after-delete"])) & {classic.group, modern.group}
        c.check(not got, f"deleted groups still listed: {got}", "list-after-delete")
    if c.ok("offsets-deleted"):
        got = offsets_of(c["offsets-deleted"], topic)
        c.check(not got, f"offsets of a deleted group: {got}", "offsets-deleted")
    if c.ok("describe-deleted"):
        d = c["describe-deleted"]["groups"]
        for g in (classic.group, modern.group):
            c.check(
                d.get(g, {}).get("state") == "DEAD"
                or d.get(g, {}).get("error") == "GroupIdNotFoundException",
                f"{g} described after deletion: {d.get(g)}",
            )
    res = c["delete-again"].get("groups", {}).get(classic.group)
    c.check(
        isinstance(res, dict) and res.get("error") == "GroupIdNotFoundException",
        f"deleting a deleted group: {res}",
        "delete-again",
    )

    failures = [f for ch in chains for f in ch.failures]
    assert not failures, "\n".join(failures)
