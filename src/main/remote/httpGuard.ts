// The remote's HTTP side against strangers on the same network: the same security headers on every answer
// (refusals and Node's own errors too), tight timeouts, a connection cap, and refusals that destroy the
// socket, so a client that never closes its end holds nothing open in Cadence.
import type { Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { STATUS_CODES } from 'node:http'

export interface HttpLimits {
  /** Time to send a request's headers (and, for a new connection, to start sending them). */
  headersTimeoutMs: number
  /** Time to send a whole request. */
  requestTimeoutMs: number
  /** How long an idle keep-alive connection stays open after an answer. */
  keepAliveTimeoutMs: number
  /** How often Node checks the two timeouts above (its default is 30 s, which would make them loose). */
  timeoutCheckMs: number
  /** Open connections of any kind: phones and page loads. */
  maxConnections: number
}

/** The phone page's policy: its own files and its own socket, nothing else. */
export function securityHeaders(hostPort: string): Record<string, string> {
  return {
    'Content-Security-Policy': `default-src 'self'; connect-src 'self' ws://${hostPort}; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Resource-Policy': 'same-origin',
  }
}

export function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string>
) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
  res.end(message)
}

/** An HTTP answer written straight onto a socket that has left Node's HTTP handling (an upgrade, an error). */
export function answerAndDestroy(socket: Duplex, status: number, headers: Record<string, string>) {
  const lines = Object.entries({ Connection: 'close', 'Content-Length': '0', ...headers }).map(
    ([name, value]) => `${name}: ${value}`
  )
  // As ws aborts its own handshakes: once the answer is written, the socket goes, whatever the client does.
  // The timer covers a client whose window is too full for even this answer to be written.
  const cut = setTimeout(() => socket.destroy(), 1000).unref()
  socket.once('finish', () => {
    clearTimeout(cut)
    socket.destroy()
  })
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n`)
}

/** Node answers these errors itself when no one listens; its answers would lack the headers. */
const ERROR_STATUS: Record<string, number> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
}

/** Options for createServer: the timeouts, and how often Node enforces them. */
export function httpServerOptions(limits: HttpLimits) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.timeoutCheckMs,
  }
}

/** Applies the rest of the limits to the server and tracks its sockets; destroyAll() ends every one of them. */
export function guardHttp(
  server: Server,
  limits: HttpLimits,
  headers: () => Record<string, string>
) {
  server.keepAliveTimeout = limits.keepAliveTimeoutMs
  server.maxConnections = limits.maxConnections
  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const fresh = (socket as Socket).bytesWritten === 0
    if (!socket.writable || !fresh || error.code === 'ECONNRESET') socket.destroy()
    else answerAndDestroy(socket, ERROR_STATUS[error.code ?? ''] ?? 400, headers())
  })
  return {
    destroyAll() {
      for (const socket of sockets) socket.destroy()
    },
  }
}
