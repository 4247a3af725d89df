// The phone remote's server, on 127.0.0.1 only: what it serves, who it lets in, and what a phone can do.
import { afterEach, describe, expect, it } from 'vitest'
import { request } from 'node:http'
import { startRemoteServer, type RemoteServer } from '@main/remote/remoteServer'
import type { PhoneFile } from '@main/remote/phonePage'
import type { RemoteAction, RemoteFrame } from '@shared/remote/protocol'
import { CLOSE_CODES } from '@shared/remote/closeCodes'
import { connectPhone, originOf } from './phoneClient'
import { applyLanguage } from '@main/i18n/mainLanguage'

const FILES = new Map<string, PhoneFile>([
  ['', { body: Buffer.from('<!doctype html><p>phone</p>'), type: 'text/html; charset=utf-8' }],
  ['assets/remote.js', { body: Buffer.from('console.log(1)'), type: 'text/javascript' }],
])

const FRAME: RemoteFrame = { view: null, sentAt: 1000, lang: 'en', track: null }

let server: RemoteServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

async function start(options: { limits?: object; now?: () => number } = {}) {
  const actions: RemoteAction[] = []
  const phones: number[] = []
  let n = 0
  server = await startRemoteServer({
    host: '127.0.0.1',
    files: FILES,
    onAction: (a) => void actions.push(a),
    onPhonesChange: (count) => phones.push(count),
    newToken: () => `token-number-${++n}-abcdefghijkl`,
    ...options,
  })
  return { server, actions, phones }
}

/** A plain HTTP request to the server, with headers a test chooses. */
function get(
  s: RemoteServer,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET'
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(s.url())
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path, method, headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += String(chunk)))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the phone page over HTTP', () => {
  it("says why it refuses in the app's language: an old QR code, in German", async () => {
    const { server: s } = await start()
    await applyLanguage('de', ['en-US'])
    try {
      const old = await get(s, '/r/an-old-code-from-yesterday/')
      expect(old.status).toBe(403)
      expect(old.body).toBe(
        'Für diese Adresse brauchst du den Code, den Cadence anzeigt. Scanne den QR-Code in Cadence noch einmal.'
      )
      expect((await get(s, `/r/${s.token()}/nothing-here`)).body).toBe(
        'Unter dieser Adresse gibt es nichts.'
      )
    } finally {
      await applyLanguage('en', ['en-US'])
    }
  })

  it('is served only with the token, and only its own files', async () => {
    const { server: s } = await start()
    const token = s.token()
    const page = await get(s, `/r/${token}/`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('phone')
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect((await get(s, `/r/${token}/assets/remote.js`)).status).toBe(200)
    expect((await get(s, `/r/${token}/remote.html`)).status).toBe(200)
    expect((await get(s, '/')).status).toBe(403)
    expect((await get(s, '/assets/remote.js')).status).toBe(403)
    expect((await get(s, `/r/wrong-${token}/`)).status).toBe(403)
    expect((await get(s, `/r/${token}/index.html`)).status).toBe(404)
    expect((await get(s, `/r/${token}/../../package.json`)).status).toBe(404)
    expect((await get(s, `/r/${token}/`, {}, 'POST')).status).toBe(405)
  })

  it('refuses a foreign Origin and a Host that is not its own', async () => {
    const { server: s } = await start()
    const path = `/r/${s.token()}/`
    expect((await get(s, path, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await get(s, path, { Origin: originOf(s) })).status).toBe(200)
    expect((await get(s, path, { Host: 'attacker.example:80' })).status).toBe(421)
  })
})

