// Updates through the built main bundle and the real electron-updater (generic provider), against a
// release server on 127.0.0.1: found and checksum-verified, a damaged download refused, offline quiet,
// and the deb told where to go. Electron's net is stood in by Node's http (fake-electron/electron.mjs).
import { afterEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startMain, type MainProcess } from './harness/mainProcess'

const ARTIFACT = 'Cadence-0.2.0.AppImage'
const running: Array<{ close(): Promise<void> | void }> = []
afterEach(async () => {
  for (const thing of running.splice(0).reverse()) await thing.close()
})

/** A release server: latest-linux.yml announcing 0.2.0 and an artifact (served damaged on request). */
async function releaseServer(options: { damaged?: boolean; held?: boolean } = {}) {
  const artifact = Buffer.from('the new Cadence, version 0.2.0\n'.repeat(200))
  const sha512 = createHash('sha512').update(artifact).digest('base64')
  const latest = [
    'version: 0.2.0',
    'files:',
    `  - url: ${ARTIFACT}`,
    `    sha512: ${sha512}`,
    `    size: ${artifact.length}`,
    `path: ${ARTIFACT}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-11-28T00:00:00.000Z'",
    '',
  ].join('\n')
  const requests: string[] = []
  // A held server answers the channel file only once the test releases it.
  let release = () => undefined as void
  const released = options.held ? new Promise<void>((done) => (release = done)) : Promise.resolve()
  const server: Server = createServer((req, res) => {
    // electron-updater adds a cache-busting query to the channel file.
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    requests.push(path)
    if (path === '/latest-linux.yml') {
      void released.then(() => res.end(latest))
    } else if (path === `/${ARTIFACT}`) {
      const body = options.damaged ? Buffer.from(artifact).fill(0x21, 0, 16) : artifact
      res.setHeader('content-length', body.length)
      res.end(body)
    } else {
      res.statusCode = 404
      res.end()
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const handle = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    artifact,
    release: () => release(),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
  running.push(handle)
  return handle
}

/** Cadence as packaged: app-update.yml in its resources folder, optionally marked as the deb build. */
async function packagedMain(
  url: string,
  build: 'AppImage' | 'deb',
  dataDir?: string
): Promise<{ main: MainProcess; cache: string }> {
  const root = mkdtempSync(join(tmpdir(), 'cadence-updates-'))
  running.push({ close: () => rmSync(root, { recursive: true, force: true }) })
  const resources = join(root, 'resources')
  mkdirSync(resources)
  writeFileSync(
    join(resources, 'app-update.yml'),
    `provider: generic\nurl: ${url}\nupdaterCacheDirName: cadence-updater\n`
  )
  const env: Record<string, string> = { XDG_CACHE_HOME: join(root, 'cache') }
  if (build === 'deb') writeFileSync(join(resources, 'package-type'), 'deb')
  else {
    env['APPIMAGE'] = join(root, 'Cadence-0.1.0.AppImage')
    writeFileSync(env['APPIMAGE'], 'the running Cadence, version 0.1.0\n')
  }
  const main = await startMain({
    platform: 'linux',
    env,
    options: { resourcesPath: resources },
    ...(dataDir ? { dataDir } : {}),
  })
  running.push(main)
  await main.call('ready')
  return { main, cache: join(root, 'cache', 'cadence-updater') }
}

/** A circuit whose get-ready lasts a minute: the workout is still under way while the test runs. */
const workout = () => ({
  schemaVersion: 1,
  id: 'long-workout',
  name: 'Long workout',
  category: 'hiit',
  prepareSec: 60,
  defaults: { workSec: 30, restSec: 0 },
  blocks: [
    {
      id: 'b',
      rounds: 1,
      restBetweenRoundsSec: 0,
      exercises: [{ id: 'e', name: 'Jumping', mode: 'timed' }],
    },
  ],
  createdAt: '2026-11-21T07:00:00.000Z',
  updatedAt: '2026-11-21T07:00:00.000Z',
})

const messages = async (main: MainProcess) =>
  (await main.state()).messageBoxes.map((box) => box.options)
// A slow interval: each look serialises the fake's whole record across the process boundary.
const POLL = { timeout: 15_000, interval: 250 }

describe('updates', () => {
  it('finds a newer version at start, downloads it, verifies its checksum and offers a restart', async () => {
    const server = await releaseServer()
    const { main, cache } = await packagedMain(server.url, 'AppImage')
    await expect.poll(() => messages(main), POLL).toHaveLength(1)
    const [offer] = await messages(main)
    expect(offer).toMatchObject({
      message: 'Cadence 0.2.0 is ready.',
      buttons: ['Restart to update', 'Later'],
    })
    expect(server.requests).toContain('/latest-linux.yml')
    expect(server.requests).toContain(`/${ARTIFACT}`)
    expect(readFileSync(join(cache, 'pending', ARTIFACT))).toEqual(server.artifact)
    expect((await main.state()).netRequests.every((r) => r.startsWith('127.0.0.1/'))).toBe(true)
  })

  it('refuses a download that does not match its checksum, and says so', async () => {
    const server = await releaseServer({ damaged: true })
    const { main, cache } = await packagedMain(server.url, 'AppImage')
    await expect.poll(() => messages(main), POLL).toHaveLength(1)
    const [told] = await messages(main)
    expect(told!.message).toBe(
      'The update to Cadence 0.2.0 was refused: the download did not match its published checksum. Nothing was installed.'
    )
    const pending = join(cache, 'pending')
    const kept = existsSync(pending) ? readdirSync(pending) : []
    expect(kept).not.toContain(ARTIFACT)
  })

  it('without a network, stays quiet at start and says "could not check" when asked', async () => {
    const server = await releaseServer()
    const url = server.url
    await server.close()
    const { main } = await packagedMain(url, 'AppImage')
    await main.call('click', { trail: 'Help > Check for updates…' })
    await expect.poll(() => messages(main), POLL).toHaveLength(1)
    expect((await messages(main))[0]).toMatchObject({ message: 'Could not check for updates.' })
    // Said once (the start check was quiet), and still alive and answering.
    expect(await messages(main)).toHaveLength(1)
    expect(await main.call('invoke', { channel: 'app:info' })).toMatchObject({ ok: true })
  })

  it('never offers the restart during a workout; offers it when asked after', async () => {
    const server = await releaseServer({ held: true })
    const { main, cache } = await packagedMain(server.url, 'AppImage')
    // The start check is waiting on the server: a workout starts before the update arrives.
    await expect.poll(() => server.requests, POLL).toContain('/latest-linux.yml')
    const circuit = workout()
    await main.call('invoke', { channel: 'circuits:save', payload: circuit })
    for (const command of [{ type: 'open', circuitId: circuit.id }, { type: 'start' }]) {
      const sent = await main.call('invoke', { channel: 'session:send', payload: command })
      expect(sent).toMatchObject({ ok: true })
    }
    server.release()
    await expect.poll(() => existsSync(join(cache, 'pending', ARTIFACT)), POLL).toBe(true)

    await main.call('invoke', { channel: 'session:send', payload: { type: 'stop' } })
    await main.call('click', { trail: 'Help > Check for updates…' })
    await expect.poll(() => messages(main), POLL).toHaveLength(1)
    // One offer, after the workout: none was made while it ran.
    expect(await messages(main)).toEqual([
      expect.objectContaining({ message: 'Cadence 0.2.0 is ready.' }),
    ])
  })

  it('with checks turned off in Settings, asks nothing at start; the menu still checks', async () => {
    const server = await releaseServer()
    const dataDir = join(mkdtempSync(join(tmpdir(), 'cadence-updates-data-')), 'Cadence')
    running.push({ close: () => rmSync(dirname(dataDir), { recursive: true, force: true }) })
    // The first run has its own server: it turns the setting off, and the next start must ask nobody.
    const first = await packagedMain((await releaseServer()).url, 'AppImage', dataDir)
    const off = await first.main.call('invoke', {
      channel: 'settings:update',
      payload: { checkForUpdates: false },
    })
    expect(off).toMatchObject({ ok: true, value: { checkForUpdates: false } })
    await first.main.close()

    const { main } = await packagedMain(server.url, 'AppImage', dataDir)
    expect(await main.call('invoke', { channel: 'settings:get' })).toMatchObject({
      value: { checkForUpdates: false },
    })
    // Absence needs a yardstick: an app with checks on, started after this one, has checked by now.
    const yardstick = await releaseServer()
    await packagedMain(yardstick.url, 'AppImage')
    await expect.poll(() => yardstick.requests, POLL).toContain('/latest-linux.yml')
    expect(server.requests).toEqual([])
    await main.call('click', { trail: 'Help > Check for updates…' })
    await expect.poll(() => messages(main), POLL).toHaveLength(1)
    expect(server.requests).toContain('/latest-linux.yml')
  })

  it('the deb build downloads nothing and says where to get the new version', async () => {
    const server = await releaseServer()
    const { main } = await packagedMain(server.url, 'deb')
    await expect.poll(() => messages(main), POLL).toHaveLength(1)
    const [told] = await messages(main)
    expect(told!.message).toBe('Cadence 0.2.0 is out.')
    expect(told!.detail).toContain('https://github.com/cadence-timer/cadence/releases/latest')
    expect(server.requests).not.toContain(`/${ARTIFACT}`)
  })
})
