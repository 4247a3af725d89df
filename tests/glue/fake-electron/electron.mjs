// A recording fake of the Electron main-process API that Cadence's main bundle (and electron-store) use.
// It models only what the code calls, with Electron's documented order rules: privileged schemes and
// command-line switches count only before `ready`; windows, protocol handlers and screen only after it.
import { EventEmitter } from 'node:events'
import { request as httpRequest } from 'node:http'

const state = {
  ready: false,
  options: {
    userData: '/tmp/cadence-fake-user-data',
    lock: true,
    isPackaged: true,
    version: '0.1.0',
    /** What app.getLocale() answers: Chromium's UI locale, from the system. */
    locale: 'en-US',
  },
  /** Everything the code did, in order: [what, detail, beforeReady]. */
  timeline: [],
  schemes: [],
  switches: [],
  paths: {},
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  windows: [],
  menu: null,
  permissionHandlers: {},
  blockers: new Set(),
  shortcuts: new Map(),
  readyWaiters: [],
  opened: [],
  /** Message boxes shown, in order; the test answers the open one (see answerMessageBox). */
  messageBoxes: [],
  singleInstanceHeld: false,
  /** When each step happened, in ms since the process started (for the cold-start bench). */
  times: {},
  /** Hosts net.request was asked for (the fake reaches 127.0.0.1 only). */
  netRequests: [],
}
globalThis.__fakeElectron = state

const note = (what, detail = null) => {
  state.timeline.push([what, detail, !state.ready])
  state.times[what] ??= performance.now()
}
const requireReady = (what) => {
  if (!state.ready) throw new Error(`${what} cannot be used before the app is ready`)
}

let nextId = 1
const originOf = (url) => {
  const match = /^(app|https?):\/\/([^/?#]+)/.exec(url)
  if (match) return `${match[1]}://${match[2]}`
  return url.startsWith('file:') ? 'file://' : 'null'
}

export class WebContents extends EventEmitter {
  constructor() {
    super()
    this.id = nextId++
    this.mainFrame = { frameTreeNodeId: nextId++, url: '', origin: 'null' }
    this.sent = []
    this.windowOpenHandler = null
  }
  send(channel, payload) {
    this.sent.push([channel, payload])
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    requireReady('new BrowserWindow')
    super()
    this.options = options
    this.webContents = new WebContents()
    this.bounds = { x: 0, y: 0, width: options.width ?? 800, height: options.height ?? 600 }
    this.fullscreen = false
    this.loaded = []
    state.windows.push(this)
    note('window:create', this.webContents.id)
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents)
  }
  static getAllWindows() {
    return state.windows.filter((w) => !w.destroyed)
  }
  static fromWebContents(contents) {
    return state.windows.find((w) => w.webContents === contents) ?? null
  }
  loadURL(url) {
    this.loaded.push(url)
    this.webContents.mainFrame.url = url
    this.webContents.mainFrame.origin = originOf(url)
    note('window:loadURL', url)
    return Promise.resolve()
  }
  loadFile(path) {
    return this.loadURL(`file://${path}`)
  }
  show() {}
  setMenu(menu) {
    this.menu = menu
  }
  /** The taskbar button's progress: recorded, so a test sees it move and end (-1). */
  setProgressBar(value) {
    this.progress = [...(this.progress ?? []), value]
  }
  focus() {}
  restore() {}
  maximize() {}
  isMaximized() {
    return false
  }
  isMinimized() {
    return false
  }
  getBounds() {
    return { ...this.bounds }
  }
  getNormalBounds() {
    return { ...this.bounds }
  }
  setBounds(bounds) {
    this.bounds = { ...bounds }
  }
  isFullScreen() {
    return this.fullscreen
  }
  setFullScreen(on) {
    if (on === this.fullscreen) return
    this.fullscreen = on
    setImmediate(() => this.emit(on ? 'enter-full-screen' : 'leave-full-screen'))
  }
  /** What closing the window does: close, then the contents go, then closed. */
  close() {
    this.emit('close', { preventDefault() {} })
    this.destroyed = true
    this.webContents.emit('destroyed')
    note('window:closed', this.webContents.id)
    this.emit('closed')
  }
}

class App extends EventEmitter {
  constructor() {
    super()
    this.commandLine = {
      appendSwitch: (name, value) => {
        state.switches.push({ name, value, beforeReady: !state.ready })
        note('commandLine.appendSwitch', name)
      },
      getSwitchValue: (name) => state.switches.find((s) => s.name === name)?.value ?? '',
      hasSwitch: (name) => state.switches.some((s) => s.name === name),
    }
  }
  get isPackaged() {
    return state.options.isPackaged
  }
  getVersion() {
    return state.options.version
  }
  /** Electron's docs: call it only after ready. */
  getLocale() {
    requireReady('app.getLocale')
    return state.options.locale
  }
  getName() {
    return 'Cadence'
  }
  getPath(name) {
    return state.paths[name] ?? (name === 'userData' ? state.options.userData : `/tmp/fake-${name}`)
  }
  setPath(name, value) {
    state.paths[name] = value
    note('app.setPath', name)
  }
  requestSingleInstanceLock() {
    note('app.requestSingleInstanceLock')
    state.singleInstanceHeld = state.options.lock
    return state.options.lock
  }
  releaseSingleInstanceLock() {
    note('app.releaseSingleInstanceLock')
    state.singleInstanceHeld = false
  }
  hasSingleInstanceLock() {
    return state.singleInstanceHeld
  }
  /** Electron queues a new instance for when this one exits; the fake only records it. */
  relaunch() {
    note('app.relaunch')
  }
  /** Electron exits at once, without quit events; the fake records it and leaves the process to the test. */
  exit(code = 0) {
    note('app.exit', code)
  }
  whenReady() {
    return state.ready ? Promise.resolve() : new Promise((done) => state.readyWaiters.push(done))
  }
  isReady() {
    return state.ready
  }
  /** Electron's quit: before-quit, every window closes, then will-quit and quit. */
  quit() {
    note('app.quit')
    this.emit('before-quit', { preventDefault() {} })
    note('app:before-quit')
    for (const win of BrowserWindow.getAllWindows()) win.close()
    this.emit('will-quit', { preventDefault() {} })
    note('app:will-quit')
    this.emit('quit')
  }
}
export const app = new App()

/** Test control: clicks a button of the message box shown last that is still open. */
export function answerMessageBox(response) {
  const open = state.messageBoxes.findLast((box) => !box.answered)
  if (!open) throw new Error('No message box is open')
  open.answered = response
  open.answer(response)
}

/** Test control: Electron becoming ready. */
export function fireReady() {
  state.ready = true
  note('app:ready')
  app.emit('ready')
  for (const done of state.readyWaiters.splice(0)) done()
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    state.schemes.push({ schemes, beforeReady: !state.ready })
    note('protocol.registerSchemesAsPrivileged', schemes.map((s) => s.scheme).join(','))
  },
  handle(scheme, handler) {
    requireReady('protocol.handle')
    if (state.protocolHandlers.has(scheme)) throw new Error(`${scheme} is already handled`)
    state.protocolHandlers.set(scheme, handler)
    note('protocol.handle', scheme)
  },
}

