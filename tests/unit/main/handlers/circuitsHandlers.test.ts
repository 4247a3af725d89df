import { describe, expect, it, vi } from 'vitest'
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURE_CIRCUIT } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { useTestServices } from '@tests/unit/helpers/services'
import { readJson } from '@tests/fixtures/readJson'

describe('circuit handlers', () => {
  const tempDir = useTempDir()
  const open = useTestServices(tempDir, () => new Date('2026-11-21T12:00:00.000Z'))

  it('saves, lists with totals, duplicates, deletes, and undoes a delete by saving it back', async () => {
    const { ok } = open()
    const saved = await ok('circuits:save', FIXTURE_CIRCUIT)
    expect(saved.updatedAt).toBe('2026-11-21T12:00:00.000Z')
    expect(saved.createdAt).toBe(FIXTURE_CIRCUIT.createdAt)
    const copy = await ok('circuits:duplicate', { id: FIXTURE_CIRCUIT.id })
    expect(copy.name).toBe('Metabolic back circuit (copy)')
    expect(copy.id).not.toBe(FIXTURE_CIRCUIT.id)
    const list = await ok('circuits:list')
    expect(list.map((c) => [c.name, c.exercises, c.totalMs])).toEqual([
      ['Metabolic back circuit', 3, 830_000],
      ['Metabolic back circuit (copy)', 3, 830_000],
    ])
    const deleted = await ok('circuits:delete', { id: copy.id })
    expect((await ok('circuits:list')).length).toBe(1)
    await ok('circuits:save', deleted)
    expect((await ok('circuits:list')).length).toBe(2)
  })

  it('sorts by last used: starting a session marks the circuit', async () => {
    const { ok } = open()
    await ok('circuits:save', FIXTURE_CIRCUIT)
    await ok('circuits:save', { ...FIXTURE_CIRCUIT, id: 'newer', name: 'Newer' })
    expect((await ok('circuits:list'))[0]!.name).toBe('Metabolic back circuit')
    await ok('session:send', { type: 'open', circuitId: 'newer' })
    await ok('session:send', { type: 'start' })
    // Marked just after Start, off its path.
    await vi.waitFor(async () => expect((await ok('circuits:list'))[0]!.name).toBe('Newer'))
    const list = await ok('circuits:list')
    expect(list.map((c) => [c.name, typeof c.lastUsedAt])).toEqual([
      ['Newer', 'string'],
      ['Metabolic back circuit', 'undefined'],
    ])
  })

  it('exports to the chosen file and imports it back as a new circuit', async () => {
    const { ok, platform, dir } = open()
    await ok('circuits:save', FIXTURE_CIRCUIT)
    platform.nextSavePath = join(dir, 'out.json')
    const exported = await ok('circuits:exportFile', { id: FIXTURE_CIRCUIT.id })
    expect(exported).toEqual({ cancelled: false, path: join(dir, 'out.json'), count: 1 })
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toMatchObject({
      format: 'cadence-circuit',
      version: 1,
    })
    platform.nextOpenPath = join(dir, 'out.json')
    const imported = await ok('circuits:importFile')
    expect(imported.cancelled).toBe(false)
    if (imported.cancelled) return
    expect(imported.circuit.id).not.toBe(FIXTURE_CIRCUIT.id)
    expect(imported.circuit.blocks).toEqual(FIXTURE_CIRCUIT.blocks)
    expect((await ok('circuits:list')).length).toBe(2)
    platform.nextOpenPath = null
    expect(await ok('circuits:importFile')).toEqual({ cancelled: true })
  })

  const hostile: Array<[string, string, RegExp]> = [
    ['truncated JSON', JSON.stringify(FIXTURE_CIRCUIT).slice(0, 200), /not valid JSON/],
    [
      'wrong types',
      JSON.stringify({ ...FIXTURE_CIRCUIT, prepareSec: 'ten' }),
      /Prepare time must be a number of seconds/,
    ],
    [
      'a negative duration',
      JSON.stringify({ ...FIXTURE_CIRCUIT, defaults: { workSec: -40, restSec: 20 } }),
      /Default work time must be at least 1 second/,
    ],
    [
      'an absurd duration',
      JSON.stringify({ ...FIXTURE_CIRCUIT, defaults: { workSec: 1e12, restSec: 20 } }),
      /at most 2 hours/,
    ],
    [
      'a huge name',
      JSON.stringify({ ...FIXTURE_CIRCUIT, name: 'x'.repeat(100_000) }),
      /at most 80 characters/,
    ],
    [
      'a __proto__ key',
      JSON.stringify(FIXTURE_CIRCUIT).replace('{', '{"__proto__":{"polluted":true},'),
      /Unknown field: __proto__/,
    ],
    [
      'a nested __proto__ key',
      JSON.stringify(FIXTURE_CIRCUIT).replace('"defaults":{', '"defaults":{"__proto__":{"x":1},'),
      /Unknown field: __proto__/,
    ],
    ['a JSON array', '[1,2,3]', /not a Cadence circuit/],
    [
      'a NUL in a name',
      JSON.stringify({ ...FIXTURE_CIRCUIT, name: 'Rows\u0000' }),
      /Name contains an invisible control character/,
    ],
    [
      'a text-direction override in an exercise name',
      JSON.stringify(FIXTURE_CIRCUIT).replace('"Bent-over rows"', '"\u202eswor"'),
      /Exercise name contains an invisible text-direction character/,
    ],
    [
      'half an emoji in a note',
      JSON.stringify({ ...FIXTURE_CIRCUIT, description: 'Strong \ud83d' }),
      /Description contains a broken character/,
    ],
    [
      'a circuit of 160,000 hours (50 blocks x 100 rounds of 2-hour steps)',
      JSON.stringify({
        ...FIXTURE_CIRCUIT,
        defaults: { workSec: 7200, restSec: 7200 },
        blocks: Array.from({ length: 50 }, (_, b) => ({
          id: `b${b}`,
          rounds: 100,
          restBetweenRoundsSec: 0,
          exercises: [{ id: `e${b}`, name: `Move ${b}`, mode: 'timed' }],
        })),
      }),
      /A circuit can last at most 24 hours/,
    ],
    ['an empty file', '', /not valid JSON/],
    [
      'the wrong envelope version',
      JSON.stringify({ format: 'cadence-circuit', version: 9, circuit: FIXTURE_CIRCUIT }),
      /version/,
    ],
  ]

  it.each(hostile)(
    'refuses %s with a clear message and changes nothing',
    async (_name, text, message) => {
      const { call, ok, platform, dir } = open()
      await ok('circuits:save', FIXTURE_CIRCUIT)
      const before = readFileSync(join(dir, 'circuits.json'), 'utf8')
      const viaText = await call('circuits:importText', { text })
      expect(viaText).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
      expect(viaText.ok ? '' : viaText.error.message).toMatch(message)
      writeFileSync(join(dir, 'bad.json'), text)
      platform.nextOpenPath = join(dir, 'bad.json')
      const viaFile = await call('circuits:importFile')
      expect(viaFile.ok ? '' : viaFile.error.message).toMatch(message)
      expect(readFileSync(join(dir, 'circuits.json'), 'utf8')).toBe(before)
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    }
  )

  it('accepts a file saved by Windows Notepad, with its byte-order mark', async () => {
    const { ok, platform, dir } = open()
    writeFileSync(join(dir, 'notepad.json'), `\ufeff${JSON.stringify(FIXTURE_CIRCUIT)}`)
    platform.nextOpenPath = join(dir, 'notepad.json')
    const result = await ok('circuits:importFile')
    expect(result.cancelled ? null : result.circuit.name).toBe(FIXTURE_CIRCUIT.name)
    const text = `\ufeff${JSON.stringify(FIXTURE_CIRCUIT)}`
    expect((await ok('circuits:importText', { text })).name).toBe(FIXTURE_CIRCUIT.name)
  })

  it('says what is wrong when the chosen path is a folder or has vanished', async () => {
    const { call, platform, dir } = open()
    platform.nextOpenPath = dir
    const folder = await call('circuits:importFile')
    expect(folder).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    expect(folder.ok ? '' : folder.error.message).toBe(`${dir} is a folder, not a circuit file.`)
    platform.nextOpenPath = join(dir, 'gone.json')
    const gone = await call('circuits:importFile')
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(gone.ok ? '' : gone.error.message).toMatch(/gone\.json is no longer there/)
    platform.nextOpenPath = dir
    const history = await call('history:importFile')
    expect(history.ok ? '' : history.error.message).toBe(
      `${dir} is a folder, not a history export file.`
    )
  })

  it('refuses a 50 MB file before reading it, and a 50 MB payload at the gate', async () => {
    const { call, platform, dir } = open()
    const path = join(dir, 'huge.json')
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x20))
    platform.nextOpenPath = path
    const result = await call('circuits:importFile')
    expect(result.ok ? '' : result.error.message).toMatch(/50\.0 MB: too large to be a circuit/)
    const text = await call('circuits:importText', { text: ' '.repeat(50 * 1024 * 1024) })
    expect(text.ok ? '' : text.error.message).toMatch(/too large/)
    // Documents are written only when they change, so nothing imported means no file, or an empty list.
    const file = join(dir, 'circuits.json')
    expect(existsSync(file) ? readJson(file)['circuits'] : []).toEqual([])
  })
})
