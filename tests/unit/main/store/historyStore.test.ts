import { describe, expect, it } from 'vitest'
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openHistoryStore } from '@main/store/historyStore'
import type { RecoveryNotice } from '@main/store/document'
import { makeSession } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'

describe('history store', () => {
  const tempDir = useTempDir()
  const open = (dir: string, notices: RecoveryNotice[] = []) =>
    openHistoryStore(dir, {
      onRecovered: (n) => notices.push(n),
      now: () => new Date('2026-11-21T10:00:00Z'),
    })

  it('appends, lists newest first with paging, and reads a session back whole', () => {
    const dir = tempDir()
    const store = open(dir)
    for (const n of [3, 1, 2, 0]) store.append(makeSession(n))
    const page = store.list({ offset: 1, limit: 2 })
    expect(page.total).toBe(4)
    expect(page.items.map((s) => s.id)).toEqual(['session-000001', 'session-000002'])
    expect(store.get('session-000002')).toEqual(makeSession(2))
    store.close()
  })

  it('filters by circuit, status and date range', () => {
    const dir = tempDir()
    const store = open(dir)
    for (let n = 0; n < 10; n++)
      store.append(makeSession(n, n % 2 ? { overrides: { status: 'stopped' } } : {}))
    expect(store.list({ offset: 0, limit: 50, filter: { status: 'stopped' } }).total).toBe(5)
    expect(store.list({ offset: 0, limit: 50, filter: { circuitId: 'nope' } }).total).toBe(0)
    const ranged = store.list({
      offset: 0,
      limit: 50,
      filter: { from: '2026-11-17T00:00:00Z', to: '2026-11-19T23:59:59Z' },
    })
    expect(ranged.items.map((s) => s.id)).toEqual([
      'session-000001',
      'session-000002',
      'session-000003',
    ])
    store.close()
  })

  it('keeps everything across a reopen: annotations, deletes and undos', () => {
    const dir = tempDir()
    let store = open(dir)
    for (let n = 0; n < 3; n++) store.append(makeSession(n))
    store.annotate({ id: 'session-000001', rpe: 9, note: 'Brutal' })
    store.remove('session-000000')
    store.remove('session-000002')
    store.undelete('session-000002')
    store.close()
    store = open(dir)
    expect(store.list({ offset: 0, limit: 10 }).items.map((s) => [s.id, s.rpe])).toEqual([
      ['session-000001', 9],
      ['session-000002', 3],
    ])
    expect(store.get('session-000001')).toMatchObject({ rpe: 9, note: 'Brutal' })
    expect(store.status('session-000000')).toBe('deleted')
    expect(() => store.get('session-000000')).toThrow(/not in your history/)
    store.close()
  })

  it('refuses a duplicate id and writes nothing', () => {
    const dir = tempDir()
    const store = open(dir)
    store.append(makeSession(1))
    const before = readFileSync(store.path, 'utf8')
    expect(() => store.append(makeSession(1))).toThrow(/already in your history/)
    expect(readFileSync(store.path, 'utf8')).toBe(before)
    store.close()
  })

  it('copies a torn last line (a crash mid-append) aside and keeps every complete one', () => {
    const dir = tempDir()
    let store = open(dir)
    store.append(makeSession(1))
    store.append(makeSession(2))
    store.close()
    const torn = '{"op":"put","session":{"schemaVersion":1,"id":"torn'
    appendFileSync(join(dir, 'history.jsonl'), torn)
    const notices: RecoveryNotice[] = []
    store = open(dir, notices)
    expect(store.list({ offset: 0, limit: 10 }).total).toBe(2)
    expect(notices).toHaveLength(1)
    expect(readFileSync(notices[0]!.movedTo!, 'utf8')).toBe(torn)
    expect(readFileSync(store.path, 'utf8').endsWith('\n')).toBe(true)
    store.append(makeSession(3))
    store.close()
    expect(open(dir).list({ offset: 0, limit: 10 }).total).toBe(3)
  })

  it('sets a damaged file aside, keeps every readable session, and says so', () => {
    const dir = tempDir()
    let store = open(dir)
    for (let n = 0; n < 4; n++) store.append(makeSession(n))
    store.close()
    const path = join(dir, 'history.jsonl')
    const lines = readFileSync(path, 'utf8').split('\n')
    lines[1] = '{"op":"put","session":{"id":"broken"}}'
    lines[2] = 'garbage \u0000'
    writeFileSync(path, lines.join('\n'))
    const notices: RecoveryNotice[] = []
    store = open(dir, notices)
    expect(store.list({ offset: 0, limit: 10 }).items.map((s) => s.id)).toEqual([
      'session-000000',
      'session-000003',
    ])
    expect(notices).toHaveLength(1)
    expect(notices[0]!.reason).toMatch(
      /^2 lines of the history could not be read \(lines 2, 3\); every other session was kept$/
    )
    expect(readFileSync(notices[0]!.movedTo!, 'utf8')).toBe(lines.join('\n'))
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toHaveLength(1)
    store.close()
  })

  it('compacts a log that is mostly dead lines when it opens', () => {
    const dir = tempDir()
    let store = open(dir)
    for (let n = 0; n < 150; n++) store.append(makeSession(n))
    for (let n = 0; n < 140; n++) store.remove(`session-${String(n).padStart(6, '0')}`)
    store.annotate({ id: 'session-000149', note: 'kept' })
    store.close()
    const before = readFileSync(join(dir, 'history.jsonl'), 'utf8').split('\n').length
    store = open(dir)
    const after = readFileSync(join(dir, 'history.jsonl'), 'utf8').split('\n').length
    expect(after).toBeLessThan(before / 10)
    expect(store.list({ offset: 0, limit: 50 }).total).toBe(10)
    expect(store.get('session-000149').note).toBe('kept')
    store.close()
  })
})

