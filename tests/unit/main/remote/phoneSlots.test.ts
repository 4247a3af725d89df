// A phone holds one of the remote's few slots; on 127.0.0.1 these tests make sure no phone can keep one it
// should lose: a silent phone, one that ignores the close frame, one that stops reading, one flooding
// pings, and a kept-alive page load after the remote is turned off.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Agent, request } from 'node:http'
import type { RemoteFrame } from '@shared/remote/protocol'
import { connectPhone } from './phoneClient'
import { frame, rawPhone } from './rawClient'
import { startTestServer, within } from './testServer'

afterEach(() => {
  vi.useRealTimers()
})

describe('the heartbeat', () => {
  it('cuts off a phone that stops answering pings, and keeps one that answers', async () => {
    // Only the heartbeat's interval is faked; sockets and ws's own timers run for real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { server: s } = await startTestServer({ limits: { heartbeatMs: 20_000 } })
    const alive = await connectPhone(s)
    const silent = await connectPhone(s, { autoPong: false })
    const pinged = (p: typeof alive) => new Promise((resolve) => p.ws.once('ping', resolve))
    const bothPinged = Promise.all([pinged(alive), pinged(silent)])
    vi.advanceTimersByTime(20_000)
    await within(2000, bothPinged, 'the first beat')
    // A round trip after the ping: the live phone's pong has reached the server before this answer.
    alive.send({ type: 'ping', id: 1, sentAt: 0 })
    await within(2000, alive.next('pong'))
    vi.advanceTimersByTime(20_000)
    expect((await within(2000, silent.closed, 'cutting off the silent phone')).code).toBe(1006)
    expect(s.phones()).toBe(1)
    expect(alive.ws.readyState).toBe(alive.ws.OPEN)
  })

  it('pings every 15 to 30 seconds by default', async () => {
    const { DEFAULT_LIMITS } = await import('@main/remote/remoteServer')
    expect(DEFAULT_LIMITS.heartbeatMs).toBeGreaterThanOrEqual(15_000)
    expect(DEFAULT_LIMITS.heartbeatMs).toBeLessThanOrEqual(30_000)
  })
})

describe('a phone told to close', () => {
  it('loses its slot soon after a new code even if it ignores the close frame', async () => {
    const { server: s } = await startTestServer({ limits: { closeGraceMs: 50 } })
    const stubborn = await rawPhone(s)
    expect(s.phones()).toBe(1)
    s.newToken()
    await expect.poll(() => s.phones(), { timeout: 2000 }).toBe(0)
    await within(2000, stubborn.ended)
  })

  it('loses its slot soon after being cut off for flooding, even if it ignores the close frame', async () => {
    const { server: s } = await startTestServer({
      limits: { closeGraceMs: 50, burst: 2, strikes: 3 },
      now: () => 0,
    })
    const flooder = await rawPhone(s)
    const next = frame(1, JSON.stringify({ type: 'action', action: 'next' }))
    flooder.socket.write(Buffer.concat(Array.from({ length: 10 }, () => next)))
    await expect.poll(() => s.phones(), { timeout: 2000 }).toBe(0)
  })
})

/** A frame as large as a view can make it (every text at its longest). */
const BIG: RemoteFrame = {
  sentAt: 0,
  lang: 'en',
  track: { title: 't'.repeat(500), artist: 'a'.repeat(500) },
  view: {
    circuit: 'c'.repeat(200),
    status: 'running',
    phase: 'p'.repeat(80),
    headline: 'h'.repeat(300),
    where: 'w'.repeat(200),
    next: 'n'.repeat(300),
    background: '#000000',
    text: '#ffffff',
    accent: '#123456',
    repStep: false,
    canRoundDone: false,
    readyMs: 0,
    stepEndsAt: 1,
    stepCountsFrom: 0,
    frozenAt: null,
    stepIndex: 0,
    stepCount: 1,
  },
}

describe('a phone that stops reading', () => {
  it('is cut off once about 64 KB wait for it, instead of main buffering without limit', async () => {
    const { server: s } = await startTestServer()
    const reader = await connectPhone(s)
    const stalled = await rawPhone(s)
    stalled.socket.pause()
    // Bounded: far more than the kernel's loopback buffers hold, so main must start buffering.
    // Batches small enough for the reading phone to keep up between them.
    for (let i = 0; i < 2000 && s.phones() === 2; i += 1) {
      for (let j = 0; j < 20; j += 1) s.publish(BIG)
      await new Promise((resolve) => setImmediate(resolve))
    }
    await expect.poll(() => s.phones(), { timeout: 2000 }).toBe(1)
    expect(reader.ws.readyState).toBe(reader.ws.OPEN)
  })
})

describe('a ping flood', () => {
  const pings = (n: number) => Buffer.concat(Array.from({ length: n }, () => frame(9)))

  it('is answered while small', async () => {
    const { server: s } = await startTestServer()
    const phone = await rawPhone(s)
    const before = phone.received().length
    phone.socket.write(pings(8))
    // Each pong of an empty ping is two bytes.
    await expect.poll(() => phone.received().length - before, { timeout: 2000 }).toBe(16)
    expect(s.phones()).toBe(1)
  })

  it('cuts the phone off once more than a few pongs are pending', async () => {
    const { server: s } = await startTestServer()
    const phone = await rawPhone(s)
    phone.socket.write(pings(30))
    await within(2000, phone.ended, 'cutting off the ping flood')
    await expect.poll(() => s.phones(), { timeout: 2000 }).toBe(0)
  })
})

describe('turning the remote off', () => {
  it('ends kept-alive page loads at once, even while a phone is still being closed', async () => {
    const { server: s } = await startTestServer({ limits: { closeGraceMs: 300 } })
    await rawPhone(s)
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const url = new URL(s.url())
    const load = () =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: url.port, path: url.pathname, agent },
          (res) => {
            res.resume()
            res.on('end', () => resolve(res.statusCode ?? 0))
          }
        )
        req.on('error', reject)
        req.end()
      })
    expect(await load()).toBe(200)
    const closing = s.close()
    await expect(load()).rejects.toThrow()
    await closing
    await expect(load()).rejects.toThrow()
    agent.destroy()
  })
})
