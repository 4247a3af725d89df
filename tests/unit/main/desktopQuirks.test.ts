import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { chromiumProfileDir, runsOnWayland, startupSwitches } from '@main/desktopQuirks'

describe('desktop quirks', () => {
  it('asks for the Linux speech backend on Linux only', () => {
    expect(startupSwitches('linux')).toEqual(['enable-speech-dispatcher'])
    expect(startupSwitches('darwin')).toEqual([])
    expect(startupSwitches('win32')).toEqual([])
  })

  it('knows Wayland from the environment and the ozone switch', () => {
    const wayland = { WAYLAND_DISPLAY: 'wayland-0', XDG_SESSION_TYPE: 'wayland' }
    expect(runsOnWayland({ platform: 'linux', env: wayland, ozonePlatform: '' })).toBe(true)
    expect(runsOnWayland({ platform: 'linux', env: wayland, ozonePlatform: 'x11' })).toBe(false)
    expect(runsOnWayland({ platform: 'linux', env: {}, ozonePlatform: 'wayland' })).toBe(true)
    // An X11 session, or a Wayland login without a Wayland display to talk to, is X11 to Chromium.
    expect(runsOnWayland({ platform: 'linux', env: { DISPLAY: ':0' }, ozonePlatform: '' })).toBe(
      false
    )
    expect(
      runsOnWayland({ platform: 'linux', env: { XDG_SESSION_TYPE: 'wayland' }, ozonePlatform: '' })
    ).toBe(false)
    expect(runsOnWayland({ platform: 'darwin', env: wayland, ozonePlatform: '' })).toBe(false)
  })

  it("puts Chromium's profile beside the data folder, not in it", () => {
    const data = join('/home/ana/.config', 'Cadence')
    const profile = chromiumProfileDir(data)
    expect(profile).toBe(join('/home/ana/.config', 'Cadence-browser-profile'))
    expect(profile.startsWith(data + '/')).toBe(false)
  })
})
