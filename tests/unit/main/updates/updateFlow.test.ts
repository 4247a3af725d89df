// The update rules without Electron: the setting, never restarting during a session, quiet when offline.
import { describe, expect, it, vi } from 'vitest'
import {
  couldNotCheck,
  createUpdateFlow,
  downloadFailureMessage,
  type UpdateFlowOptions,
} from '@main/updates/updateFlow'
import { canSelfInstall } from '@main/updates/electronUpdaterPort'

function setup(overrides: Partial<UpdateFlowOptions> = {}) {
  let sessionActive = false
  const updater = {
    check: vi.fn((): Promise<string | null> => Promise.resolve('0.2.0')),
    download: vi.fn(() => Promise.resolve()),
    install: vi.fn(),
  }
  const ui = {
    offerRestart: vi.fn(() => Promise.resolve(true)),
    offerDownloadPage: vi.fn(() => Promise.resolve()),
    tell: vi.fn((_message: string, _detail?: string) => Promise.resolve()),
  }
  const flow = createUpdateFlow({
    updater,
    ui,
    enabled: () => true,
    isSessionActive: () => sessionActive,
    canInstall: true,
    log: () => undefined,
    ...overrides,
  })
  return { flow, updater, ui, setSession: (on: boolean) => (sessionActive = on) }
}

describe('update flow', () => {
  it('checks, downloads and offers "Restart to update", installing only when accepted', async () => {
    const { flow, updater, ui } = setup()
    expect(await flow.check('start')).toEqual({ kind: 'ready', version: '0.2.0' })
    expect(updater.download).toHaveBeenCalledOnce()
    expect(ui.offerRestart).toHaveBeenCalledWith('0.2.0')
    expect(updater.install).toHaveBeenCalledOnce()
  })

  it('never offers or installs during a session; offers once it has ended', async () => {
    const { flow, updater, ui, setSession } = setup()
    setSession(true)
    await flow.check('start')
    expect(ui.offerRestart).not.toHaveBeenCalled()
    await flow.offerIfWaiting()
    expect(ui.offerRestart).not.toHaveBeenCalled()
    setSession(false)
    await flow.offerIfWaiting()
    expect(ui.offerRestart).toHaveBeenCalledOnce()
    expect(updater.install).toHaveBeenCalledOnce()
  })

  it('does not install if a session started while the offer was open', async () => {
    const { flow, updater, ui, setSession } = setup()
    ui.offerRestart.mockImplementation(() => {
      setSession(true)
      return Promise.resolve(true)
    })
    await flow.check('start')
    expect(updater.install).not.toHaveBeenCalled()
  })

  it('checks nothing at start when the setting is off, but still when asked from the menu', async () => {
    const { flow, updater } = setup({ enabled: () => false })
    await flow.check('start')
    expect(updater.check).not.toHaveBeenCalled()
    await flow.check('menu')
    expect(updater.check).toHaveBeenCalledOnce()
  })

  it('offline: quiet at start, "could not check" when asked, never a throw', async () => {
    const { flow, updater, ui } = setup()
    updater.check.mockRejectedValue(new Error('net::ERR_INTERNET_DISCONNECTED'))
    expect(await flow.check('start')).toEqual({ kind: 'failed', message: couldNotCheck() })
    expect(ui.tell).not.toHaveBeenCalled()
    await flow.check('menu')
    expect(ui.tell).toHaveBeenCalledWith(couldNotCheck(), expect.stringContaining('connection'))
  })

  it('says "up to date" only when asked', async () => {
    const { flow, updater, ui } = setup()
    updater.check.mockResolvedValue(null)
    await flow.check('start')
    expect(ui.tell).not.toHaveBeenCalled()
    await flow.check('menu')
    expect(ui.tell).toHaveBeenCalledWith('Cadence is up to date.')
  })

  it('refuses a damaged download with a clear message and installs nothing', async () => {
    const { flow, updater, ui } = setup()
    updater.download.mockRejectedValue(new Error('sha512 checksum mismatch, expected a, got b'))
    const state = await flow.check('start')
    expect(state).toMatchObject({ kind: 'failed' })
    expect(ui.tell).toHaveBeenCalledWith(downloadFailureMessage('0.2.0', new Error('sha512')))
    expect(ui.offerRestart).not.toHaveBeenCalled()
    expect(updater.install).not.toHaveBeenCalled()
  })

  it('where the build cannot update itself (the deb), downloads nothing and points to the download page', async () => {
    const { flow, updater, ui } = setup({ canInstall: false })
    expect(await flow.check('start')).toEqual({ kind: 'elsewhere', version: '0.2.0' })
    expect(updater.download).not.toHaveBeenCalled()
    expect(ui.offerDownloadPage).toHaveBeenCalledWith('0.2.0')
  })

  it('a menu check during the start check hears its outcome', async () => {
    const { flow, updater, ui } = setup()
    let fail: (e: Error) => void = () => undefined
    updater.check.mockReturnValue(new Promise((_, reject) => (fail = reject)))
    const start = flow.check('start')
    const menu = flow.check('menu')
    fail(new Error('offline'))
    await Promise.all([start, menu])
    expect(updater.check).toHaveBeenCalledOnce()
    expect(ui.tell).toHaveBeenCalledOnce()
  })
})

describe('who installs updates', () => {
  it('only the AppImage on Linux; Windows and macOS always', () => {
    expect(canSelfInstall('linux', {})).toBe(false)
    expect(canSelfInstall('linux', { APPIMAGE: '/home/a/Cadence.AppImage' })).toBe(true)
    expect(canSelfInstall('win32', {})).toBe(true)
    expect(canSelfInstall('darwin', {})).toBe(true)
  })
})