describe('a phone over the WebSocket', () => {
  it('connects with the token and its own Origin, gets the last view, and its actions arrive', async () => {
    const { server: s, actions, phones } = await start()
    s.publish(FRAME)
    const phone = await connectPhone(s)
    expect((await phone.next('frame')).frame).toEqual(FRAME)
    phone.send({ type: 'action', action: 'toggle' })
    phone.send({ type: 'action', action: 'done' })
    phone.send({ type: 'ping', id: 7, sentAt: 123 })
    const pong = await phone.next('pong')
    expect(pong).toMatchObject({ id: 7, sentAt: 123 })
    expect(actions).toEqual(['toggle', 'done'])
    expect(s.phones()).toBe(1)
    expect(phones).toEqual([1])
    const before = Date.now()
    s.publish({ view: null, sentAt: 2000, lang: 'en', track: null })
    const second = await phone.next('frame')
    expect(second.frame.sentAt).toBe(2000)
    expect(second.serverAt).toBeGreaterThanOrEqual(before)
  })

  it('shows the music track in its frames and passes Skip track on, rate-limited like the rest', async () => {
    const { server: s, actions } = await start({
      limits: { burst: 2, perSecond: 10, strikes: 50 },
      now: () => 0,
    })
    const track = { title: 'Warm up', artist: 'Cadence tests' }
    s.publish({ ...FRAME, track })
    const phone = await connectPhone(s)
    expect((await phone.next('frame')).frame.track).toEqual(track)
    phone.send({ type: 'action', action: 'music.skip', seq: 1 })
    expect(await phone.next('ack')).toEqual({ type: 'ack', seq: 1, accepted: true })
    phone.send({ type: 'action', action: 'music.skip' })
    phone.send({ type: 'action', action: 'music.skip', seq: 2 })
    const refused = await phone.next('ack')
    expect(refused).toMatchObject({ seq: 2, accepted: false })
    expect(actions).toEqual(['music.skip', 'music.skip'])
  })

  it('refuses a missing or wrong token, a foreign or missing Origin, and other paths', async () => {
    const { server: s } = await start()
    const token = s.token()
    await expect(connectPhone(s, { path: '/ws' })).rejects.toThrow('refused 403')
    await expect(connectPhone(s, { token: 'not-the-token' })).rejects.toThrow('refused 403')
    await expect(connectPhone(s, { origin: 'http://evil.example' })).rejects.toThrow('refused 403')
    await expect(connectPhone(s, { origin: null })).rejects.toThrow('refused 403')
    await expect(connectPhone(s, { path: `/r/${token}/other` })).rejects.toThrow('refused 403')
    expect(s.phones()).toBe(0)
  })

  it('answers malformed and unknown messages with a refusal and does nothing', async () => {
    const { server: s, actions } = await start()
    const phone = await connectPhone(s)
    for (const bad of [
      'not json',
      '{"type":"action","action":"deleteHistory"}',
      '{"type":"action","action":"next","extra":1}',
      '{"type":"eval","code":"1"}',
      '[]',
    ]) {
      phone.send(bad)
      expect((await phone.next('refused')).message).toMatch(/not one Cadence understands/)
    }
    phone.ws.send(Buffer.from([1, 2, 3]), { binary: true })
    await phone.next('refused')
    expect(actions).toEqual([])
  })

  it('closes on an oversized message', async () => {
    const { server: s, actions } = await start()
    const phone = await connectPhone(s)
    phone.send({ type: 'action', action: 'next', pad: 'x'.repeat(4096) })
    expect((await phone.closed).code).toBe(1009)
    expect(actions).toEqual([])
  })

  it('bounds a flood: a burst passes, the rest is dropped, then the phone is cut off', async () => {
    const { server: s, actions } = await start({
      limits: { burst: 20, perSecond: 10, strikes: 50 },
      now: () => 0,
    })
    const phone = await connectPhone(s)
    for (let i = 0; i < 500; i += 1) phone.send({ type: 'action', action: 'next' })
    expect((await phone.closed).code).toBe(CLOSE_CODES.tooMany)
    expect(actions).toHaveLength(20)
  })

  it('lets the rate refill with time (pings count too)', async () => {
    let t = 0
    const { server: s, actions } = await start({
      limits: { burst: 3, perSecond: 10, strikes: 50 },
      now: () => t,
    })
    const phone = await connectPhone(s)
    phone.send({ type: 'action', action: 'next' })
    phone.send({ type: 'action', action: 'next' })
    phone.send({ type: 'ping', id: 1, sentAt: 0 })
    await phone.next('pong')
    // The bucket is empty: these are dropped.
    phone.send({ type: 'action', action: 'next' })
    phone.send({ type: 'action', action: 'next' })
    expect((await phone.next('refused')).message).toMatch(/slow down/)
    await phone.next('refused')
    t = 1000
    phone.send({ type: 'action', action: 'previous' })
    phone.send({ type: 'ping', id: 2, sentAt: 0 })
    await phone.next('pong')
    expect(actions).toEqual(['next', 'next', 'previous'])
  })

  it('takes several phones, up to its limit, and lets one reconnect after a drop', async () => {
    const { server: s, phones } = await start({ limits: { maxPhones: 2 } })
    const a = await connectPhone(s)
    await connectPhone(s)
    await expect(connectPhone(s)).rejects.toThrow('refused 503')
    a.ws.close()
    await a.closed
    await expect.poll(() => s.phones()).toBe(1)
    const again = await connectPhone(s)
    expect(again.ws.readyState).toBe(again.ws.OPEN)
    expect(phones).toEqual([1, 2, 1, 2])
  })

  it('drops every phone on a new token, and only the new token works after', async () => {
    const { server: s } = await start()
    const old = s.token()
    const a = await connectPhone(s)
    const b = await connectPhone(s)
    s.newToken()
    expect((await a.closed).code).toBe(CLOSE_CODES.newCode)
    expect((await b.closed).code).toBe(CLOSE_CODES.newCode)
    expect(s.token()).not.toBe(old)
    await expect(connectPhone(s, { token: old })).rejects.toThrow('refused 403')
    expect((await get(s, `/r/${old}/`)).status).toBe(403)
    await connectPhone(s)
  })

  it('tells phones and stops listening when closed', async () => {
    const { server: s } = await start()
    const phone = await connectPhone(s)
    const url = s.url()
    await s.close()
    server = null
    expect((await phone.closed).code).toBe(CLOSE_CODES.turnedOff)
    await expect(fetch(url)).rejects.toThrow()
  })
})
