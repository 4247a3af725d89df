// The built main bundle, run in Node against a recording fake of Electron: proves the glue the e2e
// harness stands in for (scheme, IPC registration, sender checks, window, menu, quit order, quirks).
import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHANNELS, MenuCommandSchema, SystemEventSchema } from '@shared/ipc/contract'
import { WebSocket } from 'ws'
import { CLOSE_CODES } from '@shared/remote/closeCodes'
import { startMain, type BootOptions, type MainProcess } from './harness/mainProcess'
import { appPath } from './harness/appDir'

const running: MainProcess[] = []
afterEach(async () => {
  for (const main of running.splice(0)) await main.close()
})
async function boot(options?: BootOptions): Promise<MainProcess> {
  const main = await startMain(options)
  running.push(main)
  return main
}
async function ready(options?: BootOptions): Promise<MainProcess> {
  const main = await boot(options)
  await main.call('ready')
  return main
}
const index = (timeline: Array<[string, unknown, boolean]>, what: string) =>
  timeline.findIndex(([w]) => w === what)

describe('before ready', () => {
  it('registers app:// as a standard, secure, fetchable scheme before ready', async () => {
    const { schemes } = await (await boot()).state()
    expect(schemes).toEqual([
      {
        schemes: [
          {
            scheme: 'app',
            privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
          },
        ],
        beforeReady: true,
      },
    ])
  })

  it('turns on Linux speech before ready, and only on Linux', async () => {
    const linux = await (await boot({ platform: 'linux' })).state()
    expect(linux.switches).toEqual([{ name: 'enable-speech-dispatcher', beforeReady: true }])
    for (const platform of ['darwin', 'win32'] as const) {
      expect((await (await boot({ platform })).state()).switches).toEqual([])
    }
  })

  it("keeps Chromium's profile out of the data folder", async () => {
    const main = await boot()
    const { paths } = await main.state()
    expect(paths['userData']).toBe(`${main.dataDir}-browser-profile`)
    expect(paths['sessionData']).toBe(paths['userData'])
  })
})

