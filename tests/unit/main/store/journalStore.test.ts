import { describe, expect, it } from 'vitest'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openHistoryStore } from '@main/store/historyStore'
import { openJournalStore } from '@main/store/journalStore'
import type { RecoveryNotice } from '@main/store/document'
import { FIXTURE_CIRCUIT, makeSession, plannedSteps } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'

const begin = {
  sessionId: 'session-000000',
  circuit: FIXTURE_CIRCUIT,
  startedAt: '2026-11-20T08:00:00.000+01:00',
  timeZone: 'Europe/Paris',
}

describe('session journal', () => {
  const tempDir = useTempDir()
  function open(dir: string, notices: RecoveryNotice[] = []) {
    const history = openHistoryStore(dir, { onRecovered: (n) => notices.push(n) })
    const journal = openJournalStore(dir, history, { onRecovered: (n) => notices.push(n) })
    return { history, journal, close: () => (journal.close(), history.close()) }
  }

  it('journals each step and, at the end, saves to history and clears the journal', () => {
    const dir = tempDir()
    const { history, journal, close } = open(dir)
    journal.begin(begin)
    for (const step of plannedSteps(FIXTURE_CIRCUIT).slice(0, 3))
      journal.progress({ sessionId: begin.sessionId, step })
    expect(journal.pending()?.steps).toHaveLength(3)
    journal.end(makeSession(0))
    expect(journal.pending()).toBeNull()
    expect(existsSync(join(dir, 'journal.jsonl'))).toBe(false)
    expect(history.get('session-000000').status).toBe('completed')
    close()
  })

  it('after a crash, offers the unfinished session and saves it as stopped', () => {
    const dir = tempDir()
    let s = open(dir)
    s.journal.begin(begin)
    const steps = plannedSteps(FIXTURE_CIRCUIT).slice(0, 5)
    for (const step of steps) s.journal.progress({ sessionId: begin.sessionId, step })
    s.close() // the app dies here, without end()
    s = open(dir)
    expect(s.journal.pending()).toEqual({ ...begin, steps, timer: null })
    const saved = s.journal.saveAsStopped()
    expect(saved).toMatchObject({ status: 'stopped', steps, roundsCompleted: 1 })
    expect(s.journal.pending()).toBeNull()
    expect(s.history.get(begin.sessionId).status).toBe('stopped')
    s.close()
  })

  it('refuses to start another session while one is waiting, until it is discarded', () => {
    const dir = tempDir()
    const s = open(dir)
    s.journal.begin(begin)
    expect(() => s.journal.begin({ ...begin, sessionId: 'session-999999' })).toThrow(
      /interrupted session is waiting/
    )
    expect(() =>
      s.journal.progress({ sessionId: 'session-999999', step: plannedSteps(FIXTURE_CIRCUIT)[0]! })
    ).toThrow(/not the one in progress/)
    s.journal.discard()
    s.journal.begin({ ...begin, sessionId: 'session-999999' })
    expect(s.journal.pending()?.sessionId).toBe('session-999999')
    s.close()
  })

  it('loses at most the step being written when a crash tears the last line', () => {
    const dir = tempDir()
    let s = open(dir)
    s.journal.begin(begin)
    const steps = plannedSteps(FIXTURE_CIRCUIT).slice(0, 2)
    for (const step of steps) s.journal.progress({ sessionId: begin.sessionId, step })
    s.close()
    appendFileSync(join(dir, 'journal.jsonl'), '{"sessionId":"session-000000","step":{"stepIn')
    s = open(dir)
    expect(s.journal.pending()?.steps).toEqual(steps)
    s.close()
  })

  it('sets an unreadable journal aside and reports it', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'journal.jsonl'), 'not json at all\n')
    const notices: RecoveryNotice[] = []
    const s = open(dir, notices)
    expect(s.journal.pending()).toBeNull()
    expect(notices[0]?.reason).toBe('the unfinished session could not be read')
    expect(readFileSync(notices[0]!.movedTo!, 'utf8')).toBe('not json at all\n')
    s.close()
  })

  it('a crash between saving to history and clearing the journal leaves nothing pending and no duplicate', () => {
    const dir = tempDir()
    let s = open(dir)
    s.journal.begin(begin)
    s.history.append(makeSession(0)) // end() got this far
    s.close()
    s = open(dir)
    expect(s.journal.pending()).toBeNull()
    expect(s.history.list({ offset: 0, limit: 10 }).total).toBe(1)
    s.close()
  })
})
