// A phone for the remote's tests: a ws client on 127.0.0.1 that records what the server sends.
import { WebSocket } from 'ws'
import type { RemoteServer } from '@main/remote/remoteServer'
import type { ServerMessage } from '@shared/remote/protocol'

export interface TestPhone {
  ws: WebSocket
  messages: ServerMessage[]
  /** Resolves with the next message of that type (or one already received). */
  next<T extends ServerMessage['type']>(type: T): Promise<Extract<ServerMessage, { type: T }>>
  closed: Promise<{ code: number; reason: string }>
  send(value: unknown): void
}

/** The server's origin (scheme, host, port), as the phone's browser would send it. */
export const originOf = (server: RemoteServer) => new URL(server.url()).origin

export function connectPhone(
  server: RemoteServer,
  options: { token?: string; origin?: string | null; path?: string; autoPong?: boolean } = {}
): Promise<TestPhone> {
  const url = new URL(server.url())
  const token = options.token ?? server.token()
  const path = options.path ?? `/r/${token}/ws`
  const origin = options.origin === undefined ? url.origin : options.origin
  const ws = new WebSocket(`ws://${url.host}${path}`, {
    ...(origin === null ? {} : { origin }),
    autoPong: options.autoPong ?? true,
  })
  const messages: ServerMessage[] = []
  const waiters: Array<() => void> = []
  ws.on('message', (data) => {
    messages.push(JSON.parse((data as Buffer).toString('utf8')) as ServerMessage)
    for (const w of waiters.splice(0)) w()
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }))
  )
  const phone: TestPhone = {
    ws,
    messages,
    closed,
    send: (value) => ws.send(typeof value === 'string' ? value : JSON.stringify(value)),
    next(type) {
      const find = () => messages.find((m) => m.type === type)
      return new Promise((resolve) => {
        const check = () => {
          const found = find()
          if (found) {
            messages.splice(messages.indexOf(found), 1)
            resolve(found as never)
          } else waiters.push(check)
        }
        check()
      })
    },
  }
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(phone))
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)))
    ws.once('error', reject)
  })
}
