'use strict'
// kafkajs probe against a fluxmq-server: one `RESULT <check> PASS|FAIL <details>` line per check.
// Usage: node probe.js <host:port> [checks-regex]
const { Kafka, logLevel, CompressionTypes, CompressionCodecs } = require('kafkajs')
// snappy through the pure-JS kafkajs-snappy codec; lz4/zstd need native modules (not probed)
CompressionCodecs[CompressionTypes.Snappy] = require('kafkajs-snappy')

const broker = process.argv[2] || '127.0.0.1:9092'
const only = process.argv[3] ? new RegExp(process.argv[3]) : null
const RUN = Date.now().toString(36)
const kafka = new Kafka({
  clientId: 'kafkajsprobe',
  brokers: [broker],
  logLevel: process.env.KJS_DEBUG ? logLevel.DEBUG : logLevel.WARN,
  connectionTimeout: 5000,
  requestTimeout: 15000,
  retry: { retries: 3, initialRetryTime: 200 },
})

function withTimeout(p, ms, what) {
  let t
  return Promise.race([p, new Promise((_, rej) => { t = setTimeout(() => rej(new Error(`timeout after ${ms}ms: ${what}`)), ms) })])
    .finally(() => clearTimeout(t))
}
const sleep = ms => new Promise(r => setTimeout(r, ms))
const results = []
async function check(name, ms, fn) {
  if (only && !only.test(name)) return
  const t0 = Date.now()
  try {
    const d = await withTimeout(fn(), ms, name)
    console.log(`RESULT ${name} PASS ${d || ''} (${Date.now() - t0}ms)`)
    results.push([name, true])
  } catch (e) {
    console.log(`RESULT ${name} FAIL ${(e && (e.stack || e.message) || e).toString().split('\n').slice(0, 4).join(' | ')} ${e && e.type ? 'type=' + e.type : ''}`)
    results.push([name, false])
  }
}
function assert(c, msg) { if (!c) throw new Error('assertion: ' + msg) }

function makeMessages(n, tag) {
  const out = []
  for (let i = 0; i < n; i++) {
    out.push({ key: `k-${tag}-${i}`, value: `v-${tag}-${i}-${'x'.repeat(i % 50)}`, headers: { h1: `hv-${i}`, idx: String(i) } })
  }
  return out
}

async function consumeAll(topic, expectN, groupId, ms) {
  const consumer = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 1000, maxWaitTimeInMs: 500 })
  const got = []
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  let done
  const finished = new Promise(r => { done = r })
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      got.push({ partition, offset: message.offset, key: message.key && message.key.toString(), value: message.value && message.value.toString(), headers: message.headers })
      if (got.length >= expectN) done()
    },
  })
  try { await withTimeout(finished, ms, `consume ${expectN} from ${topic} (got ${got.length})`) } finally { await consumer.disconnect() }
  return got
}

function verify(got, sent) {
  const byKey = new Map()
  for (const g of got) {
    assert(!byKey.has(g.key), 'duplicate key ' + g.key)
    byKey.set(g.key, g)
  }
  assert(byKey.size === sent.length, `got ${byKey.size} distinct, sent ${sent.length}`)
  for (const [i, s] of sent.entries()) {
    const g = byKey.get(s.key)
    assert(g, 'missing ' + s.key)
    assert(g.value === s.value, `value mismatch ${s.key}: ${g.value}`)
    for (const [hk, hv] of Object.entries(s.headers)) {
      assert(g.headers[hk] && g.headers[hk].toString() === hv, `header ${hk} mismatch for ${s.key}: ${g.headers[hk]}`)
    }
  }
}

