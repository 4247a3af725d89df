// The journal of an unfinished session as it really ends up: a damaged line in the middle, a folder in its
// place. Each start recovers every readable step and keeps the original bytes aside.
import { describe, expect, it } from 'vitest'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
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

describe('journal damage', () => {
  const tempDir = useTempDir()
  function open(dir: string, notices: RecoveryNotice[] = []) {
    const history = openHistoryStore(dir, { onRecovered: (n) => notices.push(n) })
    const journal = openJournalStore(dir, history, { onRecovered: (n) => notices.push(n) })
    return { history, journal, close: () => (journal.close(), history.close()) }
  }

  it('skips one bad line in the middle and keeps every step after it', () => {
    const dir = tempDir()
    const steps = plannedSteps(FIXTURE_CIRCUIT).slice(0, 4)
    const lines = [begin, ...steps.map((step) => ({ sessionId: begin.sessionId, step }))].map((l) =>
      JSON.stringify(l)
    )
    lines[2] = '{"sessionId":"session-000000","step":{"stepIndex":"bro'
    const original = `${lines.join('\n')}\n`
    writeFileSync(join(dir, 'journal.jsonl'), original)
    const notices: RecoveryNotice[] = []
    let s = open(dir, notices)
    expect(s.journal.pending()?.steps).toEqual([steps[0], steps[2], steps[3]])
    expect(notices).toHaveLength(1)
    expect(readFileSync(notices[0]!.movedTo!, 'utf8')).toBe(original)
    // The next step goes on a clean line, and reads back after another start.
    s.journal.progress({ sessionId: begin.sessionId, step: plannedSteps(FIXTURE_CIRCUIT)[4]! })
    s.close()
    s = open(dir, [])
    expect(s.journal.pending()?.steps).toHaveLength(4)
    s.close()
  })

  it('a step written after a torn last line is not lost at the next start', () => {
    const dir = tempDir()
    let s = open(dir)
    s.journal.begin(begin)
    s.close()
    writeFileSync(
      join(dir, 'journal.jsonl'),
      `${readFileSync(join(dir, 'journal.jsonl'), 'utf8')}{"sessionId":"session-000000","st`
    )
    s = open(dir)
    s.journal.progress({ sessionId: begin.sessionId, step: plannedSteps(FIXTURE_CIRCUIT)[0]! })
    s.close()
    s = open(dir)
    expect(s.journal.pending()?.steps).toHaveLength(1)
    s.close()
  })

  it('moves a folder standing where the journal should be aside, and journals the next session', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'journal.jsonl'))
    const notices: RecoveryNotice[] = []
    const s = open(dir, notices)
    expect(s.journal.pending()).toBeNull()
    expect(statSync(notices[0]!.movedTo!).isDirectory()).toBe(true)
    s.journal.begin(begin)
    expect(s.journal.end(makeSession(0))).toEqual({ alreadySaved: false, journalCleared: true })
    s.close()
  })
})
