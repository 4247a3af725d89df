// Sync tools' conflict copies: found by name beside Cadence's files, merged only on request, never changed.
import { describe, expect, it } from 'vitest'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatOp } from '@main/store/historyLog'
import { FIXTURE_CIRCUIT, makeSession } from '@tests/fixtures/sessions'
import { EXERCISES } from '@shared/library'
import { openTestServices } from '../../helpers/services'
import { useTempDir } from '../../helpers/tempDir'

const tempDir = useTempDir('cadence-conflict-')
const COPY = 'history.sync-conflict-20261120-101010-ABCDEFG.jsonl'

describe('conflict copies', () => {
  it('are listed with their tool, and only regular files count', async () => {
    const dir = tempDir()
    const app = openTestServices(dir)
    writeFileSync(join(dir, COPY), '')
    writeFileSync(join(dir, "circuits (Ann's conflicted copy 2026-11-20).json"), '{}')
    mkdirSync(join(dir, 'history-LAPTOP.jsonl'))
    symlinkSync('/nowhere', join(dir, 'settings-LAPTOP.json'))
    const status = await app.ok('app:dataStatus')
    expect(status.conflicts.map((c) => [c.original, c.tool, c.mergeable])).toEqual([
      ['circuits.json', 'Dropbox', true],
      ['history.jsonl', 'Syncthing', true],
    ])
    app.close()
  })

  it('merge adds the sessions history lacks, counts the rest, and leaves the copy as it was', async () => {
    const dir = tempDir()
    const app = openTestServices(dir)
    await app.store(makeSession(1))
    const copy = [
      formatOp({ op: 'put', session: makeSession(1) }),
      formatOp({ op: 'put', session: makeSession(2) }),
      'not json\n',
      formatOp({ op: 'delete', id: makeSession(1).id }),
      formatOp({ op: 'put', session: makeSession(3) }),
    ].join('')
    writeFileSync(join(dir, COPY), copy)
    expect(await app.ok('history:list', { offset: 0, limit: 10 })).toMatchObject({ total: 1 })
    const merged = await app.ok('app:mergeConflict', { file: join(dir, COPY) })
    expect(merged).toEqual({ added: 2, duplicates: 1, skipped: 2, keptBoth: 0 })
    expect(await app.ok('history:list', { offset: 0, limit: 10 })).toMatchObject({ total: 3 })
    expect(readFileSync(join(dir, COPY), 'utf8')).toBe(copy)
    // A second merge adds nothing.
    expect(await app.ok('app:mergeConflict', { file: join(dir, COPY) })).toMatchObject({ added: 0 })
    app.close()
  })

  it('refuses a file that is not a history copy in the data folder', async () => {
    const dir = tempDir()
    const app = openTestServices(dir)
    writeFileSync(join(dir, 'history.jsonl.bak'), '')
    for (const file of [
      join(dir, 'history.jsonl.bak'),
      '/etc/passwd',
      join(dir, 'history.jsonl'),
    ]) {
      expect(await app.call('app:mergeConflict', { file })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      })
    }
    app.close()
  })

  it('merges a circuits copy by id: adds the new, keeps both where they differ, leaves the copy', async () => {
    const dir = tempDir()
    const app = openTestServices(dir)
    const mine = await app.ok('circuits:save', { ...FIXTURE_CIRCUIT, id: 'legs' })
    const same = await app.ok('circuits:save', { ...FIXTURE_CIRCUIT, id: 'same' })
    const theirs = [{ ...mine, prepareSec: 20 }, same, { ...same, id: 'only-theirs', name: 'Arms' }]
    const file = join(dir, 'circuits.sync-conflict-20261120-101010-ABCDEFG.json')
    const bytes = `\uFEFF${JSON.stringify({ schemaVersion: 1, circuits: theirs, fromNewer: 1 })}`
    writeFileSync(file, bytes)

    const merged = await app.ok('app:mergeConflict', { file })
    expect(merged).toEqual({ added: 2, duplicates: 1, skipped: 0, keptBoth: 1 })
    const list = await app.ok('circuits:list')
    expect(list.map((c) => c.id).sort()).toEqual(['legs', 'legs-2', 'only-theirs', 'same'])
    // Ours is as it was; the copy's version sits beside it, named so the user can tell them apart.
    expect(await app.ok('circuits:get', { id: 'legs' })).toEqual(mine)
    expect(await app.ok('circuits:get', { id: 'legs-2' })).toMatchObject({
      prepareSec: 20,
      name: `${mine.name} (conflict copy)`,
    })
    expect(readFileSync(file, 'utf8')).toBe(bytes)
    // Merging again adds nothing.
    expect(await app.ok('app:mergeConflict', { file })).toMatchObject({ added: 0, duplicates: 3 })
    app.close()
  })

  it('merges an exercises copy by id, and refuses a copy that does not read, changing nothing', async () => {
    const dir = tempDir()
    const app = openTestServices(dir)
    const base = { ...EXERCISES[0]!, id: 'my-squat', custom: true }
    await app.ok('exercises:save', base)
    const file = join(dir, 'exercises-LAPTOP.json')
    const copy = {
      schemaVersion: 1,
      custom: [
        { ...base, workSec: 50 },
        { ...base, id: 'my-lunge' },
      ],
      hidden: [],
    }
    writeFileSync(file, JSON.stringify(copy))
    expect(await app.ok('app:mergeConflict', { file })).toEqual({
      added: 2,
      duplicates: 0,
      skipped: 0,
      keptBoth: 1,
    })
    const { custom } = await app.ok('exercises:list')
    expect(custom.map((e) => e.id).sort()).toEqual(['my-lunge', 'my-squat', 'my-squat-2'])

    const bad = join(dir, "exercises (Ann's conflicted copy 2026-11-20).json")
    writeFileSync(bad, Buffer.from([0x7b, 0xff, 0x7d]))
    expect(await app.call('app:mergeConflict', { file: bad })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not UTF-8') as unknown },
    })
    expect((await app.ok('exercises:list')).custom).toHaveLength(3)
    app.close()
  })
})