async function main() {
  const admin = kafka.admin()
  const T = `kjs-admin-${RUN}`
  await check('connect.admin', 15000, async () => { await admin.connect() })
  await check('admin.describe_cluster', 15000, async () => {
    const c = await admin.describeCluster()
    assert(c.brokers.length === 1, JSON.stringify(c))
    return JSON.stringify(c)
  })
  await check('admin.create_topic', 20000, async () => {
    const ok = await admin.createTopics({ topics: [{ topic: T, numPartitions: 3, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '3600000' }] }], waitForLeaders: true })
    assert(ok === true, 'createTopics returned ' + ok)
    const again = await admin.createTopics({ topics: [{ topic: T, numPartitions: 3 }] })
    assert(again === false, 'second createTopics returned ' + again)
  })
  await check('admin.create_topic_validate_only', 20000, async () => {
    // waitForLeaders must be off: kafkajs would otherwise poll Metadata for a topic that validateOnly never creates
    const r = await admin.createTopics({ validateOnly: true, waitForLeaders: false, topics: [{ topic: T + '-v', numPartitions: 2 }] })
    assert(r === true, 'validateOnly returned ' + r)
    const l = await admin.listTopics()
    assert(!l.includes(T + '-v'), 'validateOnly created the topic')
  })
  await check('admin.list_topics', 15000, async () => {
    const l = await admin.listTopics()
    assert(l.includes(T), 'missing ' + T + ' in ' + l)
  })
  await check('admin.fetch_topic_metadata', 15000, async () => {
    const m = await admin.fetchTopicMetadata({ topics: [T] })
    assert(m.topics[0].partitions.length === 3, JSON.stringify(m))
  })
  await check('admin.describe_configs', 15000, async () => {
    const r = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: 2, name: T, configNames: ['retention.ms'] }] })
    const e = r.resources[0].configEntries.find(c => c.configName === 'retention.ms')
    assert(e && e.configValue === '3600000', JSON.stringify(r.resources[0]))
  })
  await check('admin.create_partitions', 15000, async () => {
    await admin.createPartitions({ topicPartitions: [{ topic: T, count: 4 }] })
    const m = await admin.fetchTopicMetadata({ topics: [T] })
    assert(m.topics[0].partitions.length === 4, JSON.stringify(m))
  })
  await check('admin.fetch_topic_offsets', 20000, async () => {
    const p = kafka.producer()
    await p.connect()
    await p.send({ topic: T, messages: [0, 1, 2, 3, 4].map(i => ({ key: 'a', value: String(i) })) })
    await p.disconnect()
    const o = await admin.fetchTopicOffsets(T)
    const tot = o.reduce((s, x) => s + Number(x.high) - Number(x.low), 0)
    assert(tot === 5, JSON.stringify(o))
    const ts = await admin.fetchTopicOffsetsByTimestamp(T, Date.now() - 60000)
    assert(ts.length === 4, JSON.stringify(ts))
    return JSON.stringify(o)
  })
  await check('admin.delete_records', 15000, async () => {
    const o = await admin.fetchTopicOffsets(T)
    const p = o.find(x => Number(x.high) > 1)
    await admin.deleteTopicRecords({ topic: T, partitions: [{ partition: p.partition, offset: '1' }] })
    const o2 = await admin.fetchTopicOffsets(T)
    const p2 = o2.find(x => x.partition === p.partition)
    assert(p2.low === '1', JSON.stringify(o2))
  })
  await check('admin.group_offsets', 20000, async () => {
    const g = `kjs-goff-${RUN}`
    await admin.setOffsets({ groupId: g, topic: T, partitions: [{ partition: 0, offset: '0' }] }).catch(e => { throw new Error('setOffsets: ' + e.message) })
    const f = await admin.fetchOffsets({ groupId: g, topics: [T] })
    assert(f[0].partitions.find(p => p.partition === 0).offset === '0', JSON.stringify(f))
    const lg = await admin.listGroups()
    const dg = await admin.describeGroups([g])
    await admin.deleteGroups([g])
    return `listGroups=${JSON.stringify(lg.groups.filter(x => x.groupId === g))} describe=${dg.groups[0].state}`
  })
  await check('admin.delete_topic', 20000, async () => {
    await admin.deleteTopics({ topics: [T], timeout: 5000 })
    for (let i = 0; i < 20; i++) {
      const l = await admin.listTopics()
      if (!l.includes(T)) return
      await sleep(200)
    }
    throw new Error('topic still listed')
  })

  // produce + consume per codec
  const codecs = [['none', CompressionTypes.None], ['gzip', CompressionTypes.GZIP], ['snappy', CompressionTypes.Snappy]]
  for (const [cname, ctype] of codecs) {
    for (const idem of [false, true]) {
      const name = `${idem ? 'idempotent' : 'produce'}.${cname}`
      const topic = `kjs-${cname}-${idem ? 'idem' : 'plain'}-${RUN}`
      const sent = makeMessages(600, cname)
      let ok = false
      await check(name, 30000, async () => {
        await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true })
        const p = kafka.producer(idem ? { idempotent: true, maxInFlightRequests: 1 } : {})
        await p.connect()
        try {
          for (let i = 0; i < sent.length; i += 100) {
            const r = await p.send({ topic, compression: ctype, acks: -1, messages: sent.slice(i, i + 100) })
            assert(r.every(x => x.errorCode === 0), JSON.stringify(r))
          }
          await p.sendBatch({ compression: ctype, topicMessages: [{ topic, messages: [{ key: 'batch-k', value: 'batch-v', headers: { h1: 'x' } }] }] })
        } finally { await p.disconnect() }
        const o = await admin.fetchTopicOffsets(topic)
        const tot = o.reduce((s, x) => s + Number(x.high), 0)
        assert(tot === sent.length + 1, 'high watermark sum ' + tot)
        ok = true
      })
      await check(`consume.${cname}${idem ? '.idem' : ''}`, 40000, async () => {
        assert(ok, 'produce failed')
        const got = await consumeAll(topic, sent.length + 1, `kjs-c-${cname}-${idem}-${RUN}`, 30000)
        verify(got.filter(g => g.key !== 'batch-k'), sent)
        // per-partition offsets strictly increasing from 0
        const per = {}
        for (const g of got) { (per[g.partition] = per[g.partition] || []).push(Number(g.offset)) }
        for (const [pt, offs] of Object.entries(per)) offs.forEach((o, i) => assert(o === i, `partition ${pt} offset ${o} at ${i}`))
      })
    }
  }

  await check('group.three_members', 90000, async () => {
    const topic = `kjs-group-${RUN}`
    const groupId = `kjs-grp-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: true })
    const seen = new Map()
    const assigns = {}
    const members = []
    for (let i = 0; i < 3; i++) {
      const c = kafka.consumer({ groupId, sessionTimeout: 10000, rebalanceTimeout: 15000, heartbeatInterval: 500, maxWaitTimeInMs: 200 })
      c.on(c.events.GROUP_JOIN, e => { assigns[i] = e.payload.memberAssignment })
      await c.connect()
      await c.subscribe({ topic, fromBeginning: true })
      await c.run({ autoCommitInterval: 500, eachMessage: async ({ partition, message }) => { seen.set(message.key.toString(), i) } })
      members.push(c)
    }
    // wait until all 3 own partitions
    for (let t = 0; t < 100; t++) {
      const own = Object.values(assigns).map(a => (a[topic] || []).length)
      if (own.length === 3 && own.reduce((a, b) => a + b, 0) === 6 && own.every(x => x > 0)) break
      await sleep(200)
    }
    const a1 = JSON.stringify(assigns)
    const own = Object.values(assigns).map(a => (a[topic] || []).length)
    assert(own.length === 3 && own.every(x => x === 2), 'assignment ' + a1)
    const p = kafka.producer()
    await p.connect()
    await p.send({ topic, messages: Array.from({ length: 300 }, (_, i) => ({ key: `g1-${i}`, value: String(i) })) })
    for (let t = 0; t < 100 && seen.size < 300; t++) await sleep(100)
    assert(seen.size === 300, 'seen ' + seen.size)
    const users = new Set(seen.values())
    assert(users.size === 3, 'only members ' + [...users])
    // member 2 leaves
    await members[2].disconnect()
    for (let t = 0; t < 150; t++) {
      const o0 = (assigns[0][topic] || []).length, o1 = (assigns[1][topic] || []).length
      if (o0 + o1 === 6) break
      await sleep(100)
    }
    const o0 = (assigns[0][topic] || []).length, o1 = (assigns[1][topic] || []).length
    assert(o0 + o1 === 6, 'after leave: ' + JSON.stringify(assigns))
    await p.send({ topic, messages: Array.from({ length: 300 }, (_, i) => ({ key: `g2-${i}`, value: String(i) })) })
    await p.disconnect()
    for (let t = 0; t < 150 && seen.size < 600; t++) await sleep(100)
    assert(seen.size === 600, 'seen ' + seen.size)
    await sleep(1500) // autocommit
    await members[0].disconnect(); await members[1].disconnect()
    const f = await admin.fetchOffsets({ groupId, topics: [topic] })
    const hw = await admin.fetchTopicOffsets(topic)
    const committed = f[0].partitions.reduce((s, x) => s + Number(x.offset), 0)
    const high = hw.reduce((s, x) => s + Number(x.high), 0)
    assert(committed === high, `committed ${committed} != high ${high}: ${JSON.stringify(f)}`)
    const d = await admin.describeGroups([groupId])
    return `first=${a1} state=${d.groups[0].state}`
  })

  await check('group.manual_commit_resume', 60000, async () => {
    const topic = `kjs-commit-${RUN}`
    const groupId = `kjs-commit-g-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true })
    const p = kafka.producer()
    await p.connect()
    await p.send({ topic, messages: Array.from({ length: 20 }, (_, i) => ({ key: `m-${i}`, value: String(i) })) })
    await p.disconnect()
    const c = kafka.consumer({ groupId, maxWaitTimeInMs: 200 })
    await c.connect(); await c.subscribe({ topic, fromBeginning: true })
    let n = 0, res
    const half = new Promise(r => { res = r })
    await c.run({ autoCommit: false, eachMessage: async ({ partition, message }) => {
      n++
      if (Number(message.offset) === 9) { await c.commitOffsets([{ topic, partition, offset: '10' }]); res() }
    } })
    await half; await c.disconnect()
    const f = await admin.fetchOffsets({ groupId, topics: [topic] })
    assert(f[0].partitions[0].offset === '10', JSON.stringify(f))
    const got = await consumeAll(topic, 10, groupId, 20000)
    assert(got[0].offset === '10' && got.length >= 10, JSON.stringify(got.slice(0, 2)))
  })


  await check('produce.acks0', 30000, async () => {
    const topic = `kjs-acks0-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true })
    const p = kafka.producer()
    await p.connect()
    for (let i = 0; i < 5; i++) await p.send({ topic, acks: 0, messages: [{ key: `a0-${i}`, value: 'x' }] })
    // a request with acks=-1 on the same connection must still get its own answer
    const r = await p.send({ topic, acks: -1, messages: [{ key: 'a0-last', value: 'x' }] })
    await p.disconnect()
    assert(r[0].errorCode === 0 && r[0].baseOffset === '5', JSON.stringify(r))
  })
  await check('produce.nulls', 30000, async () => {
    const topic = `kjs-nulls-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true })
    const p = kafka.producer()
    await p.connect()
    await p.send({ topic, messages: [{ key: null, value: 'novalue-key' }, { key: 'tomb', value: null }, { key: 'e', value: '', headers: { empty: '' } }] })
    await p.disconnect()
    const got = await consumeAll(topic, 3, `kjs-nulls-g-${RUN}`, 20000)
    assert(got[0].key === null && got[0].value === 'novalue-key', JSON.stringify(got[0]))
    assert(got[1].key === 'tomb' && got[1].value === null, JSON.stringify(got[1]))
    assert(got[2].value === '' && got[2].headers.empty.toString() === '', JSON.stringify(got[2]))
  })
  await check('produce.auto_create', 30000, async () => {
    const topic = `kjs-auto-${RUN}`
    const p = kafka.producer({ allowAutoTopicCreation: true })
    await p.connect()
    const r = await p.send({ topic, messages: [{ key: 'a', value: 'b' }] })
    await p.disconnect()
    return JSON.stringify(r)
  })
  await check('produce.too_large', 30000, async () => {
    const topic = `kjs-big-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: '10000' }] }], waitForLeaders: true })
    const p = kafka.producer({ retry: { retries: 1 } })
    await p.connect()
    try {
      await p.send({ topic, messages: [{ key: 'a', value: 'z'.repeat(20000) }] })
      throw new Error('oversized record accepted')
    } catch (e) {
      if (e.message === 'oversized record accepted') throw e
      assert(/MESSAGE_TOO_LARGE|too large/i.test((e.type || '') + e.message), 'unexpected error ' + e.type + ' ' + e.message)
      return e.type || e.message
    } finally { await p.disconnect() }
  })
  await check('consume.small_max_bytes', 40000, async () => {
    const topic = `kjs-smallfetch-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true })
    const p = kafka.producer()
    await p.connect()
    const sent = []
    for (let i = 0; i < 6; i++) sent.push({ key: `big-${i}`, value: String(i).repeat(30000), headers: { i: String(i) } })
    for (const m of sent) await p.send({ topic, compression: CompressionTypes.GZIP, messages: [m] })
    await p.disconnect()
    const consumer = kafka.consumer({ groupId: `kjs-small-${RUN}`, maxBytesPerPartition: 1000, maxBytes: 2000, maxWaitTimeInMs: 200 })
    const got = []
    await consumer.connect(); await consumer.subscribe({ topic, fromBeginning: true })
    let done; const fin = new Promise(r => { done = r })
    await consumer.run({ eachMessage: async ({ message }) => { got.push({ key: message.key.toString(), value: message.value.toString(), headers: message.headers }); if (got.length === 6) done() } })
    try { await withTimeout(fin, 30000, 'small fetch got ' + got.length) } finally { await consumer.disconnect() }
    verify(got, sent)
  })
  await check('consume.seek_pause_resume', 40000, async () => {
    const topic = `kjs-seek-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true })
    const p = kafka.producer()
    await p.connect()
    await p.send({ topic, messages: Array.from({ length: 50 }, (_, i) => ({ key: `s-${i}`, value: String(i) })) })
    const consumer = kafka.consumer({ groupId: `kjs-seek-g-${RUN}`, maxWaitTimeInMs: 200 })
    await consumer.connect(); await consumer.subscribe({ topic, fromBeginning: true })
    const offs = []
    let seeked = false, paused = false, done
    const fin = new Promise(r => { done = r })
    await consumer.run({ eachMessage: async ({ partition, message }) => {
      offs.push(Number(message.offset))
      if (!seeked && Number(message.offset) === 10) { seeked = true; consumer.seek({ topic, partition, offset: '40' }) }
      if (Number(message.offset) === 45 && !paused) {
        paused = true; consumer.pause([{ topic }])
        setTimeout(() => consumer.resume([{ topic }]), 1000)
      }
      if (Number(message.offset) === 49) done()
    } })
    try { await withTimeout(fin, 30000, 'seek offs ' + offs.slice(-5)) } finally { await consumer.disconnect(); await p.disconnect() }
    assert(offs.includes(40) && !offs.includes(30), 'offsets ' + offs)
  })
  await check('admin.alter_configs', 20000, async () => {
    const topic = `kjs-alter-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true })
    await admin.alterConfigs({ validateOnly: false, resources: [{ type: 2, name: topic, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }] })
    const r = await admin.describeConfigs({ includeSynonyms: true, resources: [{ type: 2, name: topic }] })
    const e = r.resources[0].configEntries.find(c => c.configName === 'cleanup.policy')
    assert(e && e.configValue === 'compact', JSON.stringify(e))
    const b = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: 4, name: '0' }] })
    assert(b.resources[0].errorCode === 0, JSON.stringify(b.resources[0]).slice(0, 300))
    return `broker configs=${b.resources[0].configEntries.length}`
  })
  await check('admin.reset_offsets', 30000, async () => {
    const topic = `kjs-reset-${RUN}`
    const groupId = `kjs-reset-g-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true })
    const p = kafka.producer()
    await p.connect()
    await p.send({ topic, messages: Array.from({ length: 10 }, (_, i) => ({ partition: i % 2, key: `r-${i}`, value: String(i) })) })
    await p.disconnect()
    // kafkajs commits the sentinel -1 (latest) and resolves it only when asked to
    await admin.resetOffsets({ groupId, topic, earliest: false })
    const f = await admin.fetchOffsets({ groupId, topics: [topic], resolveOffsets: true })
    assert(f[0].partitions.every(x => x.offset === '5'), JSON.stringify(f))
    await admin.resetOffsets({ groupId, topic, earliest: true })
    const f2 = await admin.fetchOffsets({ groupId, topics: [topic], resolveOffsets: false })
    return JSON.stringify(f2)
  })
  await check('admin.log_append_time', 30000, async () => {
    const topic = `kjs-lat-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }] }], waitForLeaders: true })
    const p = kafka.producer()
    await p.connect()
    await p.send({ topic, messages: [{ key: 'a', value: 'b', timestamp: '1000' }] })
    await p.disconnect()
    const consumer = kafka.consumer({ groupId: `kjs-lat-g-${RUN}`, maxWaitTimeInMs: 200 })
    await consumer.connect(); await consumer.subscribe({ topic, fromBeginning: true })
    let done; const fin = new Promise(r => { done = r }); let ts
    await consumer.run({ eachMessage: async ({ message }) => { ts = message.timestamp; done() } })
    try { await withTimeout(fin, 20000, 'lat') } finally { await consumer.disconnect() }
    assert(Math.abs(Number(ts) - Date.now()) < 60000, 'timestamp ' + ts)
  })
  await check('group.offset_out_of_range', 40000, async () => {
    const topic = `kjs-oor-${RUN}`
    const groupId = `kjs-oor-g-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true })
    const p = kafka.producer()
    await p.connect()
    await p.send({ topic, messages: Array.from({ length: 5 }, (_, i) => ({ key: `o-${i}`, value: String(i) })) })
    await p.disconnect()
    await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: '1000' }] })
    const got = await consumeAll(topic, 5, groupId, 30000)
    assert(got[0].offset === '0', 'first offset ' + got[0].offset)
  })


  await check('admin.error_codes', 30000, async () => {
    const out = []
    const expectType = async (name, f, want) => {
      try { await f(); out.push(`${name}=no error`); return `${name}: no error, want ${want}` } catch (e) {
        // retried errors arrive wrapped (KafkaJSNonRetriableError) with the broker's error as cause
        const types = e.errors ? e.errors.map(x => x.type).join(',') : (e.type || (e.originalError && e.originalError.type) || (e.cause && e.cause.type))
        out.push(`${name}=${types}`)
        return types && types.includes(want) ? null : `${name}: got ${types} ${e.message}, want ${want}`
      }
    }
    const probs = []
    probs.push(await expectType('deleteTopics(unknown)', () => admin.deleteTopics({ topics: [`kjs-nope-${RUN}`] }), 'UNKNOWN_TOPIC_OR_PARTITION'))
    probs.push(await expectType('createTopics(rf=3)', () => admin.createTopics({ waitForLeaders: false, topics: [{ topic: `kjs-rf3-${RUN}`, replicationFactor: 3 }] }), 'INVALID_REPLICATION_FACTOR'))
    probs.push(await expectType('createTopics(bad config)', () => admin.createTopics({ waitForLeaders: false, topics: [{ topic: `kjs-badcfg-${RUN}`, configEntries: [{ name: 'no.such', value: '1' }] }] }), 'INVALID_CONFIG'))
    const t = `kjs-errs-${RUN}`
    await admin.createTopics({ topics: [{ topic: t, numPartitions: 3 }] })
    probs.push(await expectType('createPartitions(decrease)', () => admin.createPartitions({ topicPartitions: [{ topic: t, count: 2 }] }), 'INVALID_PARTITIONS'))
    probs.push(await expectType('fetchTopicOffsets(unknown)', () => admin.fetchTopicOffsets(`kjs-nope-${RUN}`), 'UNKNOWN_TOPIC_OR_PARTITION'))
    const p = probs.filter(Boolean)
    if (p.length) throw new Error(p.join('; '))
    return out.join('; ')
  })
  await check('admin.fetch_offsets_all_topics', 40000, async () => {
    const topic = `kjs-allt-${RUN}`
    const groupId = `kjs-allt-g-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true })
    const p = kafka.producer()
    await p.connect()
    await p.send({ topic, messages: Array.from({ length: 10 }, (_, i) => ({ partition: i % 2, key: `r-${i}`, value: String(i) })) })
    await p.disconnect()
    await consumeAll(topic, 10, groupId, 20000)
    await sleep(500)
    const f = await admin.fetchOffsets({ groupId })
    const mine = f.find(x => x.topic === topic)
    assert(mine && mine.partitions.reduce((s, x) => s + Number(x.offset), 0) === 10, JSON.stringify(f))
    const d = await admin.describeGroups([groupId])
    return `state=${d.groups[0].state}`
  })
  await check('group.describe_active', 40000, async () => {
    const topic = `kjs-desc-${RUN}`
    const groupId = `kjs-desc-g-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true })
    const c = kafka.consumer({ groupId, maxWaitTimeInMs: 200 })
    let joined
    const j = new Promise(r => { joined = r })
    c.on(c.events.GROUP_JOIN, () => joined())
    await c.connect(); await c.subscribe({ topic, fromBeginning: true })
    await c.run({ eachMessage: async () => {} })
    await withTimeout(j, 20000, 'join')
    try {
      const d = await c.describeGroup()
      assert(d.state === 'Stable' && d.members.length === 1, JSON.stringify(d))
      const { AssignerProtocol } = require('kafkajs')
      const a = AssignerProtocol.MemberAssignment.decode(d.members[0].memberAssignment)
      assert(a.assignment[topic].length === 2, JSON.stringify(a))
      let err
      try { await admin.deleteGroups([groupId]) } catch (e) { err = e }
      assert(err && JSON.stringify(err.groups || err.message).includes('NON_EMPTY') || (err && /not empty|NON_EMPTY/i.test(err.message + (err.groups || []).map(g => g.error && g.error.type).join())), 'deleteGroups(active) ' + (err && (err.message + JSON.stringify(err.groups))))
      return `protocol=${d.protocol}`
    } finally { await c.disconnect() }
  })


  await check('group.default_timings', 90000, async () => {
    // default kafkajs consumer settings: 5 s fetch long polls share the connection with heartbeats
    const topic = `kjs-deft-${RUN}`
    const groupId = `kjs-deft-g-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 4 }], waitForLeaders: true })
    const assigns = {}
    const seen = new Set()
    const cs = []
    const t0 = Date.now()
    for (let i = 0; i < 2; i++) {
      const c = kafka.consumer({ groupId })
      c.on(c.events.GROUP_JOIN, e => { assigns[i] = (e.payload.memberAssignment[topic] || []).length })
      await c.connect(); await c.subscribe({ topic, fromBeginning: true })
      await c.run({ eachMessage: async ({ message }) => { seen.add(message.key.toString()) } })
      cs.push(c)
    }
    for (let t = 0; t < 300 && !(assigns[0] === 2 && assigns[1] === 2); t++) await sleep(100)
    assert(assigns[0] === 2 && assigns[1] === 2, 'assign ' + JSON.stringify(assigns))
    const tJoin = Date.now() - t0
    const p = kafka.producer()
    await p.connect()
    await p.send({ topic, messages: Array.from({ length: 40 }, (_, i) => ({ key: `d-${i}`, value: 'x' })) })
    await p.disconnect()
    for (let t = 0; t < 200 && seen.size < 40; t++) await sleep(100)
    assert(seen.size === 40, 'seen ' + seen.size)
    const t1 = Date.now()
    await cs[1].disconnect()
    for (let t = 0; t < 400 && assigns[0] !== 4; t++) await sleep(100)
    assert(assigns[0] === 4, 'after leave ' + JSON.stringify(assigns))
    const tLeave = Date.now() - t1
    await cs[0].disconnect()
    return `join=${tJoin}ms leave-rebalance=${tLeave}ms`
  })


  await check('produce.compacted_null_key', 30000, async () => {
    const topic = `kjs-compact-${RUN}`
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }], waitForLeaders: true })
    const p = kafka.producer({ retry: { retries: 0 } })
    await p.connect()
    try {
      await p.send({ topic, messages: [{ key: 'k', value: 'v' }] })
      let err
      try { await p.send({ topic, messages: [{ value: 'nokey' }] }) } catch (e) { err = e }
      const type = err && (err.type || (err.originalError && err.originalError.type) || (err.cause && err.cause.type))
      assert(type === 'INVALID_RECORD', `keyless record on a compacted topic: ${type} ${err && err.message}`)
      return type
    } finally { await p.disconnect() }
  })

  await check('txn.producer', 30000, async () => {
    const p = kafka.producer({ transactionalId: `kjs-tx-${RUN}`, idempotent: true, maxInFlightRequests: 1 })
    try {
      await p.connect()
      const tx = await p.transaction()
      await tx.send({ topic: `kjs-tx-${RUN}`, messages: [{ key: 'a', value: 'b' }] })
      await tx.commit()
      return 'transaction committed'
    } catch (e) {
      return 'failed as expected (no txn support): ' + (e.type || '') + ' ' + e.message
    } finally { await p.disconnect().catch(() => {}) }
  })

  await admin.disconnect()
  const failed = results.filter(r => !r[1]).map(r => r[0])
  console.log(`SUMMARY ${results.length - failed.length}/${results.length} passed${failed.length ? ' FAILED: ' + failed.join(',') : ''}`)
  process.exit(failed.length ? 1 : 0)
}
main().catch(e => { console.log('FATAL ' + (e.stack || e)); process.exit(2) })