export const ipcMain = {
  handle(channel, handler) {
    if (state.ipcHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    state.ipcHandlers.set(channel, handler)
  },
  on(channel, listener) {
    state.ipcListeners.set(channel, listener)
  },
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu(menu) {
    state.menu = menu
    note('Menu.setApplicationMenu')
  },
}

export const session = {
  fromPartition: (partition) => ({ partition }),
  defaultSession: {
    setPermissionRequestHandler: (h) => (state.permissionHandlers.request = h),
    setPermissionCheckHandler: (h) => (state.permissionHandlers.check = h),
  },
}

export const powerMonitor = new EventEmitter()

let blockerId = 1
export const powerSaveBlocker = {
  start(type) {
    const id = blockerId++
    state.blockers.add(id)
    note('powerSaveBlocker.start', type)
    return id
  },
  stop(id) {
    state.blockers.delete(id)
    note('powerSaveBlocker.stop', id)
  },
  isStarted: (id) => state.blockers.has(id),
}

const DISPLAY = {
  id: 1,
  label: 'Built-in',
  size: { width: 1920, height: 1080 },
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
}
export const screen = {
  getAllDisplays: () => (requireReady('screen'), [DISPLAY]),
  getPrimaryDisplay: () => (requireReady('screen'), DISPLAY),
  getDisplayMatching: () => (requireReady('screen'), DISPLAY),
}

export const globalShortcut = {
  register(accelerator, callback) {
    requireReady('globalShortcut')
    if (state.shortcuts.has(accelerator)) return false
    state.shortcuts.set(accelerator, callback)
    note('globalShortcut.register', accelerator)
    return true
  },
  unregister(accelerator) {
    state.shortcuts.delete(accelerator)
    note('globalShortcut.unregister', accelerator)
  },
  unregisterAll() {
    state.shortcuts.clear()
  },
  isRegistered: (accelerator) => state.shortcuts.has(accelerator),
}

export const dialog = {
  /** Resolves when the test answers it with a button's index, as a person clicking would. */
  showMessageBox(...args) {
    requireReady('dialog.showMessageBox')
    const options = args.length > 1 ? args[1] : args[0]
    note('dialog.showMessageBox', options.message)
    return new Promise((resolve) => {
      const box = { options, answer: (response) => resolve({ response, checkboxChecked: false }) }
      state.messageBoxes.push(box)
      // A test may have every box answered at once (options.messageBoxResponse), as a hurried user would.
      const auto = state.options.messageBoxResponse
      if (auto !== undefined) {
        box.answered = auto
        box.answer(auto)
      }
    })
  },
  /** Answers with the paths the test gave (options.openDialogPaths), or as a cancel. */
  async showOpenDialog(...args) {
    const options = args.length > 1 ? args[1] : args[0]
    note('dialog.showOpenDialog', (options.properties ?? []).join(','))
    const paths = state.options.openDialogPaths
    return paths ? { canceled: false, filePaths: paths } : { canceled: true, filePaths: [] }
  },
  showSaveDialog: async () => ({ canceled: true }),
}

/** Electron's net over Node's http, for electron-updater; it refuses every host but 127.0.0.1. */
export const net = {
  request(options) {
    state.netRequests.push(`${options.hostname}${options.path}`)
    if (options.hostname !== '127.0.0.1')
      throw new Error(`the fake net reaches 127.0.0.1 only, not ${options.hostname}`)
    const { protocol, hostname, port, path, method, headers } = options
    return httpRequest({ protocol, hostname, port, path, method, headers })
  },
}

/** Electron's own autoUpdater: electron-updater only emits on it before quitting to install. */
export const autoUpdater = new EventEmitter()

export const shell = {
  openPath: async (path) => (state.opened.push(path), ''),
  openExternal: async (url) => void state.opened.push(url),
}

// For CommonJS requires of 'electron' (electron-updater): electron.cjs hands out this same module.
const electronModule = {
  app,
  autoUpdater,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  net,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  shell,
}
globalThis.__fakeElectronModule = electronModule
export default electronModule
