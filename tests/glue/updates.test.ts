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
import { join } from 'node:path'
import { startMain, type MainProcess } from './harness/mainProcess'

const ARTIFACT = 'Cadence-0.2.0.AppImage'
const running: Array<{ close(): Promise<void> | void }> = []
afterEach(async () => {
  for (const thing of running.splice(0).reverse()) await thing.close()
})

/** A release server: latest-linux.yml announcing 0.2.0 and an artifact (served damaged on request). */
async function releaseServer(options: { damaged?: boolean } = {}) {
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
  const server: Server = createServer((req, res) => {
    // electron-updater adds a cache-busting query to the channel file.
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    requests.push(path)
    if (path === '/latest-linux.yml') {
      res.end(latest)
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
  build: 'AppImage' | 'deb'
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
  const main = await startMain({ platform: 'linux', env, options: { resourcesPath: resources } })
  running.push(main)
  await main.call('ready')
  return { main, cache: join(root, 'cache', 'cadence-updater') }
}

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
    await main.call('click', { trail: 'help > Check for updates…' })
    await expect.poll(() => messages(main), POLL).toHaveLength(1)
    expect((await messages(main))[0]).toMatchObject({ message: 'Could not check for updates.' })
    // Said once (the start check was quiet), and still alive and answering.
    expect(await messages(main)).toHaveLength(1)
    expect(await main.call('invoke', { channel: 'app:info' })).toMatchObject({ ok: true })
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
