// Backing up the data folder: every file the user has (circuits, settings, history, library additions,
// the media and its index) arrives byte for byte in a new dated folder; the lock and temp files do not;
// a second backup never overwrites the first; a bad target says so and writes nothing.
import { describe, expect, it } from 'vitest'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { backUpData, dataFiles } from '@main/backup/backupData'
import { FIXTURE_CIRCUIT } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { useTestServices } from '@tests/unit/helpers/services'
import { makePng } from '@tests/e2e/harness/testMedia'

const AT = new Date(2026, 10, 29, 9, 12)

describe('backing up the data folder', () => {
  const tempDir = useTempDir()
  const open = useTestServices(tempDir, () => AT)

  async function filledFolder() {
    const services = open()
    const { ok, platform, dir } = services
    await ok('circuits:save', FIXTURE_CIRCUIT)
    await ok('settings:update', { checkForUpdates: false })
    const picture = join(tempDir(), 'me.png')
    writeFileSync(picture, makePng(40))
    platform.nextOpenPath = picture
    await ok('media:attach', { exerciseId: 'bird-dog' })
    writeFileSync(join(dir, '.import-1-2.tmp'), 'half a write')
    return services
  }

  it('copies every file of the user’s, media included, byte for byte, with a manifest', async () => {
    const { dir } = await filledFolder()
    const target = join(tempDir(), 'usb')
    mkdirSync(target)
    const progress: number[] = []
    const result = backUpData(dir, target, { now: () => AT, onProgress: (d) => progress.push(d) })

    expect(result.folder).toBe(join(target, 'Cadence backup 2026-11-29 09-12'))
    const files = dataFiles(dir)
    expect(files).toEqual(expect.arrayContaining(['circuits.json', 'settings.json', 'media.json']))
    expect(files.some((f) => f.startsWith('media/') && f.endsWith('.png'))).toBe(true)
    expect(files).not.toContain('cadence.lock')
    expect(files).not.toContain('.import-1-2.tmp')
    for (const file of files)
      expect(readFileSync(join(result.folder, file)), file).toEqual(readFileSync(join(dir, file)))
    expect(result.files).toBe(files.length)
    expect(progress).toEqual(files.map((_, i) => i + 1))
    const manifest: unknown = JSON.parse(readFileSync(join(result.folder, 'backup.json'), 'utf8'))
    expect(manifest).toMatchObject({ format: 'cadence-backup', version: 1, files })
  })

  it('a second backup the same minute goes beside the first, never over it', async () => {
    const { dir } = await filledFolder()
    const target = tempDir()
    const first = backUpData(dir, target, { now: () => AT })
    const second = backUpData(dir, target, { now: () => AT })
    expect(second.folder).toBe(`${first.folder} (2)`)
    expect(readdirSync(first.folder).length).toBeGreaterThan(1)
  })

  it('a backup put inside the data folder does not copy itself', async () => {
    const { dir } = await filledFolder()
    const first = backUpData(dir, dir, { now: () => AT })
    const again = backUpData(dir, dir, { now: () => AT })
    expect(dataFiles(again.folder).some((f) => f.startsWith('Cadence backup'))).toBe(true)
    expect(dataFiles(first.folder).some((f) => f.startsWith('Cadence backup'))).toBe(false)
  })

  it('a target that is not a folder is refused with a clear message, and nothing is written', async () => {
    const { dir } = await filledFolder()
    const outside = tempDir()
    const file = join(outside, 'not-a-folder')
    writeFileSync(file, 'x')
    expect(() => backUpData(dir, file)).toThrow(`${file} is not a folder.`)
    expect(readdirSync(outside)).toEqual(['not-a-folder'])
  })
})
