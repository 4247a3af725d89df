// A full disk while saving, simulated with a file-size limit on the running main process (prlimit), lifted
// mid-test: the failed save changes nothing and says what is true, the session waits in the journal, and the
// retry saves it exactly once.
import { afterEach, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURE_CIRCUIT, makeSession } from '@tests/fixtures/sessions'
import { startMain, type MainProcess } from './harness/mainProcess'
import { seedFolder } from './corpus/seed'

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
const limitFileSize = (pid: number, bytes: number | 'unlimited') =>
  execFileSync('prlimit', ['--pid', String(pid), `--fsize=${bytes}:unlimited`])

it('a session saved on a full disk is kept in the journal, and saved exactly once when space returns', async () => {
  const root = mkdtempSync(join(tmpdir(), 'cadence-full-'))
  roots.push(root)
  const dataDir = join(root, 'Cadence')
  await seedFolder(dataDir)
  const history = join(dataDir, 'history.jsonl')
  const session = makeSession(600)
  const { main, call } = await start(dataDir)

  const begin = {
    sessionId: session.id,
    circuit: FIXTURE_CIRCUIT,
    startedAt: session.startedAt,
    timeZone: 'Europe/Paris',
  }
  expect(await call('journal:begin', begin)).toMatchObject({ ok: true })
  for (const step of session.steps.slice(0, 3))
    expect(await call('journal:progress', { sessionId: session.id, step })).toMatchObject({
      ok: true,
    })

  // The history file may grow by a few bytes only: the session's line does not fit.
  const before = readFileSync(history)
  limitFileSize(main.pid, statSync(history).size + 16)
  const full = await call('journal:end', session)
  expect(full.ok).toBe(false)
  expect(full.error?.message).toMatch(/disk is full/i)
  expect(full.error?.message).not.toMatch(/Your data was not changed/)
  // Rolled back: not a byte of the failed line is left, and the session still waits in the journal.
  expect(readFileSync(history).equals(before)).toBe(true)
  expect(await call('journal:pending')).toMatchObject({
    ok: true,
    value: { sessionId: session.id },
  })

  limitFileSize(main.pid, 'unlimited')
  expect(await call('journal:end', session)).toMatchObject({
    ok: true,
    value: { alreadySaved: false, journalCleared: true },
  })
  // Saving again (an answer lost on the way back) finds it saved and writes nothing.
  expect(await call('journal:end', session)).toMatchObject({
    ok: true,
    value: { alreadySaved: true },
  })
  const occurrences = readFileSync(history, 'utf8').split(`"id":"${session.id}"`).length - 1
  expect(occurrences).toBe(1)
  // Gone without a quit, as a crash would leave it: the restart must still find the session once.
  await main.close()
  running.splice(running.indexOf(main), 1)

  const again = await start(dataDir)
  const page = await again.call('history:list', { offset: 0, limit: 100 })
  const ids = (page.value as { items: Array<{ id: string }> }).items.map((s) => s.id)
  expect(ids.filter((id) => id === session.id)).toHaveLength(1)
  expect(await again.call('journal:pending')).toEqual({ ok: true, value: null })
  expect(await again.call('app:notices')).toEqual({ ok: true, value: [] })
})
