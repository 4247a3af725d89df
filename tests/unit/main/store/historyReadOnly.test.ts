// A second Cadence on a folder another one holds opens it read-only: it reads the history and the journal as
// they are and repairs nothing, since the holder may be writing them at that moment.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openHistoryStore } from '@main/store/historyStore'
import { openJournalStore } from '@main/store/journalStore'
import { createStoreAccess } from '@main/store/storeAccess'
import type { RecoveryNotice } from '@main/store/document'
import { makeSession } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'

const line = (n: number, overrides = {}) =>
  JSON.stringify({ op: 'put', session: { ...makeSession(n), ...overrides } })

/** An access already refused, as the folder lock leaves it for a second instance. */
function readOnlyAccess() {
  const access = createStoreAccess()
  access.markReadOnly('cadence.lock', Object.assign(new Error('held'), { code: 'EACCES' }))
  return access
}

describe('history in a folder another Cadence holds', () => {
  const tempDir = useTempDir()

  it('lists what reads and changes no byte: no tail cut, no rewrite, no copies, no index', () => {
    const dir = tempDir()
    const log = Buffer.concat([
      Buffer.from(`${line(1)}\n${line(1, { note: 'twin' })}\n${'x'.repeat(300)}\n${line(2)}\n`),
      Buffer.from([0xff, 0x00, 0x41]),
    ])
    writeFileSync(join(dir, 'history.jsonl'), log)
    writeFileSync(join(dir, 'journal.jsonl'), `not json\n`)
    const notices: RecoveryNotice[] = []
    const access = readOnlyAccess()
    const onRecovered = (n: RecoveryNotice) => notices.push(n)
    const history = openHistoryStore(dir, { onRecovered, access })
    const journal = openJournalStore(dir, history, { onRecovered, access })
    expect(history.summaries().map((s) => s.id)).toContain('session-000002')
    journal.close()
    history.close()
    expect(readFileSync(join(dir, 'history.jsonl'))).toEqual(log)
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).toBe('not json\n')
    expect(readdirSync(dir).sort()).toEqual(['history.jsonl', 'journal.jsonl'])
  })
})
