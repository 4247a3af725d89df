import { describe, expect, it } from 'vitest'
import { centredOn, visibleBounds } from '@main/windowState'
import { menuTemplate } from '@main/menu'
import { createI18n, translator } from '@shared/i18n/createI18n'

const laptop = { x: 0, y: 0, width: 1366, height: 768 }
const tv = { x: 1366, y: 0, width: 1920, height: 1080 }

describe('window placement', () => {
  it('restores saved bounds that a display can show, and refuses ones left on a missing screen', () => {
    const onTv = { x: 1500, y: 100, width: 1200, height: 800 }
    expect(visibleBounds(onTv, [laptop, tv])).toEqual(onTv)
    expect(visibleBounds(onTv, [laptop])).toBeNull()
    expect(visibleBounds({ x: -50, y: 0, width: 2000, height: 900 }, [laptop])).toEqual({
      x: -50,
      y: 0,
      width: 1366,
      height: 768,
    })
    expect(visibleBounds(null, [laptop])).toBeNull()
  })

  it('centres the window on a chosen display', () => {
    expect(centredOn(tv, { width: 1280, height: 800 })).toEqual({
      x: 1366 + 320,
      y: 140,
      width: 1280,
      height: 800,
    })
  })
})

describe('menu', () => {
  it('offers the usual accelerators and sends page commands', () => {
    const sent: string[] = []
    const template = menuTemplate(
      (c) => sent.push(c),
      {
        toggleFullscreen() {},
        openProjectPage() {},
        checkForUpdates() {},
        backUpData() {},
        restoreData() {},
      },
      { isMac: false, isDev: false },
      translator(createI18n())
    )
    const items = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []))
    const accelerators = items.map((i) => i.accelerator).filter(Boolean)
    expect(accelerators).toEqual(
      expect.arrayContaining(['CmdOrCtrl+N', 'CmdOrCtrl+O', 'CmdOrCtrl+E', 'F11', 'CmdOrCtrl+1'])
    )
    items.find((i) => i.label === 'Import circuit…')!.click!({} as never, undefined, {})
    items.find((i) => i.label === 'Open data folder')!.click!({} as never, undefined, {})
    expect(sent).toEqual(['importCircuit', 'openDataFolder'])
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false)
  })
})
