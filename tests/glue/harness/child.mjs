// Runs the built main bundle (out/main/index.js) against the fake Electron, one process per test, and
// carries out the test's requests (fire ready, call an IPC handler, click a menu item, quit...).
import { readdirSync, readlinkSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'
import { answerMessageBox, app, BrowserWindow, fireReady, WebContents } from 'electron'

const fake = globalThis.__fakeElectron
const settle = () => new Promise((done) => setImmediate(done))
const mainWindow = () => BrowserWindow.getAllWindows()[0]

function menuItems(template, trail = []) {
  return template.flatMap((item) => {
    const here = { ...item, trail: [...trail, item.label ?? item.role ?? item.type] }
    return [here, ...(Array.isArray(item.submenu) ? menuItems(item.submenu, here.trail) : [])]
  })
}

const ops = {
  async boot({ options = {}, platform }) {
    Object.assign(fake.options, options)
    // Where a packaged app finds app-update.yml (electron-updater reads it from here).
    if (options.resourcesPath) process.resourcesPath = options.resourcesPath
    if (platform) Object.defineProperty(process, 'platform', { value: platform })
    // The project's build, or an extracted app.asar (npm run test:pack).
    const appDir = resolve(process.env.CADENCE_GLUE_APP_DIR ?? '.')
    await import(pathToFileURL(resolve(appDir, 'out/main/index.js')).href)
    await settle()
  },
  async ready() {
    fireReady()
    for (let i = 0; i < 5; i++) await settle()
  },
  state() {
    return {
      timeline: fake.timeline,
      schemes: fake.schemes,
      switches: fake.switches,
      paths: fake.paths,
      ipcChannels: [...fake.ipcHandlers.keys()],
      ipcListeners: [...fake.ipcListeners.keys()],
      protocols: [...fake.protocolHandlers.keys()],
      windows: fake.windows.map((w) => ({
        id: w.webContents.id,
        options: w.options,
        loaded: w.loaded,
        sent: w.webContents.sent,
        progress: w.progress ?? [],
      })),
      menu: fake.menu
        ? menuItems(fake.menu.template).map((i) => ({
            trail: i.trail,
            label: i.label ?? null,
            role: i.role ?? null,
            accelerator: i.accelerator ?? null,
            registerAccelerator: i.registerAccelerator ?? true,
            clickable: typeof i.click === 'function',
          }))
        : null,
      blockers: fake.blockers.size,
      shortcuts: [...fake.shortcuts.keys()],
      opened: fake.opened,
      netRequests: fake.netRequests,
      quitCalled: fake.timeline.some(([what]) => what === 'app.quit'),
      messageBoxes: fake.messageBoxes.map((box) => ({
        options: box.options,
        answered: box.answered ?? null,
      })),
      singleInstanceHeld: fake.singleInstanceHeld,
      times: fake.times,
    }
  },
  /** Ms since this process started: when the previous request was answered, for benchmarks. */
  now() {
    return performance.now()
  },
  async answerMessageBox({ response }) {
    answerMessageBox(response)
    for (let i = 0; i < 5; i++) await settle()
  },
  /** Waits (on the event loop, not a clock) until main has shown a window or a message box. */
  async settleStartup() {
    for (let i = 0; i < 200; i++) {
      if (fake.windows.length > 0 || fake.messageBoxes.some((b) => b.answered === undefined)) return
      await settle()
    }
  },
  /** What the next open dialogs answer, for a test that picks several files in turn. */
  setDialogPaths({ paths }) {
    fake.options.openDialogPaths = paths
  },
  async protocol({ url, method = 'GET', headers = {} }) {
    const handler = fake.protocolHandlers.get(new URL(url).protocol.slice(0, -1))
    const response = await handler(new Request(url, { method, headers }))
    const body = await response.text()
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body,
      at: performance.now(),
    }
  },
  async invoke({ channel, payload, from = 'main' }) {
    // 'display' calls from the display window, the second one opened.
    const win = from === 'display' ? BrowserWindow.getAllWindows()[1] : mainWindow()
    const contents = from === 'stranger' ? new WebContents() : win.webContents
    if (from === 'stranger')
      contents.mainFrame = { ...win.webContents.mainFrame, frameTreeNodeId: -1 }
    const frame =
      from === 'subframe' ? { ...contents.mainFrame, frameTreeNodeId: -2 } : contents.mainFrame
    const handler = fake.ipcHandlers.get(channel)
    return handler({ sender: contents, senderFrame: frame, frameId: 1, processId: 1 }, payload)
  },
  async click({ trail }) {
    const item = menuItems(fake.menu.template).find((i) => i.trail.join(' > ') === trail)
    if (!item?.click) throw new Error(`No clickable menu item "${trail}"`)
    const before = mainWindow().webContents.sent.length
    item.click()
    await settle()
    return { sent: mainWindow().webContents.sent.slice(before), opened: fake.opened }
  },
  navigate({ url }) {
    let prevented = false
    mainWindow().webContents.emit('will-navigate', {
      url,
      preventDefault: () => (prevented = true),
    })
    const open = mainWindow().webContents.windowOpenHandler({ url })
    return { prevented, open: open.action }
  },
  permission({ name }) {
    return fake.permissionHandlers.check(null, name)
  },
  /** A media key pressed while Cadence holds it: what the page is sent. */
  pressShortcut({ accelerator }) {
    const before = mainWindow().webContents.sent.length
    fake.shortcuts.get(accelerator)()
    return mainWindow().webContents.sent.slice(before)
  },
  closeMainWindow() {
    mainWindow().close()
  },
  emitWindow({ event }) {
    mainWindow().emit(event, { preventDefault() {} })
  },
  emitApp({ event }) {
    app.emit(event, { preventDefault() {} }, [], '')
  },
  async quit() {
    app.quit()
    await settle()
  },
  /** Files under `dir` this process holds open (Linux), to see when the stores are closed. */
  openFiles({ dir }) {
    return readdirSync('/proc/self/fd')
      .map((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`)
        } catch {
          return ''
        }
      })
      .filter((path) => path.startsWith(dir))
  },
}

// A file-size limit (prlimit --fsize, the full-disk simulation) also sends SIGXFSZ, which kills by default; a
// real full disk sends no signal, only an error. Ignoring it leaves the error (EFBIG), as a full disk would.
process.on('SIGXFSZ', () => {})

process.on('message', async ({ id, op, args }) => {
  try {
    process.send({ id, ok: true, value: await ops[op](args ?? {}) })
  } catch (error) {
    process.send({ id, ok: false, error: String(error?.stack ?? error) })
  }
})
process.send({ id: 0, ok: true, value: 'started' })
