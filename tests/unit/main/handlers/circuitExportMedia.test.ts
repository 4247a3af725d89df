// An exported circuit names the user's pictures and videos its moves show (exercise, hash, file name) and
// says they are not included; it never embeds them, and the file imports back as before.
import { describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURE_CIRCUIT } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { useTestServices } from '@tests/unit/helpers/services'
import { makePng } from '@tests/e2e/harness/testMedia'

describe('a circuit export and the user’s media', () => {
  const tempDir = useTempDir()
  const open = useTestServices(tempDir, () => new Date('2026-11-21T12:00:00.000Z'))

  it('names the media by exercise and hash, says it is not included, and embeds none', async () => {
    const { ok, platform, dir } = open()
    const circuit = {
      ...FIXTURE_CIRCUIT,
      blocks: FIXTURE_CIRCUIT.blocks.map((b) => ({
        ...b,
        exercises: b.exercises.map((e, i) => ({ ...e, libraryId: i === 0 ? 'bird-dog' : 'plank' })),
      })),
    }
    await ok('circuits:save', circuit)
    const png = makePng(32)
    writeFileSync(join(dir, 'me.png'), png)
    platform.nextOpenPath = join(dir, 'me.png')
    const attached = await ok('media:attach', { exerciseId: 'bird-dog' })
    expect(attached.cancelled).toBe(false)
    platform.nextOpenPath = join(dir, 'me.png')
    await ok('media:attach', { exerciseId: 'squat' }) // not in the circuit: not named

    platform.nextSavePath = join(dir, 'out.json')
    await ok('circuits:exportFile', { id: circuit.id })
    const text = readFileSync(join(dir, 'out.json'), 'utf8')
    const file = JSON.parse(text) as { media: { note: string; items: unknown[] } }
    expect(file.media.items).toEqual([
      {
        exerciseId: 'bird-dog',
        hash: attached.cancelled ? '' : attached.media.hash,
        type: 'image/png',
        name: 'me.png',
        bytes: png.length,
      },
    ])
    expect(file.media.note).toMatch(/named here, not included/)
    // Not embedded: the file is the circuit and the names, far smaller than any picture in base64.
    expect(text).not.toContain(png.toString('base64').slice(0, 40))

    platform.nextOpenPath = join(dir, 'out.json')
    const imported = await ok('circuits:importFile')
    expect(imported.cancelled).toBe(false)
  })

  it('a circuit whose moves show no media of the user’s has no media section', async () => {
    const { ok, platform, dir } = open()
    await ok('circuits:save', FIXTURE_CIRCUIT)
    platform.nextSavePath = join(dir, 'out.json')
    await ok('circuits:exportFile', { id: FIXTURE_CIRCUIT.id })
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).not.toHaveProperty('media')
  })
})
