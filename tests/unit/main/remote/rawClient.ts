// A hostile client for the remote's tests: a bare TCP socket on 127.0.0.1 that speaks just enough HTTP and
// WebSocket framing to do what a browser never would (never send its FIN, ignore a close frame, stop
// reading, flood pings), so the tests can watch what the server does about it.
import { connect, type Socket } from 'node:net'
import { randomBytes } from 'node:crypto'
import type { RemoteServer } from '@main/remote/remoteServer'

export interface RawClient {
  socket: Socket
  /** Everything the server has sent so far, as text (binary frames come out garbled; tests read the start). */
  received(): string
  /** Resolves once the server's reply holds `text`. */
  waitFor(text: string): Promise<void>
  /** Resolves when the server has ended its side (FIN or reset); this client never ends its own. */
  ended: Promise<void>
  hasEnded(): boolean
}

/** Opens a socket to the server and writes `request` as is. Never half-closes: no FIN is ever sent. */
export function rawConnect(server: RemoteServer, request = ''): Promise<RawClient> {
  const { port } = new URL(server.url())
  const socket = connect({ host: '127.0.0.1', port: Number(port), allowHalfOpen: true })
  let text = ''
  let done = false
  const waiters: Array<() => void> = []
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('latin1')
    for (const w of waiters.splice(0)) w()
  })
  socket.on('error', () => undefined)
  const ended = new Promise<void>((resolve) => {
    const end = () => {
      done = true
      resolve()
    }
    socket.once('end', end)
    socket.once('close', end)
  })
  const client: RawClient = {
    socket,
    received: () => text,
    ended,
    hasEnded: () => done,
    waitFor(wanted) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (text.includes(wanted)) resolve()
          else if (done) reject(new Error(`closed before "${wanted}"; got: ${text.slice(0, 200)}`))
          else waiters.push(check)
        }
        void ended.then(check)
        check()
      })
    },
  }
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      if (request) socket.write(request)
      resolve(client)
    })
    socket.once('error', reject)
  })
}

/** A WebSocket handshake request for `path`, with the server's own Host and Origin unless told otherwise. */
export function upgradeRequest(server: RemoteServer, path: string, origin?: string): string {
  const url = new URL(server.url())
  return [
    `GET ${path} HTTP/1.1`,
    `Host: ${url.host}`,
    `Origin: ${origin ?? url.origin}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    '',
    '',
  ].join('\r\n')
}

/** A phone that completed the handshake with the real token, over a raw socket. */
export async function rawPhone(server: RemoteServer): Promise<RawClient> {
  const client = await rawConnect(server, upgradeRequest(server, `/r/${server.token()}/ws`))
  await client.waitFor('\r\n\r\n')
  if (!client.received().startsWith('HTTP/1.1 101')) {
    throw new Error(`not upgraded: ${client.received()}`)
  }
  return client
}

/** One client-to-server frame (masked, as the protocol requires of clients). opcode 1 text, 9 ping. */
export function frame(opcode: number, payload: Buffer | string = ''): Buffer {
  const data = Buffer.from(payload)
  if (data.length > 125) throw new Error('the test frames stay short')
  const mask = randomBytes(4)
  const masked = Buffer.from(data.map((byte, i) => byte ^ mask[i % 4]!))
  return Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | data.length]), mask, masked])
}
