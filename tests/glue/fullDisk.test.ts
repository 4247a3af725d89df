// A full disk while saving, simulated with a file-size limit on the running main process (prlimit), lifted
// mid-test: the failed save changes nothing and says what is true, the session waits in the journal, and the
// retry saves it exactly once.
import { afterEach, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURE_CIRCUIT } from '@tests/fixtures/sessions'
import type { SessionFrame } from '@shared/session/sessionCommands'
import { startMain, type MainProcess } from './harness/mainProcess'
import { seedFolder } from './corpus/seed'
import { runSessionToEnd, type Invoke } from './harness/runSession'

const running: MainProcess[] = []
const roots: string[] = []
afterEach(async () => {
  for (const main of running.splice(0)) await main.close()
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

type Result = { ok: boolean; value?: unknown; error?: { message: string } }
async function start(dataDir: string) {
  const main = await startMain({ dataDir })
  running.push(main)
  await main.call('ready')
  await main.call('settleStartup')
  const call = (channel: string, payload?: unknown) =>
    main.call<Result>('invoke', { channel, payload })
  return { main, call }
}
/** The save state of the session on screen. */
async function savedState(invoke: Invoke) {
  const { view } = await invoke<SessionFrame>('session:frame')
  return view?.save ?? { state: 'none' as const }
}
const limitFileSize = (pid: number, bytes: number | 'unlimited') =>
  execFileSync('prlimit', ['--pid', String(pid), `--fsize=${bytes}:unlimited`])

it('a session saved on a full disk is kept in the journal, and saved exactly once when space returns', async () => {
  const root = mkdtempSync(join(tmpdir(), 'cadence-full-'))
  roots.push(root)
  const dataDir = join(root, 'Cadence')
  await seedFolder(dataDir)
  const history = join(dataDir, 'history.jsonl')
  const { main, call } = await start(dataDir)
  const invoke: Invoke = async (channel, payload) => {
    const result = await call(channel, payload)
    if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`)
    return result.value as never
  }

  // The history file may grow by a few bytes only: the session's line does not fit.
  const before = readFileSync(history)
  limitFileSize(main.pid, statSync(history).size + 16)
  const full = await runSessionToEnd(invoke, FIXTURE_CIRCUIT)
  const said = full.save.state === 'failed' ? full.save.message : `(${full.save.state})`
  expect(said).toMatch(/disk is full/i)
  expect(said).not.toMatch(/Your data was not changed/)
  const sessionId = full.sessionId
  // Rolled back: not a byte of the failed line is left, and the session still waits in the journal.
  expect(readFileSync(history).equals(before)).toBe(true)
  expect(await call('journal:pending')).toMatchObject({ ok: true, value: { sessionId } })

  limitFileSize(main.pid, 'unlimited')
  await invoke('session:send', { type: 'retrySave' })
  await expect.poll(async () => (await savedState(invoke)).state).toBe('saved')
  expect(await savedState(invoke)).toMatchObject({ alreadySaved: false })
  const occurrences = readFileSync(history, 'utf8').split(`"id":"${sessionId}"`).length - 1
  expect(occurrences).toBe(1)
  // Gone without a quit, as a crash would leave it: the restart must still find the session once.
  await main.close()
  running.splice(running.indexOf(main), 1)

  const again = await start(dataDir)
  const page = await again.call('history:list', { offset: 0, limit: 100 })
  const ids = (page.value as { items: Array<{ id: string }> }).items.map((s) => s.id)
  expect(ids.filter((id) => id === sessionId)).toHaveLength(1)
  expect(await again.call('journal:pending')).toEqual({ ok: true, value: null })
  expect(await again.call('app:notices')).toEqual({ ok: true, value: [] })
})
