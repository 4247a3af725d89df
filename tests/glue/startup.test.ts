// Startup that cannot fail silently, and one writer per folder: the built main bundle on the fake Electron.
import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMain, type BootOptions, type MainProcess } from './harness/mainProcess'

const running: MainProcess[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const main of running.splice(0)) await main.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})
async function ready(options: BootOptions = {}): Promise<MainProcess> {
  const main = await startMain(options)
  running.push(main)
  await main.call('ready')
  await main.call('settleStartup')
  return main
}
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cadence-startup-'))
  dirs.push(dir)
  return dir
}
const BUTTONS = ['Open folder', 'Try again', 'Quit']

describe('when the data folder cannot be opened', () => {
  it('shows what failed and why, lets go of the single-instance lock, and opens on Try again', async () => {
    const root = scratch()
    const dataDir = join(root, 'Cadence')
    writeFileSync(dataDir, 'a file where the folder should be')
    const main = await ready({ dataDir })
    let state = await main.state()
    expect(state.windows).toEqual([])
    expect(state.messageBoxes).toHaveLength(1)
    const box = state.messageBoxes[0]!.options
    expect(box.buttons).toEqual(BUTTONS)
    expect(box.message).toBe(
      'Cadence cannot open Cadence: a file stands where Cadence expects a folder.'
    )
    expect(box.detail).toContain(`File: ${dataDir}`)
    expect(box.detail).toContain(`Folder: ${dataDir}`)
    expect(state.singleInstanceHeld).toBe(false)

    rmSync(dataDir)
    await main.call('answerMessageBox', { response: BUTTONS.indexOf('Try again') })
    await main.call('settleStartup')
    state = await main.state()
    expect(state.windows).toHaveLength(1)
    expect(state.singleInstanceHeld).toBe(true)
    expect(await main.call('invoke', { channel: 'app:dataStatus' })).toMatchObject({
      ok: true,
      value: { readOnly: null },
    })
  })

  it('opens the folder when asked and asks again; Quit quits', async () => {
    const root = scratch()
    const dataDir = join(root, 'Cadence')
    writeFileSync(dataDir, '')
    const main = await ready({ dataDir })
    await main.call('answerMessageBox', { response: BUTTONS.indexOf('Open folder') })
    let state = await main.state()
    expect(state.opened).toEqual([dataDir])
    expect(state.messageBoxes.map((b) => b.answered)).toEqual([0, null])
    await main.call('answerMessageBox', { response: BUTTONS.indexOf('Quit') })
    state = await main.state()
    expect(state.quitCalled).toBe(true)
    expect(state.windows).toEqual([])
  })
})

describe('one writer per folder', () => {
  it('a second Cadence on the same folder by another path opens read-only and names the first', async () => {
    const root = scratch()
    const first = await ready({ dataDir: join(root, 'Cadence') })
    symlinkSync(join(root, 'Cadence'), join(root, 'Linked'))
    const second = await ready({ dataDir: join(root, 'Linked') })
    const status = await second.call<{ ok: true; value: { readOnly: string } }>('invoke', {
      channel: 'app:dataStatus',
    })
    expect(status.value.readOnly).toMatch(
      new RegExp(`^another Cadence is using this folder \\(process ${first.pid} on `)
    )
    expect((await second.state()).windows).toHaveLength(1)
    const save = await second.call('invoke', {
      channel: 'settings:update',
      payload: { theme: 'light' },
    })
    expect(save).toMatchObject({ ok: false, error: { message: /read-only/ } })
    // The first still writes, and lets go of the folder when it quits.
    expect(
      await first.call('invoke', { channel: 'settings:update', payload: { theme: 'light' } })
    ).toMatchObject({ ok: true })
    await first.call('quit')
    expect(existsSync(join(root, 'Cadence', 'cadence.lock'))).toBe(false)
  })

  it('takes over a lock left by a process that is gone', async () => {
    const root = scratch()
    const dataDir = join(root, 'Cadence')
    const gone = await ready({ dataDir })
    await gone.close()
    running.splice(running.indexOf(gone), 1)
    // Killed, not quit: its lock is still there, naming a dead pid.
    expect(JSON.parse(readFileSync(join(dataDir, 'cadence.lock'), 'utf8'))).toMatchObject({
      pid: gone.pid,
    })
    const next = await ready({ dataDir })
    expect(await next.call('invoke', { channel: 'app:dataStatus' })).toMatchObject({
      value: { readOnly: null },
    })
  })
})