describe('after ready', () => {
  it('serves index.html over app:// with the CSP header and refuses traversal', async () => {
    const main = await ready()
    const page = await main.call<{ status: number; headers: Record<string, string>; body: string }>(
      'protocol',
      { url: 'app://cadence/index.html' }
    )
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toMatch(
      /^default-src 'self'; script-src 'self'/
    )
    expect(page.body).toContain('<div id="root">')
    const escape = await main.call<{ status: number }>('protocol', {
      url: 'app://cadence/..%2F..%2Fpackage.json',
    })
    expect(escape.status).toBe(403)
    expect(
      (await main.call<{ status: number }>('protocol', { url: 'app://cadence/x.js' })).status
    ).toBe(404)
  })

  it('opens one window with secure preferences on app://, never file:', async () => {
    const { windows } = await (await ready()).state()
    expect(windows).toHaveLength(1)
    const [win] = windows
    expect(win!.loaded).toEqual(['app://cadence/index.html'])
    expect(win!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
    const preload = win!.options.webPreferences['preload'] as string
    expect(preload).toBe(appPath('out/preload/index.cjs'))
    expect(existsSync(preload)).toBe(true)
  })

  it('loads the dev server in development, and trusts only its origin', async () => {
    const main = await ready({
      options: { isPackaged: false },
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
    })
    expect((await main.state()).windows[0]!.loaded).toEqual(['http://localhost:5173'])
    expect(await main.call('invoke', { channel: 'app:info' })).toMatchObject({ ok: true })
  })

  it('registers every contract channel exactly once (the fake throws on a second handler)', async () => {
    const state = await (await ready()).state()
    expect([...state.ipcChannels].sort()).toEqual([...CHANNELS].sort())
    // electron-store opens on a document's first write, so a start that writes nothing registers nothing more.
    expect(state.ipcListeners).toEqual([])
  })

  it('writes settings through electron-store, which then registers its one listener', async () => {
    const main = await ready()
    const saved = await main.call('invoke', {
      channel: 'settings:update',
      payload: { theme: 'light' },
    })
    expect(saved).toMatchObject({ ok: true, value: { theme: 'light' } })
    expect((await main.state()).ipcListeners).toEqual(['electron-store-get-data'])
    expect(JSON.parse(readFileSync(join(main.dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      theme: 'light',
    })
  })

  it("answers the window's main frame, and refuses a subframe and a stranger webContents", async () => {
    const main = await ready()
    expect(await main.call('invoke', { channel: 'app:info' })).toMatchObject({
      ok: true,
      value: { name: 'Cadence', dataDir: main.dataDir },
    })
    for (const from of ['subframe', 'stranger']) {
      expect(await main.call('invoke', { channel: 'app:info', from })).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      })
    }
  })

  it('refuses navigation, new windows and permissions other than fullscreen and clipboard write', async () => {
    const main = await ready()
    expect(await main.call('navigate', { url: 'https://evil.example/' })).toEqual({
      prevented: true,
      open: 'deny',
    })
    expect(await main.call('permission', { name: 'fullscreen' })).toBe(true)
    expect(await main.call('permission', { name: 'geolocation' })).toBe(false)
    expect(await main.call('permission', { name: 'media' })).toBe(false)
  })
})

describe('menu', () => {
  it('every item reaches a listener: the page gets a valid command, or main acts', async () => {
    const main = await ready({ platform: 'linux' })
    const { menu } = await main.state()
    const clickable = menu!.filter((m) => m.clickable)
    expect(clickable.length).toBeGreaterThan(8)
    const commands = new Set<string>()
    for (const item of clickable) {
      const trail = item.trail.join(' > ')
      const { sent, opened } = await main.call<{
        sent: Array<[string, unknown]>
        opened: string[]
      }>('click', { trail })
      if (sent.length > 0) {
        expect(sent.map(([channel]) => channel)).toEqual(['system:event'])
        const event = SystemEventSchema.parse(sent[0]![1])
        if (event.type === 'menu') commands.add(event.command)
      } else if (trail.at(-1) === 'Check for updates…') {
        // Main checks itself and answers in a dialog (here: not an AppImage, so nothing to update).
        await expect
          .poll(async () => (await main.state()).messageBoxes.map((b) => b.options.message))
          .toContain('Cadence is up to date.')
      } else if (trail.endsWith('Back up data…') || trail.endsWith('Restore data…')) {
        // Main asks for a folder itself (here the dialog is cancelled; backup.test.ts and restore.test.ts
        // go further).
        await expect
          .poll(async () =>
            (await main.state()).timeline.some(([what]) => what === 'dialog.showOpenDialog')
          )
          .toBe(true)
      } else if (trail.includes('fullscreen')) {
        // Fullscreen is main's own: the page hears about it through the window's event.
        const { windows } = await main.state()
        expect(windows[0]!.sent.at(-1)).toEqual([
          'system:event',
          { type: 'fullscreen', fullscreen: true },
        ])
      } else {
        expect(opened.length, trail).toBeGreaterThan(0)
      }
    }
    expect([...commands].sort()).toEqual([...MenuCommandSchema.options].sort())
  })

  it('shows "?" without registering it, so typing "?" in a field never fires it', async () => {
    const { menu } = await (await ready()).state()
    const help = menu!.find((m) => m.trail.at(-1) === 'Keyboard shortcuts')
    expect(help).toMatchObject({ accelerator: '?', registerAccelerator: false })
  })

  it("uses macOS's own app menu and fullscreen item there", async () => {
    const { menu } = await (await ready({ platform: 'darwin' })).state()
    const roles = menu!.map((m) => m.role)
    expect(roles).toContain('appMenu')
    expect(roles).toContain('togglefullscreen')
    expect(menu!.some((m) => m.accelerator === 'F11')).toBe(false)
  })
})

describe('display window', () => {
  it('opens a second secure window on app://cadence/display.html and sends frames only to it', async () => {
    const main = await ready()
    expect(
      await main.call('invoke', { channel: 'display:open', payload: { displayId: 1 } })
    ).toEqual({ ok: true, value: { fullscreen: true } })
    const { windows } = await main.state()
    expect(windows).toHaveLength(2)
    const display = windows[1]!
    expect(display.loaded).toEqual(['app://cadence/display.html'])
    expect(display.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
    const preload = display.options.webPreferences['preload'] as string
    expect(preload).toBe(appPath('out/preload/display.cjs'))
    expect(existsSync(preload)).toBe(true)
    // The page hears that the display opened.
    expect(windows[0]!.sent).toContainEqual(['system:event', { type: 'display', open: true }])

    // Main hands the new display the session as it is (none yet); the main window gets no frames.
    expect(display.sent).toEqual([['display:frame', { view: null, timeOrigin: 0, lang: 'en' }]])
    expect(windows[0]!.sent.some(([channel]) => channel === 'display:frame')).toBe(false)
  })

  it('refuses every call from the display window: it only draws what it is sent', async () => {
    const main = await ready()
    await main.call('invoke', { channel: 'display:open', payload: { displayId: null } })
    for (const channel of ['app:info', 'display:close', 'settings:update']) {
      expect(await main.call('invoke', { channel, from: 'display' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      })
    }
    expect(await main.call('invoke', { channel: 'app:info' })).toMatchObject({ ok: true })
  })

  it('closes with the main window, and the page hears it close', async () => {
    const main = await ready()
    await main.call('invoke', { channel: 'display:open', payload: { displayId: null } })
    await main.call('closeMainWindow')
    const { timeline } = await main.state()
    expect(timeline.filter(([what]) => what === 'window:closed')).toHaveLength(2)
  })
})

describe('media keys', () => {
  it('holds the media keys only while asked, sends them to the page, and lets go on quit', async () => {
    const main = await ready()
    expect((await main.state()).shortcuts).toEqual([])
    expect(
      await main.call('invoke', { channel: 'media:captureKeys', payload: { on: true } })
    ).toEqual({ ok: true, value: { on: true } })
    expect((await main.state()).shortcuts.sort()).toEqual([
      'MediaNextTrack',
      'MediaPlayPause',
      'MediaPreviousTrack',
    ])
    expect(await main.call('pressShortcut', { accelerator: 'MediaNextTrack' })).toEqual([
      ['system:event', { type: 'mediaKey', key: 'next' }],
    ])
    await main.call('invoke', { channel: 'media:captureKeys', payload: { on: false } })
    expect((await main.state()).shortcuts).toEqual([])
    await main.call('invoke', { channel: 'media:captureKeys', payload: { on: true } })
    await main.call('quit')
    expect((await main.state()).shortcuts).toEqual([])
  })
})

describe('phone remote', () => {
  it('listens only when turned on, passes a phone action to the session, and closes on quit', async () => {
    const main = await ready()
    expect(await main.call('invoke', { channel: 'remote:status' })).toMatchObject({
      ok: true,
      value: { on: false, url: null },
    })
    const on = await main.call<{ ok: true; value: { url: string } }>('invoke', {
      channel: 'remote:setEnabled',
      payload: { on: true },
    })
    const url = new URL(on.value.url)
    expect(url.hostname).toBe('127.0.0.1')
    const page = await fetch(url)
    expect(await page.text()).toContain('>Cadence remote</title>')
    const script = /src="\.\/(assets\/remote-[^"]+\.js)"/.exec(await (await fetch(url)).text())![1]!
    expect((await fetch(new URL(script, url))).status).toBe(200)
    expect((await fetch(new URL('index.html', url))).status).toBe(404)

    const phone = new WebSocket(`ws://${url.host}${url.pathname}ws`, { origin: url.origin })
    const closed = new Promise<number>((done) => phone.on('close', (code) => done(code)))
    await new Promise((done) => phone.once('open', done))
    const acks: unknown[] = []
    phone.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string }
      if (message.type === 'ack') acks.push(message)
    })
    // The press goes to the session in main, not the page: with none open, the phone hears why.
    phone.send(JSON.stringify({ type: 'action', action: 'next', seq: 1 }))
    await expect
      .poll(() => acks)
      .toEqual([
        { type: 'ack', seq: 1, accepted: false, reason: 'No session is open on the computer.' },
      ])
    expect(
      (await main.state()).windows[0]!.sent.some(
        ([, event]) => (event as { type?: string } | undefined)?.type === 'remoteAction'
      )
    ).toBe(false)
    expect((await main.state()).windows[0]!.sent).toContainEqual([
      'system:event',
      { type: 'remote', on: true, phones: 1 },
    ])

    await main.call('quit')
    expect(await closed).toBe(CLOSE_CODES.turnedOff)
    await expect(fetch(url)).rejects.toThrow()
  })
})

