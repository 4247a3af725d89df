import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { openDocument, type RecoveryNotice } from '@main/store/document'
import { confBackend } from '@tests/fixtures/confBackend'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { readJson } from '@tests/fixtures/readJson'

const Schema = z.object({ schemaVersion: z.literal(2), count: z.number().int().min(0) })
type Doc = z.infer<typeof Schema>
const defaults: Doc = { schemaVersion: 2, count: 0 }
const migrations = [
  (d: Record<string, unknown>) => ({ count: 0, ...d }),
  (d: Record<string, unknown>) => ({ ...d, count: Number(d['count']) * 10 }),
]

describe('openDocument', () => {
  const tempDir = useTempDir()
  const open = (dir: string, notices: RecoveryNotice[] = []) =>
    openDocument<Doc>({
      dir,
      name: 'thing',
      schema: Schema,
      defaults,
      migrations,
      backend: confBackend(dir),
      onRecovered: (n) => notices.push(n),
      now: () => new Date('2026-01-02T03:04:05.678Z'),
    })

  it('starts from defaults and persists writes', () => {
    const dir = tempDir()
    const doc = open(dir)
    expect(doc.read()).toEqual(defaults)
    doc.write({ schemaVersion: 2, count: 5 })
    expect(JSON.parse(readFileSync(join(dir, 'thing.json'), 'utf8'))).toEqual({
      schemaVersion: 2,
      count: 5,
    })
    expect(open(dir).read().count).toBe(5)
  })

  it('refuses to write an invalid value and keeps the old one', () => {
    const dir = tempDir()
    const doc = open(dir)
    doc.write({ schemaVersion: 2, count: 1 })
    expect(() => doc.write({ schemaVersion: 2, count: -1 })).toThrow()
    expect(doc.read().count).toBe(1)
    expect(readJson(join(dir, 'thing.json'))['count']).toBe(1)
  })

  it('migrates old versions step by step and saves the result', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'thing.json'), JSON.stringify({ count: 3 }))
    expect(open(dir).read()).toEqual({ schemaVersion: 2, count: 30 })
    expect(JSON.parse(readFileSync(join(dir, 'thing.json'), 'utf8'))).toEqual({
      schemaVersion: 2,
      count: 30,
    })
  })

  it.each([
    ['truncated JSON', '{"schemaVersion": 2, "cou', 'not valid JSON'],
    ['wrong types', '{"schemaVersion": 2, "count": "many"}', 'count'],
    ['not an object', '[1,2,3]', 'does not hold an object'],
  ])('moves a file with %s aside, says why, and starts from defaults', (_name, content, reason) => {
    const dir = tempDir()
    writeFileSync(join(dir, 'thing.json'), content)
    const notices: RecoveryNotice[] = []
    expect(open(dir, notices).read()).toEqual(defaults)
    expect(notices).toHaveLength(1)
    expect(notices[0]!.reason).toContain(reason)
    const moved = notices[0]!.movedTo!
    expect(moved).toBe(join(dir, 'thing.corrupt-2026-01-02T03-04-05-678Z.json'))
    expect(readFileSync(moved, 'utf8')).toBe(content)
    expect(readdirSync(dir).sort()).toEqual([
      'thing.corrupt-2026-01-02T03-04-05-678Z.json',
      'thing.json',
    ])
    expect(existsSync(join(dir, 'thing.json'))).toBe(true)
  })
})
