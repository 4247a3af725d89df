// The phone's picture of the move, from the remote server on 127.0.0.1 only: the current move's still as
// SVG with the page's security headers, behind the same token and Host checks as the page's files; nothing
// when no move is on; a new move is a new picture.
import { afterEach, expect, it } from 'vitest'
import { request } from 'node:http'
import { startRemoteServer, type RemoteServer } from '@main/remote/remoteServer'
import type { RemoteFrame, RemoteView } from '@shared/remote/protocol'

let server: RemoteServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

const VIEW: RemoteView = {
  circuit: 'Metabolic back circuit',
  status: 'running',
  phase: 'Work',
  headline: 'Bent-over barbell rows',
  where: 'Round 1 of 3',
  next: 'Next: Face pulls',
  background: '#1e3a8a',
  text: '#ffffff',
  accent: null,
  repStep: false,
  canRoundDone: false,
  readyMs: 0,
  stepEndsAt: 5000,
  stepCountsFrom: 0,
  frozenAt: null,
  stepIndex: 1,
  stepCount: 10,
  demo: { exerciseId: 'bent-over-barbell-row', side: 'left', name: 'Bent-over barbell rows' },
}
const frame = (view: RemoteView | null): RemoteFrame => ({
  view,
  sentAt: 1000,
  lang: 'en',
  track: null,
})

async function start() {
  server = await startRemoteServer({
    host: '127.0.0.1',
    files: new Map([['', { body: Buffer.from('<p>phone</p>'), type: 'text/html' }]]),
    onAction: () => null,
    newToken: () => 'token-for-the-demo-picture',
  })
  return server
}

function get(s: RemoteServer, path: string, headers: Record<string, string> = {}) {
  const url = new URL(s.url())
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: url.port, path, headers: { host: url.host, ...headers } },
        (res) => {
          let body = ''
          res.on('data', (chunk) => (body += String(chunk)))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
        }
      )
      req.on('error', reject)
      req.end()
    }
  )
}

it('answers the current move’s still as SVG, with the page’s CSP and no caching', async () => {
  const s = await start()
  s.publish(frame(VIEW))
  const got = await get(s, `/r/${s.token()}/demo.svg?v=rows`)
  expect(got.status).toBe(200)
  expect(got.headers['content-type']).toBe('image/svg+xml')
  expect(got.headers['content-security-policy']).toContain("default-src 'self'")
  expect(got.headers['x-content-type-options']).toBe('nosniff')
  expect(got.headers['cache-control']).toBe('no-store')
  expect(got.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[-\d. ]+">/)
  // Drawn in the phase's text colour, with no script or outside reference in it.
  expect(got.body).toContain('fill="#ffffff"')
  expect(got.body).not.toMatch(/<script|href=|on\w+=/i)
})

it('refuses without the token, with a wrong one, or from another Host', async () => {
  const s = await start()
  s.publish(frame(VIEW))
  expect((await get(s, '/demo.svg')).status).toBe(403)
  expect((await get(s, '/r/not-the-token/demo.svg')).status).toBe(403)
  expect((await get(s, `/r/${s.token()}/demo.svg`, { host: 'evil.example:80' })).status).toBe(421)
})

it('has no picture when no move is on, and a new one when the move changes', async () => {
  const s = await start()
  expect((await get(s, `/r/${s.token()}/demo.svg`)).status).toBe(404)
  s.publish(frame({ ...VIEW, demo: null }))
  expect((await get(s, `/r/${s.token()}/demo.svg`)).status).toBe(404)
  s.publish(frame(VIEW))
  const rows = (await get(s, `/r/${s.token()}/demo.svg`)).body
  s.publish(frame({ ...VIEW, demo: { exerciseId: 'face-pull', side: 'left', name: 'Face pulls' } }))
  const pulls = (await get(s, `/r/${s.token()}/demo.svg`)).body
  expect(pulls).not.toBe(rows)
})
