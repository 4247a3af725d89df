import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { useTestServices } from '@tests/unit/helpers/services'

describe('window, power and app handlers', () => {
  const tempDir = useTempDir()
  const open = useTestServices(tempDir)

  it('toggles fullscreen and moves to another display, remembering the choice', async () => {
    const { ok, call, platform } = open()
    expect(await ok('window:toggleFullscreen')).toEqual({ fullscreen: true })
    expect(await ok('window:toggleFullscreen')).toEqual({ fullscreen: false })
    expect((await ok('window:displays')).displays.map((d) => d.label)).toEqual([
      'Built-in display',
      'Living-room TV',
    ])
    await ok('window:moveToDisplay', { id: 2 })
    expect(platform.currentId).toBe(2)
    expect((await ok('settings:get')).preferredDisplayId).toBe(2)
    expect(await call('window:moveToDisplay', { id: 99 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('goes fullscreen on the remembered display when it is connected', async () => {
    const { ok, platform } = open()
    await ok('settings:update', { preferredDisplayId: 2 })
    expect(platform.currentId).toBe(1)
    expect(await ok('window:toggleFullscreen')).toEqual({ fullscreen: true })
    expect(platform.currentId).toBe(2)
    await ok('window:toggleFullscreen')
    platform.currentId = 1
    platform.displayList = platform.displayList.filter((d) => d.id === 1) // the TV is unplugged
    await ok('window:toggleFullscreen')
    expect(platform.currentId).toBe(1)
  })

  it('on Wayland says the window must be moved by hand, and neither moves nor remembers', async () => {
    const { ok, call, platform } = open()
    platform.canMoveWindows = false
    expect((await ok('window:displays')).canMoveWindows).toBe(false)
    const refused = await call('window:moveToDisplay', { id: 2 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsupported' } })
    expect(!refused.ok && refused.error.message).toMatch(/Drag Cadence onto that display/)
    expect(platform.currentId).toBe(1)
    expect((await ok('settings:get')).preferredDisplayId).toBeNull()
    // Fullscreen still works, where the window is.
    await ok('settings:update', { preferredDisplayId: 2 })
    expect(await ok('window:toggleFullscreen')).toEqual({ fullscreen: true })
    expect(platform.currentId).toBe(1)
  })

  it('holds and releases the display-sleep blocker', async () => {
    const { ok, platform } = open()
    expect(await ok('power:keepAwake', { on: true })).toEqual({ on: true })
    expect(await ok('power:keepAwake', { on: false })).toEqual({ on: false })
    expect(platform.awakeCalls).toEqual([true, false])
  })

  it('reports what was recovered at start-up and opens the data folder', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'settings.json'), '{ broken')
    const { ok, platform } = open(dir)
    const notices = await ok('app:notices')
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({
      file: join(dir, 'settings.json'),
      reason: 'it is not valid JSON',
    })
    await ok('app:openDataFolder')
    expect(platform.openedFolders).toEqual([dir])
  })
})
