// The phone remote's server: HTTP for the phone page's own files and a WebSocket for its messages, on one
// address and a random port. Every request must carry the pairing token in its path; the socket also needs
// the server's own Origin and Host. Phone messages are size- and rate-limited and checked with zod, and the
// only thing they can become is a RemoteAction. Electron-free: tests run it on 127.0.0.1.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import { CLOSE_CODES } from '@shared/remote/closeCodes'
import {
  MAX_PHONE_MESSAGE_BYTES,
  PhoneMessageSchema,
  type RemoteAction,
  type RemoteFrame,
  type ServerMessage,
} from '@shared/remote/protocol'
import type { PhoneFile } from './phonePage'
import { tokenBucket } from './rateLimit'

export interface RemoteServerOptions {
  /** The one address to listen on (the LAN address in the app, 127.0.0.1 in tests). */
  host: string
  port?: number
  files: Map<string, PhoneFile>
  onAction: (action: RemoteAction) => void
  onPhonesChange?: (count: number) => void
  now?: () => number
  newToken?: () => string
  limits?: Partial<RemoteLimits>
}

export interface RemoteLimits {
  maxPhones: number
  perSecond: number
  burst: number
  /** Messages refused (over the rate, malformed) before the phone is disconnected. */
  strikes: number
}

/** How long phones get to hear the close before they are cut off. */
const CLOSE_GRACE_MS = 500

const DEFAULT_LIMITS: RemoteLimits = { maxPhones: 8, perSecond: 10, burst: 20, strikes: 50 }

export interface RemoteServer {
  /** The phone page's address, token included. */
  url(): string
  token(): string
  phones(): number
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

const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

export async function startRemoteServer(options: RemoteServerOptions): Promise<RemoteServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const now = options.now ?? (() => performance.now())
  const makeToken = options.newToken ?? randomToken
  let token = makeToken()
  let lastFrame: { frame: RemoteFrame; serverAt: number } | null = null
  const sockets = new Set<WebSocket>()
  const origin = () => `http://${hostPort()}`
  const hostPort = () =>
    `${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`
  let port = 0

  /** The path after "/r/<token>/", or null when the token is missing or wrong. */
  const pathAfterToken = (url: string | undefined): string | null => {
    const path = (url ?? '').split('?')[0]!
    const match = /^\/r\/([A-Za-z0-9_-]{1,64})\/(.*)$/.exec(path)
    if (!match || !sameText(match[1]!, token)) return null
    return match[2]!
  }

  const refuse = (res: ServerResponse, status: number, message: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
    res.end(message)
  }

  const server = createServer((req, res) => {
    if (req.headers.host !== hostPort()) return refuse(res, 421, 'Wrong host.')
    if (req.headers.origin !== undefined && req.headers.origin !== origin()) {
      return refuse(res, 403, 'Foreign origin.')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Read only.')
    const path = pathAfterToken(req.url)
    if (path === null) return refuse(res, 403, 'This address needs the code Cadence shows.')
    const file = options.files.get(path === 'remote.html' ? '' : path)
    if (!file) return refuse(res, 404, 'Not found.')
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': file.body.length,
      'Content-Security-Policy': `default-src 'self'; connect-src 'self' ws://${hostPort()}; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      ...SECURITY_HEADERS,
    })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  })

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PHONE_MESSAGE_BYTES })
  const reject = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  }
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (req.headers.host !== hostPort()) return reject(socket, '421 Misdirected Request')
    if (req.headers.origin !== origin()) return reject(socket, '403 Forbidden')
    if (pathAfterToken(req.url) !== 'ws') return reject(socket, '403 Forbidden')
    if (sockets.size >= limits.maxPhones) return reject(socket, '503 Service Unavailable')
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws))
  })

  const send = (ws: WebSocket, message: ServerMessage) => ws.send(JSON.stringify(message))
  const changed = () => options.onPhonesChange?.(sockets.size)

  function accept(ws: WebSocket) {
    sockets.add(ws)
    changed()
    const bucket = tokenBucket(limits.perSecond, limits.burst, now)
    let strikes = 0
    const strike = () => {
      strikes += 1
      if (strikes >= limits.strikes) ws.close(CLOSE_CODES.tooMany, 'Too many messages.')
    }
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (ws.readyState !== ws.OPEN) return
      if (!bucket.take()) {
        send(ws, { type: 'refused', message: 'Too many messages; slow down.' })
        return strike()
      }
      const parsed = isBinary ? null : parseMessage(data)
      if (!parsed) {
        send(ws, { type: 'refused', message: 'That message is not one Cadence understands.' })
        return strike()
      }
      if (parsed.type === 'ping') {
        send(ws, { type: 'pong', id: parsed.id, sentAt: parsed.sentAt, serverNow: Date.now() })
      } else {
        options.onAction(parsed.action)
      }
    })
    ws.on('close', () => {
      sockets.delete(ws)
      changed()
    })
    ws.on('error', () => ws.terminate())
    if (lastFrame) send(ws, { type: 'frame', ...lastFrame })
  }

  const dropAll = (code: number, reason: string) => {
    for (const ws of sockets) ws.close(code, reason)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0

  return {
    url: () => `${origin()}/r/${token}/`,
    token: () => token,
    phones: () => sockets.size,
    publish(frame) {
      lastFrame = { frame, serverAt: Date.now() }
      const text = JSON.stringify({ type: 'frame', ...lastFrame } satisfies ServerMessage)
      for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(text)
    },
    newToken() {
      token = makeToken()
      dropAll(CLOSE_CODES.newCode, 'A new code was made.')
    },
    async close() {
      // Each phone is told why (so it stops reconnecting), then whatever has not gone is cut.
      const gone = [...sockets].map((ws) => new Promise((resolve) => ws.once('close', resolve)))
      dropAll(CLOSE_CODES.turnedOff, 'The remote was turned off.')
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        Promise.all(gone),
        new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS))),
      ])
      clearTimeout(timer)
      for (const ws of sockets) ws.terminate()
      wss.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function parseMessage(data: RawData) {
  try {
    const text = Array.isArray(data)
      ? Buffer.concat(data).toString('utf8')
      : Buffer.from(data as ArrayBuffer).toString('utf8')
    const result = PhoneMessageSchema.safeParse(JSON.parse(text))
    return result.success ? result.data : null
  } catch {
    return null
  }
}