describe('history store validation', () => {
  const tempDir = useTempDir()
  it('refuses to write a session that would not read back', () => {
    const dir = tempDir()
    const store = openHistoryStore(dir, { onRecovered: () => {} })
    expect(() => store.append({ ...makeSession(1), id: 'short' })).toThrow(/cannot be saved: id/)
    expect(() => store.append({ ...makeSession(1), rpe: 0 })).toThrow(/cannot be saved: rpe/)
    expect(store.list({ offset: 0, limit: 10 }).total).toBe(0)
    store.close()
  })
})

describe('history index', () => {
  const tempDir = useTempDir()
  const open = (dir: string, notices: RecoveryNotice[] = []) =>
    openHistoryStore(dir, {
      onRecovered: (n) => notices.push(n),
      now: () => new Date('2026-11-21T10:00:00Z'),
    })
  const ids = (store: ReturnType<typeof open>) =>
    store.list({ offset: 0, limit: 100 }).items.map((s) => s.id)

  function seeded(count: number) {
    const dir = tempDir()
    const store = open(dir)
    for (let n = 0; n < count; n++) store.append(makeSession(n))
    store.annotate({ id: 'session-000001', rpe: 2 })
    store.remove('session-000002')
    store.close()
    return dir
  }

  it.each([
    ['missing', (p: string) => rmSync(p)],
    ['damaged', (p: string) => writeFileSync(p, 'nonsense\n')],
    [
      'behind the log (a crash between the two writes)',
      (p: string) =>
        writeFileSync(p, readFileSync(p, 'utf8').split('\n').slice(0, 3).join('\n') + '\n'),
    ],
    ['cut mid-line', (p: string) => writeFileSync(p, readFileSync(p, 'utf8').slice(0, -20))],
    [
      'ahead of the log',
      (p: string) => appendFileSync(p, '{"o":999999,"l":5,"x":{"op":"delete","id":"x"}}\n'),
    ],
  ])('rebuilds from the log when the index is %s', (_name, damage) => {
    const dir = seeded(6)
    const expected = ids(open(dir))
    damage(join(dir, 'history.index.jsonl'))
    const notices: RecoveryNotice[] = []
    const store = open(dir, notices)
    expect(ids(store)).toEqual(expected)
    expect(store.get('session-000001').rpe).toBe(2)
    expect(notices).toEqual([])
    store.append(makeSession(50))
    store.close()
    expect(ids(open(dir))).toEqual([
      'session-000000',
      'session-000001',
      'session-000003',
      'session-000004',
      'session-000005',
      'session-000050',
    ])
  })

  it('finds a session damaged behind a good index, hides it, and has the next start set the file aside', async () => {
    const dir = seeded(5)
    const path = join(dir, 'history.jsonl')
    const text = readFileSync(path, 'utf8')
    const start = text.indexOf('"id":"session-000003"')
    // One flipped byte, as a failing disk would leave it: same length, no longer JSON.
    writeFileSync(path, text.slice(0, start) + '"id"#' + text.slice(start + 5))
    const notices: RecoveryNotice[] = []
    let store = open(dir, notices)
    expect(ids(store)).toContain('session-000003')
    expect(() => store.get('session-000003')).toThrow(/damaged on disk/)
    expect(await store.verify()).toBe(1)
    expect(ids(store)).not.toContain('session-000003')
    expect(notices[0]?.reason).toMatch(/^1 saved session is damaged on disk and hidden/)
    // Nothing was moved yet: the notice must not name a file that was never written.
    expect(notices[0]?.movedTo).toBeNull()
    store.close()
    store = open(dir, notices)
    expect(ids(store)).toEqual(['session-000000', 'session-000001', 'session-000004'])
    expect(notices[1]?.movedTo).toMatch(/history\.corrupt-.*\.jsonl$/)
    expect(await store.verify()).toBe(0)
    store.close()
  })
})

describe('history loads', () => {
  const tempDir = useTempDir()
  it('carries logged loads into the summaries, across a reopen', () => {
    const dir = tempDir()
    let store = openHistoryStore(dir, { onRecovered: () => {} })
    store.append(makeSession(1))
    store.annotate({
      id: 'session-000001',
      loads: [{ entryId: 'rows', exerciseName: 'Bent-over rows', value: 40, unit: 'kg' }],
    })
    store.close()
    store = openHistoryStore(dir, { onRecovered: () => {} })
    expect(store.summaries()[0]!.loads).toEqual([
      { exerciseName: 'Bent-over rows', value: 40, unit: 'kg' },
    ])
    store.close()
  })
})

describe('history day filters', () => {
  const tempDir = useTempDir()
  it('filters by local calendar day, whatever the offset', () => {
    const dir = tempDir()
    const store = openHistoryStore(dir, { onRecovered: () => {} })
    // 23:30 at UTC-5 on the 19th is the 20th in UTC, but it was the 19th where it happened.
    store.append(makeSession(1, { startMs: Date.UTC(2026, 10, 20, 4, 30), offsetMinutes: -300 }))
    store.append(makeSession(2, { startMs: Date.UTC(2026, 10, 20, 7), offsetMinutes: 60 }))
    expect(
      store
        .list({ offset: 0, limit: 10, filter: { fromDay: '2026-11-19', toDay: '2026-11-19' } })
        .items.map((s) => s.id)
    ).toEqual(['session-000001'])
    expect(
      store.list({ offset: 0, limit: 10, filter: { fromDay: '2026-11-20' } }).items.map((s) => s.id)
    ).toEqual(['session-000002'])
    store.close()
  })
})
