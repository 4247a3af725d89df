// The remote server under test, on 127.0.0.1, with fixed tokens, recorded actions, and a bound on every wait.
import { afterEach } from 'vitest'
import {
  startRemoteServer,
  type RemoteServer,
  type RemoteServerOptions,
} from '@main/remote/remoteServer'
import type { PhoneFile } from '@main/remote/phonePage'
import type { RemoteAction } from '@shared/remote/protocol'

export const FILES = new Map<string, PhoneFile>([
  ['', { body: Buffer.from('<!doctype html><p>phone</p>'), type: 'text/html; charset=utf-8' }],
])

const open: RemoteServer[] = []
afterEach(async () => {
  for (const s of open.splice(0)) await s.close()
})

/** Starts a server that the test's afterEach closes. */
export async function startTestServer(options: Partial<RemoteServerOptions> = {}) {
  const actions: RemoteAction[] = []
  let n = 0
  const server = await startRemoteServer({
    host: '127.0.0.1',
    files: FILES,
    onAction: (a) => void actions.push(a),
    newToken: () => `token-number-${++n}-abcdefghijkl`,
    ...options,
  })
  open.push(server)
  return { server, actions }
}

/** Waits for `promise`, but never longer than `ms` of real time: a socket test must not hang. */
export function within<T>(ms: number, promise: Promise<T>, what = 'it'): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms)
    }),
  ])
}
