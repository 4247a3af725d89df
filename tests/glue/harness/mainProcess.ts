// Starts the built main bundle in a child Node process whose `electron` is the recording fake, and talks to it.
import { fork, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface MenuEntry {
  trail: string[]
  label: string | null
  role: string | null
  accelerator: string | null
  registerAccelerator: boolean
  clickable: boolean
}
export interface FakeState {
  timeline: Array<[string, unknown, boolean]>
  schemes: Array<{
    schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>
    beforeReady: boolean
  }>
  switches: Array<{ name: string; value?: string; beforeReady: boolean }>
  paths: Record<string, string>
  ipcChannels: string[]
  ipcListeners: string[]
  protocols: string[]
  windows: Array<{
    id: number
    options: { webPreferences: Record<string, unknown> } & Record<string, unknown>
    loaded: string[]
    sent: Array<[string, unknown]>
  }>
  menu: MenuEntry[] | null
  blockers: number
  shortcuts: string[]
  opened: string[]
  netRequests: string[]
  quitCalled: boolean
  messageBoxes: Array<{
    options: { message: string; detail?: string; buttons: string[] }
    answered: number | null
  }>
  singleInstanceHeld: boolean
  /** First time each step happened, in ms since the child process started. */
  times: Record<string, number>
}

export interface BootOptions {
  platform?: NodeJS.Platform
  options?: {
    isPackaged?: boolean
    lock?: boolean
    /** The folder holding app-update.yml, as a packaged app's resources folder does. */
    resourcesPath?: string
    /** Which button every message box answers at once (default: none; the test answers it). */
    messageBoxResponse?: number
    /** The system's locale, as app.getLocale() reports it (default en-US). */
    locale?: string
    /** What every open dialog answers, as if the user picked these paths (default: cancelled). */
    openDialogPaths?: string[]
  }
  env?: Record<string, string>
  /** A data folder made by the test (kept after close); otherwise a fresh one, removed after. */
  dataDir?: string
  /** Run the child as this user (and its group): these machines run as root, who may read anything. */
  uid?: number
}

export interface MainProcess {
  dataDir: string
  pid: number
  call<T = unknown>(op: string, args?: Record<string, unknown>): Promise<T>
  state(): Promise<FakeState>
  close(): Promise<void>
}

const HARNESS = resolve('tests/glue/harness')

export async function startMain(boot: BootOptions = {}): Promise<MainProcess> {
  const root = mkdtempSync(join(tmpdir(), 'cadence-glue-'))
  // Another user must reach the fake profile folder beside the data folder.
  if (boot.uid !== undefined) chmodSync(root, 0o777)
  const dataDir = boot.dataDir ?? join(root, 'Cadence')
  const child: ChildProcess = fork(join(HARNESS, 'child.mjs'), [], {
    execArgv: ['--import', join(HARNESS, 'register.mjs')],
    env: { ...process.env, CADENCE_DATA_DIR: dataDir, ...boot.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    ...(boot.uid !== undefined ? { uid: boot.uid, gid: boot.uid } : {}),
  })
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let next = 1
  child.on('message', (message: { id: number; ok: boolean; value?: unknown; error?: string }) => {
    const entry = waiting.get(message.id)
    waiting.delete(message.id)
    if (message.ok) entry?.resolve(message.value)
    else entry?.reject(new Error(message.error))
  })
  child.on('exit', (code) => {
    for (const entry of waiting.values()) entry.reject(new Error(`main process exited (${code})`))
    waiting.clear()
  })
  await new Promise<unknown>((resolve, reject) => waiting.set(0, { resolve, reject }))

  const call = <T>(op: string, args?: Record<string, unknown>) =>
    new Promise<T>((resolve, reject) => {
      const id = next++
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject })
      child.send({ id, op, args })
    })
  await call('boot', { options: boot.options ?? {}, platform: boot.platform })
  return {
    dataDir,
    pid: child.pid!,
    call,
    state: () => call<FakeState>('state'),
    async close() {
      // SIGKILL: a child that hit a file-size limit (the full-disk test) may not answer SIGTERM.
      child.kill('SIGKILL')
      // A killed child has a signalCode, not an exitCode: a second close must not wait for a gone 'exit'.
      const gone = child.exitCode !== null || child.signalCode !== null
      await new Promise((done) => (gone ? done(null) : child.once('exit', done)))
      rmSync(root, { recursive: true, force: true })
    },
  }
}
