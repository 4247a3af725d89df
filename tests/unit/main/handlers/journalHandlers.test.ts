// Saving a finished session through the real handlers and files, whatever happened to the journal.
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURE_CIRCUIT, makeSession, plannedSteps } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { useTestServices } from '@tests/unit/helpers/services'

const session = makeSession(0)
const begin = (sessionId = session.id) => ({
  sessionId,
  circuit: FIXTURE_CIRCUIT,
  startedAt: session.startedAt,
  timeZone: session.timeZone,
})
const inHistory = (dir: string) =>
  readFileSync(join(dir, 'history.jsonl'), 'utf8').split('\n').filter(Boolean).length

describe('journal handlers: a finished session is never lost', () => {
  const tempDir = useTempDir()
  const open = useTestServices(tempDir)

  it('saves a session whose journal never began, and says the journal was not cleared', async () => {
    const s = open()
    expect(await s.ok('journal:end', session)).toMatchObject({
      summary: { id: session.id, status: 'completed' },
      alreadySaved: false,
      journalCleared: false,
    })
    expect((await s.ok('history:get', { id: session.id })).steps).toHaveLength(session.steps.length)
  })

  it('saves it when the journal belongs to another session, which stays waiting', async () => {
    const s = open()
    await s.ok('journal:begin', begin('session-other-1'))
    expect(await s.ok('journal:end', session)).toMatchObject({ journalCleared: false })
    expect((await s.ok('journal:pending'))?.sessionId).toBe('session-other-1')
    expect(inHistory(s.dir)).toBe(1)
  })

  it('saves it when the journal file was damaged at start-up or has vanished', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'journal.jsonl'), '{"torn')
    const s = open(dir)
    expect((await s.ok('app:notices'))[0]?.reason).toBe('the unfinished session could not be read')
    expect(await s.ok('journal:end', session)).toMatchObject({ alreadySaved: false })

    const t = open()
    await t.ok('journal:begin', begin())
    rmSync(join(t.dir, 'journal.jsonl'))
    expect(await t.ok('journal:end', session)).toMatchObject({ journalCleared: true })
    expect(inHistory(t.dir)).toBe(1)
  })

  it('a retry after a save whose answer was lost writes nothing twice', async () => {
    const s = open()
    await s.ok('journal:begin', begin())
    await s.ok('journal:progress', {
      sessionId: session.id,
      step: plannedSteps(FIXTURE_CIRCUIT)[0]!,
    })
    expect(await s.ok('journal:end', session)).toMatchObject({ journalCleared: true })
    expect(existsSync(join(s.dir, 'journal.jsonl'))).toBe(false)
    expect(await s.ok('journal:end', session)).toMatchObject({
      alreadySaved: true,
      journalCleared: false,
    })
    expect(inHistory(s.dir)).toBe(1)
  })

  it("keeps the timer's latest snapshot for Resume across a restart", async () => {
    const dir = tempDir()
    const s = open(dir)
    await s.ok('journal:begin', begin())
    const first = { savedAt: 1_000, snapshot: { value: { running: 'awake' }, status: 'active' } }
    const second = { savedAt: 2_000, snapshot: { value: { running: 'paused' }, status: 'active' } }
    await s.ok('journal:snapshot', { sessionId: session.id, timer: first })
    await s.ok('journal:progress', {
      sessionId: session.id,
      step: plannedSteps(FIXTURE_CIRCUIT)[0]!,
    })
    await s.ok('journal:snapshot', { sessionId: session.id, timer: second })
    s.close()
    const pending = await open(dir).ok('journal:pending')
    expect(pending).toMatchObject({ sessionId: session.id, timer: second })
    expect(pending?.steps).toHaveLength(1)
  })
})
