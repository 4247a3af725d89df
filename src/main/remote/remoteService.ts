// The phone remote as the app sees it: off until the user turns it on, then a server on the computer's
// local-network address with a fresh pairing code, a QR code of its address, and the phone count. Phone
// actions and status changes go to the page as system events; the page's view goes out to the phones.
import QRCode from 'qrcode'
import type { RemoteStatus, SystemEvent } from '@shared/ipc/contract'
import type { RemoteAction, RemoteFrame } from '@shared/remote/protocol'
import { AppError } from '@shared/ipc/result'
import { loadPhonePage } from './phonePage'
import { startRemoteServer, type RemoteServer, type RemoteServerOptions } from './remoteServer'

export interface RemoteServiceOptions {
  /** The address phones can reach (the computer's local-network address), or null when there is none. */
  lanAddress: () => string | null
  /** The built renderer folder, where remote.html and its files are. */
  rendererDir: string
  sendEvent: (event: SystemEvent) => void
  /** Where a phone's action goes: straight to the session in main (no window in between). */
  onAction?: (action: RemoteAction) => void
  /** For tests: a fixed port, limits, a clock. */
  server?: Partial<Pick<RemoteServerOptions, 'port' | 'limits' | 'now'>>
}

export interface RemoteService {
  status(): RemoteStatus
  setEnabled(on: boolean): Promise<RemoteStatus>
  newCode(): RemoteStatus
  publish(frame: RemoteFrame): void
  close(): Promise<void>
}

/** The QR code's dark and light squares, row by row, as "1" and "0". */
function qrOf(url: string): { size: number; modules: string } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  return {
    size: modules.size,
    modules: Array.from(modules.data, (bit) => (bit ? '1' : '0')).join(''),
  }
}

export function createRemoteService(options: RemoteServiceOptions): RemoteService {
  let server: RemoteServer | null = null
  let starting: Promise<RemoteStatus> | null = null
  let qr: { url: string; size: number; modules: string } | null = null

  const status = (): RemoteStatus => {
    if (!server) return { on: false, url: null, qr: null, phones: 0 }
    const url = server.url()
    if (qr?.url !== url) qr = { url, ...qrOf(url) }
    return { on: true, url, qr: { size: qr.size, modules: qr.modules }, phones: server.phones() }
  }
  const announce = () => {
    const { on, phones } = status()
    options.sendEvent({ type: 'remote', on, phones })
  }

  async function start(): Promise<RemoteStatus> {
    const host = options.lanAddress()
    if (!host) {
      throw new AppError(
        'unsupported',
        'This computer is not on a network, so a phone cannot reach it. Join a Wi-Fi network and try again.'
      )
    }
    let files
    try {
      files = loadPhonePage(options.rendererDir)
    } catch {
      throw new AppError('io', 'The phone page is missing from this copy of Cadence. Reinstall it.')
    }
    try {
      server = await startRemoteServer({
        ...options.server,
        host,
        files,
        onAction: (action) =>
          options.onAction
            ? options.onAction(action)
            : options.sendEvent({ type: 'remoteAction', action }),
        onPhonesChange: announce,
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new AppError('io', `Could not start the phone remote on ${host}: ${reason}`)
    }
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
    newCode() {
      if (!server) throw new AppError('conflict', 'Turn on "Control from your phone" first.')
      server.newToken()
      return status()
    },
    publish(frame) {
      server?.publish(frame)
    },
    async close() {
      const closing = server
      server = null
      await closing?.close()
    },
  }
}
