// History files as users really have them: hand-edited, junk-tailed, duplicated, from a newer Cadence, swapped
// by a sync tool, replaced by a folder or a link. Each case starts, keeps the original bytes, and says so once.
import { describe, expect, it } from 'vitest'
import {
  appendFileSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { openHistoryStore, openHistoryStoreAsync } from '@main/store/historyStore'
import type { RecoveryNotice } from '@main/store/document'
import { makeSession } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'

const AT = new Date('2026-11-21T10:00:00Z')
const open = (dir: string, notices: RecoveryNotice[] = []) =>
  openHistoryStore(dir, { onRecovered: (n) => notices.push(n), now: () => AT })
const ids = (store: ReturnType<typeof open>) =>
  store.list({ offset: 0, limit: 100 }).items.map((s) => s.id)
const line = (n: number, overrides = {}) =>
  JSON.stringify({ op: 'put', session: { ...makeSession(n), ...overrides } })

describe('history that a person or another program touched', () => {
  const tempDir = useTempDir()

  it('keeps a last line without a newline (a hand edit) when it parses', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'history.jsonl'), `${line(1)}\n${line(2)}`)
    const notices: RecoveryNotice[] = []
    const store = open(dir, notices)
    expect(ids(store)).toEqual(['session-000001', 'session-000002'])
    store.append(makeSession(3))
    store.close()
    expect(ids(open(dir))).toEqual(['session-000001', 'session-000002', 'session-000003'])
  })

  it('copies trailing junk aside, byte for byte, before cutting it off', () => {
    const dir = tempDir()
    const junk = Buffer.from([0xff, 0x00, 0xfe, 0x41, 0x80])
    writeFileSync(join(dir, 'history.jsonl'), Buffer.concat([Buffer.from(`${line(1)}\n`), junk]))
    const notices: RecoveryNotice[] = []
    const store = open(dir, notices)
    expect(ids(store)).toEqual(['session-000001'])
    expect(notices).toHaveLength(1)
    expect(readFileSync(notices[0]!.movedTo!)).toEqual(junk)
    store.close()
  })

  it('keeps both sessions that share an id: the later one gets a new id', () => {
    const dir = tempDir()
    const original = `${line(1)}\n${line(1, { note: 'second copy' })}\n`
    writeFileSync(join(dir, 'history.jsonl'), original)
    const notices: RecoveryNotice[] = []
    let store = open(dir, notices)
    expect(ids(store)).toHaveLength(2)
    const notes = store.summaries().map((s) => store.get(s.id).note)
    expect(notes.sort()).toEqual([makeSession(1).note, 'second copy'].sort())
    expect(notices).toHaveLength(1)
    expect(readFileSync(notices[0]!.movedTo!, 'utf8')).toBe(original)
    store.close()
    store = open(dir, [])
    expect(ids(store)).toHaveLength(2)
    store.close()
  })

  it('keeps lines from a newer Cadence verbatim, skips them in views, and says so', () => {
    const dir = tempDir()
    const future = JSON.stringify({
      op: 'put',
      session: { ...makeSession(2), schemaVersion: 2, heartRate: [120, 130] },
    })
    const path = join(dir, 'history.jsonl')
    // A bad line forces a rewrite: the newer line must survive it.
    writeFileSync(path, `${line(1)}\n${future}\nnot json\n`)
    const notices: RecoveryNotice[] = []
    let store = open(dir, notices)
    expect(ids(store)).toEqual(['session-000001'])
    expect(notices.map((n) => n.reason).join(' ')).toMatch(/newer Cadence/)
    store.append(makeSession(3))
    store.close()
    expect(readFileSync(path, 'utf8').split('\n')).toContain(future)
    store = open(dir, [])
    expect(ids(store)).toEqual(['session-000001', 'session-000003'])
    store.close()
  })

  it('rebuilds an index that does not match the log (a sync tool swapped the log)', () => {
    const dir = tempDir()
    let store = open(dir)
    for (let n = 0; n < 3; n++) store.append(makeSession(n))
    store.close()
    // Another machine's log of the same size: other sessions, same byte count.
    const other = readFileSync(join(dir, 'history.jsonl'), 'utf8').replaceAll(
      'session-',
      'sessiox-'
    )
    writeFileSync(join(dir, 'history.jsonl'), other)
    const notices: RecoveryNotice[] = []
    store = open(dir, notices)
    expect(ids(store)).toEqual(['sessiox-000000', 'sessiox-000001', 'sessiox-000002'])
    expect(notices).toEqual([])
    store.close()
  })

  it('runs without an index that cannot be read (a folder in its place)', () => {
    const dir = tempDir()
    let store = open(dir)
    store.append(makeSession(1))
    store.close()
    const index = join(dir, 'history.index.jsonl')
    rmSync(index)
    mkdirSync(index)
    store = open(dir)
    expect(ids(store)).toEqual(['session-000001'])
    store.append(makeSession(2))
    store.close()
    expect(ids(open(dir))).toEqual(['session-000001', 'session-000002'])
  })

  it('moves a folder standing where the history should be aside, and starts', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'history.jsonl'))
    writeFileSync(join(dir, 'history.jsonl', 'inside.txt'), 'keep me')
    const notices: RecoveryNotice[] = []
    const store = open(dir, notices)
    store.append(makeSession(1))
    expect(ids(store)).toEqual(['session-000001'])
    expect(notices).toHaveLength(1)
    expect(readFileSync(join(notices[0]!.movedTo!, 'inside.txt'), 'utf8')).toBe('keep me')
    store.close()
  })

  it('moves a dangling link aside instead of treating history as new', () => {
    const dir = tempDir()
    symlinkSync(join(dir, 'gone', 'history.jsonl'), join(dir, 'history.jsonl'))
    const notices: RecoveryNotice[] = []
    const store = open(dir, notices)
    store.append(makeSession(1))
    store.close()
    expect(notices).toHaveLength(1)
    expect(lstatSync(notices[0]!.movedTo!).isSymbolicLink()).toBe(true)
    expect(ids(open(dir))).toEqual(['session-000001'])
  })

  it('writes a symlinked history through to its target, even when it is rewritten', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'synced'))
    const target = join(dir, 'synced', 'history.jsonl')
    writeFileSync(target, `${line(1)}\nbroken line\n`)
    symlinkSync(target, join(dir, 'history.jsonl'))
    const store = open(dir, [])
    store.append(makeSession(2))
    store.close()
    expect(lstatSync(join(dir, 'history.jsonl')).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toContain('session-000002')
  })

  it('never overwrites an earlier copy set aside in the same millisecond', () => {
    const dir = tempDir()
    const path = join(dir, 'history.jsonl')
    writeFileSync(path, `${line(1)}\nfirst bad\n`)
    const notices: RecoveryNotice[] = []
    open(dir, notices).close()
    writeFileSync(path, `${line(1)}\nsecond bad\n`)
    open(dir, notices).close()
    expect(notices).toHaveLength(2)
    expect(notices[0]!.movedTo).not.toBe(notices[1]!.movedTo)
    expect(readFileSync(notices[0]!.movedTo!, 'utf8')).toContain('first bad')
    expect(readFileSync(notices[1]!.movedTo!, 'utf8')).toContain('second bad')
  })

  it('opens in the background with progress, reading the log as a stream', async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, 'history.jsonl'),
      Array.from({ length: 40 }, (_, n) => `${line(n)}\n`).join('')
    )
    const progress: number[] = []
    const store = await openHistoryStoreAsync(dir, {
      onRecovered: () => {},
      onProgress: (done) => progress.push(done),
      chunkBytes: 4096,
    })
    expect(store.list({ offset: 0, limit: 100 }).total).toBe(40)
    expect(progress.length).toBeGreaterThan(3)
    expect(progress.at(-1)).toBe(readFileSync(join(dir, 'history.jsonl')).length)
    store.close()
  })
})

describe('appends appended to a log without its last newline', () => {
  const tempDir = useTempDir()
  it('append after a hand-edited last line still reads back', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'history.jsonl'), `${line(1)}`)
    const store = open(dir)
    store.append(makeSession(2))
    store.close()
    appendFileSync(join(dir, 'history.jsonl'), '')
    expect(ids(open(dir))).toEqual(['session-000001', 'session-000002'])
  })
})
