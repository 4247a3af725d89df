// Saving a finished session through the real journal and history files, whatever happened to the journal.
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RecoveryNotice } from '@main/store/document'
import { openHistoryStore } from '@main/store/historyStore'
import { openJournalStore } from '@main/store/journalStore'
import { FIXTURE_CIRCUIT, makeSession, plannedSteps } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'

const session = makeSession(0)
const begin = (sessionId = session.id) => ({
  sessionId,
  circuit: FIXTURE_CIRCUIT,
  startedAt: session.startedAt,
  timeZone: session.timeZone,
})
const inHistory = (dir: string) =>
  readFileSync(join(dir, 'history.jsonl'), 'utf8').split('\n').filter(Boolean).length

describe('journal end: a finished session is never lost', () => {
  const tempDir = useTempDir()
  function open(dir = tempDir(), notices: RecoveryNotice[] = []) {
    const onRecovered = (n: RecoveryNotice) => notices.push(n)
    const history = openHistoryStore(dir, { onRecovered })
    const journal = openJournalStore(dir, history, { onRecovered })
    const close = () => (journal.close(), history.close())
    return { dir, history, journal, notices, close }
  }

  it('saves a session whose journal never began, and says the journal was not cleared', () => {
    const s = open()
    expect(s.journal.end(session)).toEqual({ alreadySaved: false, journalCleared: false })
    expect(s.history.get(session.id).steps).toHaveLength(session.steps.length)
    s.close()
  })

  it('saves it when the journal belongs to another session, which stays waiting', () => {
    const s = open()
    s.journal.begin(begin('session-other-1'))
    expect(s.journal.end(session)).toMatchObject({ journalCleared: false })
    expect(s.journal.pending()?.sessionId).toBe('session-other-1')
    expect(inHistory(s.dir)).toBe(1)
    s.close()
  })

  it('saves it when the journal file was damaged at start-up or has vanished', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'journal.jsonl'), '{"torn')
    const s = open(dir)
    expect(s.notices[0]?.reason).toBe('the unfinished session could not be read')
    expect(s.journal.end(session)).toMatchObject({ alreadySaved: false })
    s.close()

    const t = open()
    t.journal.begin(begin())
    rmSync(join(t.dir, 'journal.jsonl'))
    expect(t.journal.end(session)).toMatchObject({ journalCleared: true })
    expect(inHistory(t.dir)).toBe(1)
    t.close()
  })

  it('a retry of a save that already happened writes nothing twice', () => {
    const s = open()
    s.journal.begin(begin())
    s.journal.progress({ sessionId: session.id, step: plannedSteps(FIXTURE_CIRCUIT)[0]! })
    expect(s.journal.end(session)).toMatchObject({ journalCleared: true })
    expect(existsSync(join(s.dir, 'journal.jsonl'))).toBe(false)
    expect(s.journal.end(session)).toEqual({ alreadySaved: true, journalCleared: false })
    expect(inHistory(s.dir)).toBe(1)
    s.close()
  })

  it("keeps the timer's latest snapshot for Resume across a restart", () => {
    const s = open()
    s.journal.begin(begin())
    const first = { savedAt: 1_000, snapshot: { value: { running: 'awake' }, status: 'active' } }
    const second = { savedAt: 2_000, snapshot: { value: { running: 'paused' }, status: 'active' } }
    s.journal.snapshot({ sessionId: session.id, timer: first })
    s.journal.progress({ sessionId: session.id, step: plannedSteps(FIXTURE_CIRCUIT)[0]! })
    s.journal.snapshot({ sessionId: session.id, timer: second })
    s.close()
    const again = open(s.dir)
    const pending = again.journal.pending()
    expect(pending).toMatchObject({ sessionId: session.id, timer: second })
    expect(pending?.steps).toHaveLength(1)
    again.close()
  })
})
