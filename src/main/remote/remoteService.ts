// The phone remote as the app sees it: off until the user turns it on, then a server on the computer's
// local-network address with a fresh pairing code, a QR code of its address, and the phone count. Phone
// actions and status changes go to the page as system events; the page's view goes out to the phones.
import QRCode from 'qrcode'
import type { RemoteStatus, SystemEvent } from '@shared/ipc/contract'
import type { RemoteAction, RemoteFrame } from '@shared/remote/protocol'
import { AppError } from '@shared/ipc/result'
import { chooseAddress } from './addressChoice'
import type { LanAddress } from './lanAddress'
import { loadPhonePage } from './phonePage'
import { startRemoteServer, type RemoteServer, type RemoteServerOptions } from './remoteServer'
import { t } from '../i18n/mainLanguage'
import { windowClosed } from './phoneRefusals'

export interface RemoteServiceOptions {
  /** The addresses phones can reach (the computer's local-network ones), best first; empty when none. */
  lanAddresses: () => LanAddress[]
  /** The address the user chose in Settings (null: the best one), kept across starts. */
  chosenAddress?: { get(): string | null; set(address: string | null): void }
  /** The built renderer folder, where remote.html and its files are. */
  rendererDir: string
  /** Returns false when no window could take the event (a phone's press is then refused, with why). */
  sendEvent: (event: SystemEvent) => boolean | void
  /** Where a phone's action goes: straight to the session in main; returns why it was refused, or null. */
  onAction?: (action: RemoteAction) => string | null
  /** For tests: a fixed port, limits, a clock. */
  server?: Partial<Pick<RemoteServerOptions, 'port' | 'limits' | 'now'>>
}

export interface RemoteService {
  status(): RemoteStatus
  setEnabled(on: boolean): Promise<RemoteStatus>
  newCode(): RemoteStatus
  /** Keeps the choice, and moves a running server to it (with a new code). */
  useAddress(address: string | null): Promise<RemoteStatus>
  publish(frame: RemoteFrame): void
  close(): Promise<void>
}

export { windowClosed } from './phoneRefusals'

/** The QR code's dark and light squares, row by row, as "1" and "0". */
function qrOf(url: string): { size: number; modules: string } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  return {
    size: modules.size,
    modules: Array.from(modules.data, (bit) => (bit ? '1' : '0')).join(''),
  }
}

/** A server on the host, or an error the user can act on: no network, no phone page, no port. */
async function openServer(
  host: string | null,
  options: RemoteServiceOptions,
  announce: () => void
): Promise<RemoteServer> {
  if (!host) {
    throw new AppError('unsupported', t('main:remote.noNetwork'))
  }
  let files
  try {
    files = loadPhonePage(options.rendererDir)
  } catch {
    throw new AppError('io', t('main:remote.pageMissing'))
  }
  try {
    return await startRemoteServer({
      ...options.server,
      host,
      files,
      onAction: (action) => {
        if (options.onAction) return options.onAction(action)
        return options.sendEvent({ type: 'remoteAction', action }) === false ? windowClosed() : null
      },
      onPhonesChange: announce,
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppError('io', t('main:remote.couldNotStart', { host, reason }))
  }
}

export function createRemoteService(options: RemoteServiceOptions): RemoteService {
  let server: RemoteServer | null = null
  let starting: Promise<RemoteStatus> | null = null
  let qr: { url: string; size: number; modules: string } | null = null
  let host: string | null = null
  let chosen: string | null = null
  const chosenAddress = options.chosenAddress ?? { get: () => chosen, set: (a) => (chosen = a) }
  const bestAddress = () => chooseAddress(options.lanAddresses(), chosenAddress.get())

  const status = (): RemoteStatus => {
    const addresses = options.lanAddresses()
    if (!server) return { on: false, url: null, qr: null, phones: 0, address: null, addresses }
    const url = server.url()
    if (qr?.url !== url) qr = { url, ...qrOf(url) }
    const shown = { size: qr.size, modules: qr.modules }
    return { on: true, url, qr: shown, phones: server.phones(), address: host, addresses }
  }
  /** The session's latest frame, kept while the remote is off. */
  let lastFrame: RemoteFrame | null = null
  const announce = () => {
    const { on, phones } = status()
    options.sendEvent({ type: 'remote', on, phones })
  }

  async function start(): Promise<RemoteStatus> {
    host = bestAddress()
    server = await openServer(host, options, announce)
    // The session published while the remote was off: the first phone sees it as it is now.
    if (lastFrame) server.publish(lastFrame)
    announce()
    return status()
  }

  return {
    status,
    async setEnabled(on) {
      if (on) {
        if (server) return status()
        starting ??= start().finally(() => (starting = null))
        return starting
      }
      await starting?.catch(() => null)
      const closing = server
      server = null
      qr = null
      await closing?.close()
      announce()
      return status()
    },
    async useAddress(address) {
      chosenAddress.set(address)
      if (!server || bestAddress() === host) return status()
      await this.setEnabled(false)
      return this.setEnabled(true)
    },
    newCode() {
      if (!server) throw new AppError('conflict', t('main:remote.turnOnFirst'))
      server.newToken()
      return status()
    },
    publish(frame) {
      lastFrame = frame
      server?.publish(frame)
    },
    async close() {
      const closing = server
      server = null
      await closing?.close()
    },
  }
}
