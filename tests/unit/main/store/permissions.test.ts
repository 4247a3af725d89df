// Permission cases for real: these machines run as root, which reads and writes everything, so the stores run
// in a child as an unprivileged user (uid 65534) over folders and files owned by root.
import { describe, expect, it } from 'vitest'
import { chmodSync, chownSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openHistoryStore } from '@main/store/historyStore'
import { openJournalStore } from '@main/store/journalStore'
import { createSettingsStore } from '@main/store/settingsStore'
import { makeSession, FIXTURE_CIRCUIT } from '@tests/fixtures/sessions'
import { confBackend } from '@tests/fixtures/confBackend'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { bundleStoreChild, startStoreChild, type Reply } from './fixtures/storeChildHarness'

const NOBODY = { uid: 65534, gid: 65534 }
const canDrop = process.getuid?.() === 0

/** A data folder with settings, two sessions and an unfinished one, all written by root. */
function seed(dir: string) {
  createSettingsStore(dir, confBackend(dir), () => {}).update({ bodyWeight: 77 })
  const history = openHistoryStore(dir, { onRecovered: () => {} })
  history.append(makeSession(1))
  history.append(makeSession(2))
  const journal = openJournalStore(dir, history, { onRecovered: () => {} })
  journal.begin({
    sessionId: makeSession(3).id,
    circuit: FIXTURE_CIRCUIT,
    startedAt: makeSession(3).startedAt,
    timeZone: 'Europe/Paris',
  })
  journal.close()
  history.close()
}

type State = {
  notices: { reason: string; movedTo: string | null }[]
  readOnly: unknown
  sessions: number
}
const value = (reply: Reply) => (reply.ok ? (reply.value as State) : null)

describe.skipIf(!canDrop)('a data folder Cadence may not fully use (run as uid 65534)', () => {
  const tempDir = useTempDir()

  it('opens a read-only folder: everything visible, every save says why it cannot happen', async () => {
    const dir = tempDir()
    seed(dir)
    chmodSync(dir, 0o755)
    // Readable by all, writable by root only: a folder shared read-only, or a read-only mount.
    for (const file of readdirSync(dir)) chmodSync(join(dir, file), 0o644)
    const child = await startStoreChild(await bundleStoreChild(), dir, NOBODY)
    const state = value(await child.send('state'))!
    expect(state.sessions).toBe(2)
    expect(state.readOnly).toMatchObject({ reason: 'permission denied' })
    const saved = await child.send('settings', 5)
    expect(saved).toMatchObject({ ok: false })
    expect(saved.ok ? '' : saved.message).toMatch(/open read-only.*Nothing was changed/)
    expect(await child.send('append', 9)).toMatchObject({ ok: false })
    await child.stop()
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      bodyWeight: 77,
    })
  }, 60_000)

  it('rebuilds an index and moves aside a journal left unreadable by a sudo run, then saves', async () => {
    const dir = tempDir()
    seed(dir)
    chownSync(dir, NOBODY.uid, NOBODY.gid)
    for (const file of ['history.jsonl', 'settings.json'])
      chownSync(join(dir, file), NOBODY.uid, NOBODY.gid)
    for (const file of ['history.index.jsonl', 'journal.jsonl']) chmodSync(join(dir, file), 0o600)
    const child = await startStoreChild(await bundleStoreChild(), dir, NOBODY)
    const state = value(await child.send('state'))!
    expect(state.sessions).toBe(2)
    expect(state.readOnly).toBeNull()
    expect(state.notices).toHaveLength(1)
    expect(state.notices[0]!.reason).toMatch(/unfinished session could not be read/)
    expect(readFileSync(state.notices[0]!.movedTo!, 'utf8')).toContain(makeSession(3).id)
    expect(await child.send('append', 9)).toMatchObject({ ok: true })
    expect(await child.send('circuit')).toMatchObject({ ok: true })
    await child.stop()
    expect(openHistoryStore(dir, { onRecovered: () => {} }).summaries()).toHaveLength(3)
  }, 60_000)

  it('starts with a history it may not read, says so, and leaves the file alone', async () => {
    const dir = tempDir()
    seed(dir)
    chownSync(dir, NOBODY.uid, NOBODY.gid)
    chmodSync(join(dir, 'history.jsonl'), 0o600)
    writeFileSync(join(dir, 'history.index.jsonl'), '')
    const before = readFileSync(join(dir, 'history.jsonl'))
    const child = await startStoreChild(await bundleStoreChild(), dir, NOBODY)
    const state = value(await child.send('state'))!
    expect(state.readOnly).toMatchObject({ reason: 'permission denied' })
    expect(state.notices.map((n) => n.reason).join(' ')).toMatch(/open read-only/)
    await child.stop()
    expect(readFileSync(join(dir, 'history.jsonl'))).toEqual(before)
  }, 60_000)
})
