// File → Restore data… in the built main bundle against the fake Electron: a backup made by Back up data…
// is checked, copied in with the progress bar moving, swapped in (the data folder as it was kept beside it
// under a dated before-restore name) and Cadence restarts; a foreign folder, a backup whose history is
// damaged, and any restore while a session runs are refused with a clear message, changing nothing.
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { startMain, type MainProcess } from './harness/mainProcess'

const running: MainProcess[] = []
const folders: string[] = []
afterEach(async () => {
  for (const main of running.splice(0)) await main.close()
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function started(options: { openDialogPaths?: string[]; messageBoxResponse?: number }) {
  const main = await startMain({ options })
  running.push(main)
  await main.call('ready')
  await main.call('settleStartup')
  return main
}

const boxes = async (main: MainProcess) => (await main.state()).messageBoxes.map((b) => b.options)
const did = async (main: MainProcess, what: string) =>
  (await main.state()).timeline.some(([w]) => w === what)

/** A real backup, made by another Cadence's Back up data…, holding a circuit and a picture. */
async function makeBackup(): Promise<string> {
  const target = mkdtempSync(join(tmpdir(), 'cadence-restore-src-'))
  folders.push(target)
  const source = await started({ openDialogPaths: [target] })
  await source.call('invoke', { channel: 'settings:update', payload: { checkForUpdates: false } })
  mkdirSync(join(source.dataDir, 'media'), { recursive: true })
  writeFileSync(join(source.dataDir, 'media', `${'b'.repeat(64)}.png`), 'picture bytes')
  await source.call('click', { trail: 'File > Back up data…' })
  await expect.poll(async () => (await boxes(source)).length).toBe(1)
  await source.close()
  running.splice(running.indexOf(source), 1)
  return join(target, readdirSync(target)[0]!)
}

/** Every file under the folder with its bytes: what "changed nothing" is checked against. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')])
  )
const siblings = (dataDir: string) =>
  readdirSync(dirname(dataDir)).filter((n) => n !== basename(dataDir))

it('restores a backup: the old folder kept beside it, the backup in place, then a restart', async () => {
  const backup = await makeBackup()
  const main = await started({ openDialogPaths: [backup], messageBoxResponse: 0 })
  await main.call('invoke', { channel: 'settings:update', payload: { theme: 'dark' } })
  const before = readFileSync(join(main.dataDir, 'settings.json'), 'utf8')
  expect(before).not.toBe(readFileSync(join(backup, 'settings.json'), 'utf8'))
  await main.call('click', { trail: 'File > Restore data…' })
  await expect.poll(() => did(main, 'app.exit')).toBe(true)
  expect(await did(main, 'app.relaunch')).toBe(true)
  // Asked once before anything changed, with the backup's date.
  const asked = await boxes(main)
  expect(asked).toHaveLength(1)
  expect(asked[0]!.message).toMatch(/^Restore the backup made \d{4}-/)
  expect(readFileSync(join(main.dataDir, 'settings.json'), 'utf8')).toBe(
    readFileSync(join(backup, 'settings.json'), 'utf8')
  )
  expect(readFileSync(join(main.dataDir, 'media', `${'b'.repeat(64)}.png`), 'utf8')).toBe(
    'picture bytes'
  )
  const [aside] = siblings(main.dataDir).filter((n) => n.includes('.before-restore-'))
  expect(aside).toMatch(/^Cadence\.before-restore-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d$/)
  expect(readFileSync(join(dirname(main.dataDir), aside!, 'settings.json'), 'utf8')).toBe(before)
  const progress = (await main.state()).windows[0]!.progress
  expect(progress.at(-2)).toBe(1)
  expect(progress.at(-1)).toBe(-1)
})

it('refuses a folder that is not a Cadence backup, and changes nothing', async () => {
  const foreign = mkdtempSync(join(tmpdir(), 'cadence-foreign-'))
  folders.push(foreign)
  writeFileSync(join(foreign, 'settings.json'), '{"theme":"dark"}')
  const main = await started({ openDialogPaths: [foreign], messageBoxResponse: 0 })
  const before = snapshot(main.dataDir)
  await main.call('click', { trail: 'File > Restore data…' })
  await expect.poll(async () => (await boxes(main)).length).toBe(1)
  const [refused] = await boxes(main)
  expect(refused!.message).toBe('Nothing was restored.')
  expect(refused!.detail).toContain(`${foreign} is not a Cadence backup`)
  expect(snapshot(main.dataDir)).toEqual(before)
  expect(siblings(main.dataDir)).toEqual(
    siblings(main.dataDir).filter((n) => !n.includes('restor'))
  )
  expect(await did(main, 'app.relaunch')).toBe(false)
})

it('refuses a backup whose history file is damaged, naming the line, and changes nothing', async () => {
  const backup = await makeBackup()
  const manifestPath = join(backup, 'backup.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: string[] }
  appendFileSync(join(backup, 'history.jsonl'), 'this is not a session\n')
  if (!manifest.files.includes('history.jsonl')) manifest.files.push('history.jsonl')
  writeFileSync(manifestPath, JSON.stringify(manifest))
  const main = await started({ openDialogPaths: [backup], messageBoxResponse: 0 })
  const before = snapshot(main.dataDir)
  await main.call('click', { trail: 'File > Restore data…' })
  await expect.poll(async () => (await boxes(main)).length).toBe(1)
  const [refused] = await boxes(main)
  expect(refused!.message).toBe('Nothing was restored.')
  expect(refused!.detail).toMatch(/^history\.jsonl in the backup is damaged at line \d+\./)
  expect(snapshot(main.dataDir)).toEqual(before)
  expect(siblings(main.dataDir).some((n) => n.includes('restor'))).toBe(false)
})

it('refuses while a session runs, before asking for a folder', async () => {
  const backup = await makeBackup()
  const main = await started({ openDialogPaths: [backup], messageBoxResponse: 0 })
  const circuit = {
    schemaVersion: 1,
    id: 'long-workout',
    name: 'Long workout',
    category: 'hiit',
    prepareSec: 60,
    defaults: { workSec: 30, restSec: 0 },
    blocks: [
      {
        id: 'b',
        rounds: 1,
        restBetweenRoundsSec: 0,
        exercises: [{ id: 'e', name: 'Jumping', mode: 'timed' }],
      },
    ],
    createdAt: '2026-11-21T07:00:00.000Z',
    updatedAt: '2026-11-21T07:00:00.000Z',
  }
  await main.call('invoke', { channel: 'circuits:save', payload: circuit })
  for (const command of [{ type: 'open', circuitId: circuit.id }, { type: 'start' }]) {
    expect(await main.call('invoke', { channel: 'session:send', payload: command })).toMatchObject({
      ok: true,
    })
  }
  await main.call('click', { trail: 'File > Restore data…' })
  await expect.poll(async () => (await boxes(main)).length).toBe(1)
  expect((await boxes(main))[0]).toMatchObject({
    message: 'Nothing was restored.',
    detail: 'A session is running. Finish or stop it, then restore.',
  })
  expect(await did(main, 'dialog.showOpenDialog')).toBe(false)
  expect(await did(main, 'app.relaunch')).toBe(false)
  // The session keeps writing its own files; the folder itself stayed where it was.
  expect(siblings(main.dataDir).some((n) => n.includes('restor'))).toBe(false)
})
