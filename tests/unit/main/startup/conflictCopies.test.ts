// Sync tools' conflict copies: found by name beside Cadence's files, merged only on request, never changed.
import { describe, expect, it } from 'vitest'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatOp } from '@main/store/historyLog'
import { makeSession } from '@tests/fixtures/sessions'
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
      ['circuits.json', 'Dropbox', false],
      ['history.jsonl', 'Syncthing', true],
    ])
    app.close()
  })

  it('merge adds the sessions history lacks, counts the rest, and leaves the copy as it was', async () => {
    const dir = tempDir()
    const app = openTestServices(dir)
    await app.ok('journal:end', makeSession(1))
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
    expect(merged).toEqual({ added: 2, duplicates: 1, skipped: 2 })
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
})