describe('single instance', () => {
  it('a second instance quits at once and opens nothing', async () => {
    const main = await ready({ options: { lock: false } })
    const state = await main.state()
    expect(state.quitCalled).toBe(true)
    expect(state.windows).toEqual([])
    expect(state.ipcChannels).toEqual([])
  })
})

describe('quit and session end', () => {
  it('releases keep-awake and closes the stores after the windows have closed', async () => {
    const main = await ready()
    expect(
      await main.call('invoke', { channel: 'power:keepAwake', payload: { on: true } })
    ).toEqual({
      ok: true,
      value: { on: true },
    })
    expect((await main.state()).blockers).toBe(1)
    expect((await main.call<string[]>('openFiles', { dir: main.dataDir })).length).toBeGreaterThan(
      0
    )

    await main.call('quit')
    const { timeline, blockers } = await main.state()
    expect(blockers).toBe(0)
    expect(await main.call('openFiles', { dir: main.dataDir })).toEqual([])
    const closed = index(timeline, 'window:closed')
    expect(index(timeline, 'app:before-quit')).toBeLessThan(closed)
    expect(closed).toBeLessThan(index(timeline, 'powerSaveBlocker.stop'))
  })

  it('writes everything down when Windows ends the session', async () => {
    const main = await ready()
    expect((await main.call<string[]>('openFiles', { dir: main.dataDir })).length).toBeGreaterThan(
      0
    )
    await main.call('emitWindow', { event: 'session-end' })
    expect(await main.call('openFiles', { dir: main.dataDir })).toEqual([])
  })
})
