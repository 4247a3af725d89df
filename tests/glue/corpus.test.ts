// Every damaged folder of the corpus, started through the built main bundle on the fake Electron: Cadence
// starts, says what it found, keeps the original bytes, lists every readable session, and saves a new
// circuit and session that survive a restart (or, read-only, says why it cannot).
import { afterAll, describe, expect, it } from 'vitest'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { FIXTURE_CIRCUIT } from '@tests/fixtures/sessions'
import { startMain, type MainProcess } from './harness/mainProcess'
import { runSessionToEnd } from './harness/runSession'
import { CASES, type Call, type CorpusCase } from './corpus/cases'
import { filesOf, giveToNobody, NOBODY, seedFolder } from './corpus/seed'

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

const NEW_CIRCUIT = { ...FIXTURE_CIRCUIT, id: 'corpus-new', name: 'Saved after the damage' }
/** Caches and the lock: not the user's bytes. */
const NOT_USER_DATA = /(\.index\.jsonl|cadence\.lock)$/

async function start(dataDir: string, asNobody: boolean) {
  const main = await startMain({ dataDir, ...(asNobody ? { uid: NOBODY } : {}) })
  await main.call('ready')
  await main.call('settleStartup')
  // History, and the journal over it, open in the background after the window, and their notices with them:
  // any history request waits for that (its answer, ok or not, does not matter here).
  await main.call('invoke', { channel: 'history:list', payload: { offset: 0, limit: 1 } })
  const call: Call = async (channel, payload) => {
    const result = await main.call<{ ok: boolean; value?: unknown; error?: { message: string } }>(
      'invoke',
      { channel, payload }
    )
    if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`)
    return result.value as never
  }
  return { main, call }
}

/** Every notice as one line: the file and reason, the read-only reason, each conflict copy. */
async function noticeText(call: Call): Promise<string> {
  const notices =
    await call<Array<{ file: string; reason: string; movedTo: string | null }>>('app:notices')
  const status = await call<{
    readOnly: string | null
    conflicts: Array<{ original: string; tool: string }>
  }>('app:dataStatus')
  return [
    ...notices.map((n) => `${basename(n.file)}: ${n.reason}${n.movedTo ? ` -> ${n.movedTo}` : ''}`),
    ...(status.readOnly ? [`read-only: ${status.readOnly}`] : []),
    ...status.conflicts.map((c) => `conflict: ${c.original} (${c.tool})`),
  ].join('\n')
}

/**
 * The original bytes, byte for byte: where they were (an append-only log may have grown), in a copy set
 * aside, or split between the two (the log cut back to its last good line, the rest copied aside).
 */
function kept(original: Buffer, now: Buffer | undefined, all: Map<string, Buffer>): boolean {
  const copies = [...all.values()]
  if (copies.some((b) => b.equals(original))) return true
  if (!now) return false
  if (now.subarray(0, original.length).equals(original)) return true
  let common = 0
  while (common < Math.min(now.length, original.length) && now[common] === original[common])
    common++
  const rest = original.subarray(common)
  return copies.some((b) => b.equals(rest))
}

async function listed(call: Call): Promise<string[]> {
  const page = await call<{ items: Array<{ id: string }> }>('history:list', {
    offset: 0,
    limit: 100,
  })
  return page.items.map((s) => s.id)
}

async function stop(main: MainProcess) {
  await main.call('quit')
  await main.close()
}

async function checkCase(c: CorpusCase) {
  const root = mkdtempSync(join(tmpdir(), 'cadence-corpus-'))
  roots.push(root)
  chmodSync(root, 0o755)
  const dataDir = join(root, 'Cadence')
  await seedFolder(dataDir)
  if (c.asNobody) giveToNobody(dataDir)
  c.damage(dataDir)
  const before = filesOf(root)

  const { main, call } = await start(dataDir, c.asNobody === true)
  const state = await main.state()
  expect(state.messageBoxes.map((b) => b.options.message)).toEqual([])
  expect(state.windows).toHaveLength(1)

  const text = await noticeText(call)
  if (c.notice === null) expect(text).toBe('')
  else if (c.notice) expect(text).toMatch(c.notice)

  const after = filesOf(root)
  for (const [path, bytes] of before) {
    if (!NOT_USER_DATA.test(path)) expect(kept(bytes, after.get(path), after), path).toBe(true)
  }

  const ids = await listed(call)
  for (const id of c.sessions) expect(ids).toContain(id)
  for (const id of c.hidden ?? []) expect(ids).not.toContain(id)
  await c.check?.(dataDir, call)

  const readOnly = (await call<{ readOnly: string | null }>('app:dataStatus')).readOnly
  expect(readOnly !== null).toBe(c.readOnly === true)
  if (readOnly !== null) {
    await expect(call('circuits:save', NEW_CIRCUIT)).rejects.toThrow(/read-only/)
    const refused = await runSessionToEnd(call, NEW_CIRCUIT)
    expect(refused.save.state === 'failed' && refused.save.message).toMatch(/read-only/)
    await stop(main)
    return
  }
  await call('circuits:save', NEW_CIRCUIT)
  const run = await runSessionToEnd(call, NEW_CIRCUIT)
  expect(run.save.state).toBe('saved')
  await stop(main)
  c.afterSave?.(dataDir, run.sessionId)

  const again = await start(dataDir, c.asNobody === true)
  const circuits = await again.call<Array<{ id: string }>>('circuits:list')
  expect(circuits.map((x) => x.id)).toContain(NEW_CIRCUIT.id)
  expect(await listed(again.call)).toContain(run.sessionId)
  await stop(again.main)
}

describe('damaged data folders', () => {
  for (const c of CASES) it(c.name, () => checkCase(c))
})
