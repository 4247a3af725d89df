// Does saving a session cost the same at 10,000 stored as at 10? And how fast is the first page of the list?
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openHistoryStore } from '@main/store/historyStore'
import { formatOp } from '@main/store/historyLog'
import { makeSession } from '../fixtures/sessions'
import { percentile, round } from './lib/stats'

const SAMPLES = 60

/** A history file with `count` sessions, written in one go (seeding need not pay an fsync per session). */
function seed(dir: string, count: number) {
  const lines: string[] = []
  for (let n = 0; n < count; n++)
    lines.push(formatOp({ op: 'put', session: makeSession(n + SAMPLES + 1) }))
  writeFileSync(join(dir, 'history.jsonl'), lines.join(''))
}

function measureAppends(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'cadence-scale-'))
  seed(dir, count)
  // The first open has no index yet and reads the whole log (as after an upgrade or a repair).
  let t = performance.now()
  openHistoryStore(dir, { onRecovered: () => {} }).close()
  const rebuildMs = performance.now() - t
  t = performance.now()
  const store = openHistoryStore(dir, { onRecovered: () => {} })
  const openMs = performance.now() - t
  t = performance.now()
  const page = store.list({ offset: 0, limit: 50 })
  const firstPageMs = performance.now() - t
  if (page.total !== count) throw new Error(`expected ${count} sessions, found ${page.total}`)
  const latencies: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const session = makeSession(i, { overrides: { id: `scale-sample-${i}` } })
    const start = performance.now()
    store.append(session)
    latencies.push(performance.now() - start)
  }
  store.close()
  rmSync(dir, { recursive: true, force: true })
  return { latencies, openMs, rebuildMs, firstPageMs }
}

const small = measureAppends(10)
const large = measureAppends(10_000)
console.log(
  `append at 10: p50 ${round(percentile(small.latencies, 50))} ms, p95 ${round(percentile(small.latencies, 95))} ms`
)
console.log(
  `append at 10000: p50 ${round(percentile(large.latencies, 50))} ms, p95 ${round(percentile(large.latencies, 95))} ms`
)
console.log(
  `open at 10000: ${round(large.openMs)} ms (${round(large.rebuildMs)} ms without an index); first page: ${round(large.firstPageMs)} ms`
)
console.log(
  JSON.stringify({
    bench: 'history-scale',
    append_p50_ms_at_10: round(percentile(small.latencies, 50)),
    append_p95_ms_at_10: round(percentile(small.latencies, 95)),
    append_p50_ms_at_10000: round(percentile(large.latencies, 50)),
    append_p95_ms_at_10000: round(percentile(large.latencies, 95)),
    first_page_ms_at_10000: round(large.firstPageMs),
    open_ms_at_10000: round(large.openMs),
    rebuild_ms_at_10000: round(large.rebuildMs),
  })
)
