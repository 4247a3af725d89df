// Cold start with a big history and no index: from process start to the window's page being served, and to
// the history list, through the built main bundle on the glue suite's fake Electron (npm run build first).
// Target: the window in under 1 s whatever the history's size.
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatOp } from '@main/store/historyLog'
import { makeSession } from '../fixtures/sessions'
import { startMain } from '../glue/harness/mainProcess'
import { round } from './lib/stats'

const TARGET_BYTES = Number(process.env['COLD_START_MB'] ?? 200) * 1024 * 1024

/** A history of about TARGET_BYTES, one session per line, each with its own id; no index beside it. */
async function seed(dir: string, targetBytes: number): Promise<number> {
  const out = createWriteStream(join(dir, 'history.jsonl'))
  const template = formatOp({ op: 'put', session: makeSession(0) })
  const id = makeSession(0).id
  let bytes = 0
  let count = 0
  while (bytes < targetBytes) {
    const line = template.replaceAll(id, `cold-${String(count).padStart(8, '0')}`)
    bytes += Buffer.byteLength(line)
    count++
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return count
}

/** One cold start on a data folder of `targetBytes` of history: when the page was served, and the list. */
async function coldStart(targetBytes: number) {
  const root = mkdtempSync(join(tmpdir(), 'cadence-cold-'))
  const dataDir = join(root, 'Cadence')
  try {
    mkdirSync(dataDir)
    const sessions = await seed(dataDir, targetBytes)
    const app = await startMain({ dataDir })
    await app.call('ready')
    // The page is served by main's app:// handler: a main thread busy reading history answers it late.
    const page = await app.call<{ status: number; at: number }>('protocol', {
      url: 'app://cadence/index.html',
    })
    if (page.status !== 200) throw new Error(`index.html answered ${page.status}`)
    const list = await app.call<{ ok: boolean; value?: { total: number } }>('invoke', {
      channel: 'history:list',
      payload: { offset: 0, limit: 50 },
    })
    const historyMs = await app.call<number>('now')
    if (!list.ok || list.value?.total !== sessions)
      throw new Error(`history listed ${JSON.stringify(list).slice(0, 200)}, expected ${sessions}`)
    const state = await app.state()
    await app.close()
    const figures = {
      sessions,
      mb: round(targetBytes / 1048576),
      created_ms: round(state.times['window:create'] ?? NaN),
      window_ms: round(page.at),
      history_ms: round(historyMs),
    }
    console.log(JSON.stringify(figures))
    return figures
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

// An empty history first: what starting costs on this machine at all, to read the big one against.
await coldStart(1)
const big = await coldStart(TARGET_BYTES)
console.log(
  JSON.stringify({ bench: 'cold-start', window_ms: big.window_ms, history_ms: big.history_ms })
)
