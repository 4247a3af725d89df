// File → Back up data… in the built main bundle against the fake Electron: the menu item asks for a folder,
// copies the data folder into it (media included) with the window's progress bar moving and then cleared,
// and says what it copied and where; a cancelled dialog does nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { startMain, type MainProcess } from './harness/mainProcess'

const running: MainProcess[] = []
const folders: string[] = []
afterEach(async () => {
  for (const main of running.splice(0)) await main.close()
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function mainWithBackupTarget(openDialogPaths?: string[]) {
  const main = await startMain({ options: openDialogPaths ? { openDialogPaths } : {} })
  running.push(main)
  await main.call('ready')
  await main.call('settleStartup')
  return main
}

const boxes = async (main: MainProcess) => (await main.state()).messageBoxes.map((b) => b.options)

it('backs the data folder up, media included, into a new folder the user picked', async () => {
  const target = mkdtempSync(join(tmpdir(), 'cadence-backup-'))
  folders.push(target)
  const main = await mainWithBackupTarget([target])
  // A picture in the media folder, as an attach leaves it.
  mkdirSync(join(main.dataDir, 'media'), { recursive: true })
  const copy = `${'a'.repeat(64)}.png`
  writeFileSync(join(main.dataDir, 'media', copy), 'picture bytes')
  await main.call('invoke', { channel: 'settings:update', payload: { checkForUpdates: false } })

  await main.call('click', { trail: 'File > Back up data…' })
  await expect.poll(async () => (await boxes(main)).length).toBe(1)
  const [done] = await boxes(main)
  const [folder] = readdirSync(target)
  expect(folder).toMatch(/^Cadence backup \d{4}-\d\d-\d\d \d\d-\d\d$/)
  expect(done!.message).toMatch(new RegExp(`^Backed up \\d+ files \\(.+ MB\\) to ${target}/`))
  const backup = join(target, folder!)
  expect(readFileSync(join(backup, 'media', copy), 'utf8')).toBe('picture bytes')
  expect(readdirSync(backup)).toEqual(expect.arrayContaining(['settings.json', 'backup.json']))
  expect(readdirSync(backup)).not.toContain('cadence.lock')
  const progress = (await main.state()).windows[0]!.progress
  expect(progress.at(-2)).toBe(1)
  expect(progress.at(-1)).toBe(-1)
})

it('does nothing when the folder dialog is cancelled', async () => {
  const main = await mainWithBackupTarget()
  await main.call('click', { trail: 'File > Back up data…' })
  await expect
    .poll(async () => (await main.state()).timeline.some(([w]) => w === 'dialog.showOpenDialog'))
    .toBe(true)
  expect(await boxes(main)).toEqual([])
})
