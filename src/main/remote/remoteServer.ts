// The phone remote's server: HTTP for the phone page's own files and a WebSocket for its messages, on one
// address and a random port. Every request must carry the pairing token in its path; the socket also needs
// the server's own Origin and Host. Phone messages are size- and rate-limited and checked with zod, and the
// only thing they can become is a RemoteAction. Electron-free: tests run it on 127.0.0.1.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { CLOSE_CODES } from '@shared/remote/closeCodes'
import { t } from '../i18n/mainLanguage'
import type { RemoteAction, RemoteFrame } from '@shared/remote/protocol'
import type { PhoneFile } from './phonePage'
import { addressLimits } from './rateLimit'
import {
  answerAndDestroy,
  guardHttp,
  httpServerOptions,
  refuse,
  securityHeaders,
} from './httpGuard'
import type { ActionRefusal } from './phoneMessages'
import { phoneSockets } from './phoneSockets'
import { demoPicture, DEMO_PICTURE_PATH } from './demoPicture'
import { DEFAULT_LIMITS, type RemoteLimits } from './remoteLimits'

export interface RemoteServerOptions {
  /** The one address to listen on (the LAN address in the app, 127.0.0.1 in tests). */
  host: string
  port?: number
  files: Map<string, PhoneFile>
  /** Returns why the app could not take the action (the phone shows it), or nothing when it did. */
  onAction: (action: RemoteAction) => ActionRefusal
  onPhonesChange?: (count: number) => void
  now?: () => number
  newToken?: () => string
  limits?: Partial<RemoteLimits>
}

export { DEFAULT_LIMITS, type RemoteLimits }

export interface RemoteServer {
  /** The phone page's address, token included. */
  url(): string
  token(): string
  phones(): number
  /** Open TCP connections, phones and page loads alike (what a stranger could be holding). */
  connections(): Promise<number>
  /** Sends the session's view to every phone (and to phones that connect later). */
  publish(frame: RemoteFrame): void
  /** A new token: every phone is disconnected and the old address stops working. */
  newToken(): void
  close(): Promise<void>
}

/** 128 random bits, URL-safe. */
export const randomToken = (): string => randomBytes(16).toString('base64url')

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Who the server is (its host:port, known once it listens) and which token it takes right now. */
interface Identity {
  hostPort(): string
  origin(): string
  headers(): Record<string, string>
  /** The path after "/r/<token>/", or null when the token is missing or wrong. */
  pathAfterToken(url: string | undefined): string | null
}

/** Answers page loads: only with the token, the server's own Host (and Origin, if sent), only GET/HEAD. */
function pageRequests(
  who: Identity,
  files: Map<string, PhoneFile>,
  closing: () => boolean,
  made: (path: string) => PhoneFile | null
): RequestListener {
  return (req, res) => {
    // Turned off: a kept-alive connection must not fetch anything more.
    if (closing()) return req.socket.destroy()
    const h = who.headers()
    if (req.headers.host !== who.hostPort())
      return refuse(res, 421, t('main:remote.http.wrongHost'), h)
    if (req.headers.origin !== undefined && req.headers.origin !== who.origin()) {
      return refuse(res, 403, t('main:remote.http.foreignOrigin'), h)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, t('main:remote.http.readOnly'), h)
    const path = who.pathAfterToken(req.url)
    if (path === null) return refuse(res, 403, t('main:remote.http.needsCode'), h)
    const file = files.get(path === 'remote.html' ? '' : path) ?? made(path)
    if (!file) return refuse(res, 404, t('main:remote.http.notFound'), h)
    res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length, ...h })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  }
}

/** Which upgrade refusal applies, if any: wrong Host, foreign Origin, wrong token or path. */
function upgradeRefusal(who: Identity, req: IncomingMessage): number | null {
  if (req.headers.host !== who.hostPort()) return 421
  if (req.headers.origin !== who.origin()) return 403
  if (who.pathAfterToken(req.url) !== 'ws') return 403
  return null
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })
}

export async function startRemoteServer(options: RemoteServerOptions): Promise<RemoteServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const makeToken = options.newToken ?? randomToken
  let token = makeToken()
  let closing = false
  let port = 0
  const rates = addressLimits({ ...limits, now: options.now ?? (() => performance.now()) })
  const phones = phoneSockets({ ...options, limits, rates })
  const who: Identity = {
    hostPort: () => `${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    origin: () => `http://${who.hostPort()}`,
    headers: () => securityHeaders(who.hostPort()),
    pathAfterToken(url) {
      const match = /^\/r\/([A-Za-z0-9_-]{1,64})\/(.*)$/.exec((url ?? '').split('?')[0]!)
      return match && sameText(match[1]!, token) ? match[2]! : null
    },
  }
  // The latest frame, for the files made from it (the move's picture, demoPicture.ts).
  let latest: RemoteFrame | null = null
  const made = (path: string) => (path === DEMO_PICTURE_PATH ? demoPicture(latest?.view) : null)
  const server = createServer(
    httpServerOptions(limits),
    pageRequests(who, options.files, () => closing, made)
  )
  const http = guardHttp(server, limits, () => who.headers())
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (closing) return socket.destroy()
    const address = req.socket.remoteAddress ?? ''
    let status = upgradeRefusal(who, req)
    if (status === null && !rates.mayConnect(address)) status = 429
    if (status === null && phones.count() >= limits.maxPhones) status = 503
    if (status !== null) return answerAndDestroy(socket, status, who.headers())
    phones.upgrade(req, socket, head, address)
  })
  port = await listen(server, options.host, options.port ?? 0)

  return {
    url: () => `${who.origin()}/r/${token}/`,
    token: () => token,
    phones: phones.count,
    connections: () =>
      new Promise((resolve, reject) =>
        server.getConnections((error, count) => (error ? reject(error) : resolve(count)))
      ),
    publish(frame) {
      latest = frame
      phones.publish(frame)
    },
    newToken() {
      token = makeToken()
      phones.dropAll(CLOSE_CODES.newCode, 'A new code was made.')
    },
    async close() {
      // Off means off at once: no new connection, no more answers on kept-alive ones. Phones are told why
      // (so they stop reconnecting), then whatever has not gone after the grace is cut.
      closing = true
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await phones.closeAll(CLOSE_CODES.turnedOff, 'The remote was turned off.')
      http.destroyAll()
      await stopped
    },
  }
}
