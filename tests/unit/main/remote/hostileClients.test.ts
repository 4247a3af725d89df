// The remote against a stranger on the same network, on 127.0.0.1: refused upgrades leave no socket behind,
// the rate limit follows the address across reconnects, slow and idle clients are dropped, connections are
// capped, and every answer carries the security headers.
import { describe, expect, it } from 'vitest'
import { request } from 'node:http'
import type { RemoteServer } from '@main/remote/remoteServer'
import { CLOSE_CODES } from '@shared/remote/closeCodes'
import { connectPhone } from './phoneClient'
import { rawConnect, upgradeRequest } from './rawClient'
import { startTestServer, within } from './testServer'

/** A plain HTTP request with the headers a test chooses; resolves with the status and headers. */
function get(s: RemoteServer, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const { port } = new URL(s.url())
  return new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('a refused upgrade', () => {
  it('leaves no socket open on the server, even when the client never sends its FIN', async () => {
    const { server: s } = await startTestServer()
    const refused = [
      upgradeRequest(s, '/ws'),
      upgradeRequest(s, `/r/${s.token()}/other`),
      upgradeRequest(s, `/r/${s.token()}/ws`, 'http://evil.example'),
    ]
    const clients = await Promise.all(refused.map((text) => rawConnect(s, text)))
    for (const c of clients) await within(2000, c.waitFor('403 Forbidden'))
    await expect.poll(() => s.connections(), { timeout: 2000 }).toBe(0)
    expect(clients.every((c) => !c.socket.writableEnded)).toBe(true)
  })
})

describe('the rate limit', () => {
  it('belongs to the address: reconnecting does not refill the bucket', async () => {
    const { server: s, actions } = await startTestServer({
      limits: { burst: 2, perSecond: 10 },
      now: () => 0,
    })
    const first = await connectPhone(s)
    first.send({ type: 'action', action: 'next' })
    first.send({ type: 'action', action: 'next' })
    first.send({ type: 'ping', id: 1, sentAt: 0 })
    expect((await first.next('refused')).message).toMatch(/slow down/)
    first.ws.close()
    await first.closed
    const again = await connectPhone(s)
    again.send({ type: 'ping', id: 2, sentAt: 0 })
    expect((await again.next('refused')).message).toMatch(/slow down/)
    // A numbered press over the limit is answered as refused, so the phone can say so.
    again.send({ type: 'action', action: 'next', seq: 9 })
    expect(await again.next('ack')).toMatchObject({ seq: 9, accepted: false, reason: /slow down/ })
    expect(actions).toEqual(['next', 'next'])
  })

  it('keeps a cut-off address out for a while, then lets it back', async () => {
    let t = 0
    const { server: s } = await startTestServer({
      limits: { burst: 5, perSecond: 10, strikes: 5, cutOffMs: 5000 },
      now: () => t,
    })
    const flooder = await connectPhone(s)
    for (let i = 0; i < 20; i += 1) flooder.send({ type: 'action', action: 'next' })
    expect((await flooder.closed).code).toBe(CLOSE_CODES.tooMany)
    await expect(connectPhone(s)).rejects.toThrow('refused 429')
    t = 4999
    await expect(connectPhone(s)).rejects.toThrow('refused 429')
    t = 5000
    const back = await connectPhone(s)
    back.send({ type: 'ping', id: 1, sentAt: 0 })
    expect((await back.next('pong')).id).toBe(1)
  })
})

describe('slow, idle and many clients', () => {
  it('drops a client that never finishes its headers, with a 408', async () => {
    const { server: s } = await startTestServer({
      limits: { headersTimeoutMs: 150, requestTimeoutMs: 300, timeoutCheckMs: 50 },
    })
    const url = new URL(s.url())
    const slow = await rawConnect(s, `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\n`)
    const silent = await rawConnect(s)
    await within(3000, Promise.all([slow.ended, silent.ended]), 'dropping the slow clients')
    await expect.poll(() => s.connections(), { timeout: 2000 }).toBe(0)
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/)
    expect(slow.received()).toContain('Content-Security-Policy')
  })

  it('closes an idle keep-alive connection soon after its last answer', async () => {
    const { server: s } = await startTestServer({
      limits: { keepAliveTimeoutMs: 100, timeoutCheckMs: 50 },
    })
    const url = new URL(s.url())
    const idle = await rawConnect(s, `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`)
    await within(2000, idle.waitFor('phone</p>'))
    // Node adds a second to the timeout (keepAliveTimeoutBuffer), still far under its default of 5 s.
    await within(3000, idle.ended, 'closing the idle connection')
    await expect.poll(() => s.connections(), { timeout: 2000 }).toBe(0)
  })

  it('caps connections: one past the cap is dropped at once', async () => {
    const { server: s } = await startTestServer({ limits: { maxConnections: 3 } })
    const held = await Promise.all([rawConnect(s), rawConnect(s), rawConnect(s)])
    await expect.poll(() => s.connections(), { timeout: 2000 }).toBe(3)
    const extra = await rawConnect(s)
    await within(2000, extra.ended, 'dropping the connection past the cap')
    expect(await s.connections()).toBe(3)
    expect(held.some((c) => c.hasEnded())).toBe(false)
  })
})

describe('every answer', () => {
  it('carries the CSP and the other security headers, refusals too', async () => {
    const { server: s } = await startTestServer()
    const token = s.token()
    const answers = [
      await get(s, `/r/${token}/`),
      await get(s, '/'),
      await get(s, `/r/${token}/nothing.js`),
      await get(s, `/r/${token}/`, {}, 'POST'),
      await get(s, `/r/${token}/`, { Host: 'attacker.example' }),
    ]
    expect(answers.map((a) => a.status)).toEqual([200, 403, 404, 405, 421])
    for (const { headers } of answers) {
      expect(headers['content-security-policy']).toContain("default-src 'self'")
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('no-referrer')
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['cache-control']).toBe('no-store')
    }
    const upgrade = await rawConnect(s, upgradeRequest(s, '/ws'))
    const garbage = await rawConnect(s, 'NOT HTTP AT ALL\r\n\r\n')
    for (const c of [upgrade, garbage]) {
      await within(2000, c.waitFor('\r\n\r\n'))
      expect(c.received()).toMatch(/^HTTP\/1\.1 4\d\d/)
      expect(c.received()).toContain("Content-Security-Policy: default-src 'self'")
      expect(c.received()).toContain('X-Content-Type-Options: nosniff')
    }
  })
})
