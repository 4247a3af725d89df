// The phone remote through the real IPC handlers, on 127.0.0.1: off by default, on with a QR code and a
// code, a new code drops phones, and phone actions reach the page as system events.
import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SystemEvent } from '@shared/ipc/contract'
import { CLOSE_CODES } from '@shared/remote/closeCodes'
import { loadPhonePage, referencedFiles } from '@main/remote/phonePage'
import type { RemoteServer } from '@main/remote/remoteServer'
import type { LanAddress } from '@main/remote/lanAddress'
import { noSession } from '@main/services'
import { noMusic, windowClosed } from '@main/remote/phoneRefusals'
import { openTestServices } from '@tests/unit/helpers/services'
import { FIXTURE_CIRCUIT } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { connectPhone } from './phoneClient'

const tempDir = useTempDir()

const PAGE = `<!doctype html><html><head><link rel="icon" href="./icon.svg">
<script type="module" crossorigin src="./assets/remote-1.js"></script>
<link rel="stylesheet" href="./assets/remote-1.css"><a href="./../secret.txt"></a></head></html>`

/** A built renderer folder with the phone page, one other page, and a file outside it. */
function rendererFolder(): string {
  const dir = tempDir()
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'remote.html'), PAGE)
  writeFileSync(join(dir, 'index.html'), 'the app')
  writeFileSync(join(dir, 'icon.svg'), '<svg/>')
  writeFileSync(join(dir, 'assets', 'remote-1.js'), 'js')
  writeFileSync(join(dir, 'assets', 'remote-1.css'), 'css')
  writeFileSync(join(dir, 'assets', 'index-1.js'), 'app js')
  return dir
}

const opened: Array<ReturnType<typeof openTestServices>> = []
afterEach(async () => {
  for (const s of opened.splice(0)) {
    await s.services.closeRemote()
    s.close()
  }
})

function openWithRemote(
  lan: string | null | LanAddress[] = '127.0.0.1',
  renderer = rendererFolder(),
  windowOpen = () => true
) {
  const events: SystemEvent[] = []
  const addresses = typeof lan === 'string' ? [{ address: lan, name: 'lo' }] : (lan ?? [])
  const s = openTestServices(tempDir(), undefined, {
    lanAddresses: () => addresses,
    rendererDir: renderer,
    sendEvent: (e) => {
      if (!windowOpen()) return false
      events.push(e)
      return true
    },
  })
  opened.push(s)
  return { ...s, events }
}

/** Enough of a RemoteServer for the test phone: its address and token. */
const asServer = (url: string): RemoteServer =>
  ({ url: () => url, token: () => new URL(url).pathname.split('/')[2]! }) as RemoteServer

describe('the phone page files', () => {
  it('are the page and exactly what it names, never a path out of the folder', () => {
    expect(referencedFiles(PAGE).sort()).toEqual([
      'assets/remote-1.css',
      'assets/remote-1.js',
      'icon.svg',
    ])
    const files = loadPhonePage(rendererFolder())
    expect([...files.keys()].sort()).toEqual([
      '',
      'assets/remote-1.css',
      'assets/remote-1.js',
      'icon.svg',
    ])
    expect(files.get('assets/remote-1.js')?.type).toMatch(/javascript/)
  })
})

describe('Control from your phone', () => {
  it('is off until turned on, then serves a code and QR, counts phones and forwards their actions', async () => {
    const { ok, events, services } = openWithRemote()
    expect(await ok('remote:status')).toMatchObject({
      on: false,
      url: null,
      qr: null,
      phones: 0,
      address: null,
    })
    const on = await ok('remote:setEnabled', { on: true })
    expect(on.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\/[A-Za-z0-9_-]{22}\/$/)
    expect(on.qr!.modules).toHaveLength(on.qr!.size ** 2)
    expect(events).toContainEqual({ type: 'remote', on: true, phones: 0 })

    const page = await fetch(on.url!)
    expect(await page.text()).toContain('remote-1.js')
    expect((await fetch(`${on.url!}index.html`)).status).toBe(404)
    expect((await fetch(`${on.url!}assets/index-1.js`)).status).toBe(404)

    const phone = await connectPhone(asServer(on.url!))
    expect(events).toContainEqual({ type: 'remote', on: true, phones: 1 })
    expect((await ok('remote:status')).phones).toBe(1)
    // The session's frames reach the phone from main, whatever the windows are doing.
    expect((await phone.next('frame')).frame.view).toBeNull()
    // A phone's action goes straight to the session in main, with no window in between.
    await ok('session:send', { type: 'open', circuit: FIXTURE_CIRCUIT })
    await ok('session:send', { type: 'start' })
    phone.send({ type: 'action', action: 'next' })
    await expect.poll(() => services.session.frame().view?.stepIndex).toBe(1)
    expect(events.some((e) => e.type === 'remoteAction')).toBe(false)

    const renewed = await ok('remote:newCode')
    expect(renewed.url).not.toBe(on.url)
    expect((await phone.closed).code).toBe(CLOSE_CODES.newCode)
  })

  it("answers each numbered press: refused with the session's reason, or accepted", async () => {
    const { ok, services } = openWithRemote()
    const on = await ok('remote:setEnabled', { on: true })
    const phone = await connectPhone(asServer(on.url!))
    phone.send({ type: 'action', action: 'next', seq: 1 })
    expect(await phone.next('ack')).toEqual({
      type: 'ack',
      seq: 1,
      accepted: false,
      reason: noSession(),
    })
    await ok('session:send', { type: 'open', circuit: FIXTURE_CIRCUIT })
    await ok('session:send', { type: 'start' })
    phone.send({ type: 'action', action: 'next', seq: 2 })
    expect(await phone.next('ack')).toEqual({ type: 'ack', seq: 2, accepted: true })
    expect(services.session.frame().view?.stepIndex).toBe(1)
  })

  it("shows the page's track on the phone and sends Skip track to the window, only while music plays", async () => {
    let windowOpen = true
    const { ok, events } = openWithRemote('127.0.0.1', rendererFolder(), () => windowOpen)
    const on = await ok('remote:setEnabled', { on: true })
    const phone = await connectPhone(asServer(on.url!))
    expect((await phone.next('frame')).frame.track).toBeNull()
    phone.send({ type: 'action', action: 'music.skip', seq: 1 })
    expect(await phone.next('ack')).toEqual({
      type: 'ack',
      seq: 1,
      accepted: false,
      reason: noMusic(),
    })

    await ok('music:nowPlaying', { track: { title: 'Warm up', artist: 'Cadence tests' } })
    expect((await phone.next('frame')).frame.track).toEqual({
      title: 'Warm up',
      artist: 'Cadence tests',
    })
    phone.send({ type: 'action', action: 'music.skip', seq: 2 })
    expect(await phone.next('ack')).toEqual({ type: 'ack', seq: 2, accepted: true })
    expect(events).toContainEqual({ type: 'remoteAction', action: 'music.skip' })
    windowOpen = false
    phone.send({ type: 'action', action: 'music.skip', seq: 3 })
    expect(await phone.next('ack')).toMatchObject({
      seq: 3,
      accepted: false,
      reason: windowClosed(),
    })
  })

  it('closes the server when turned off, and again turns on with a new code', async () => {
    const { ok, events } = openWithRemote()
    const on = await ok('remote:setEnabled', { on: true })
    const phone = await connectPhone(asServer(on.url!))
    const off = await ok('remote:setEnabled', { on: false })
    expect(off).toMatchObject({ on: false, url: null, qr: null, phones: 0, address: null })
    expect((await phone.closed).code).toBe(CLOSE_CODES.turnedOff)
    await expect(fetch(on.url!)).rejects.toThrow()
    expect(events.at(-1)).toEqual({ type: 'remote', on: false, phones: 0 })
    const again = await ok('remote:setEnabled', { on: true })
    expect(again.url).not.toBe(on.url)
    await ok('remote:setEnabled', { on: false })
  })

  it('listens on the address chosen in Settings, keeps the choice, and lists the others', async () => {
    // Only 127.0.0.1 is ever bound: the other address is a fake that the choice keeps the server off.
    const lan = [
      { address: '192.168.1.20', name: 'wlan0' },
      { address: '127.0.0.1', name: 'lo' },
    ]
    const { ok } = openWithRemote(lan)
    const chosen = await ok('remote:useAddress', { address: '127.0.0.1' })
    expect(chosen).toMatchObject({ on: false, address: null, addresses: lan })
    expect((await ok('settings:get')).remoteAddress).toBe('127.0.0.1')
    const on = await ok('remote:setEnabled', { on: true })
    expect(on).toMatchObject({ on: true, address: '127.0.0.1', addresses: lan })
    expect(on.url).toMatch(/^http:\/\/127\.0\.0\.1:/)
    // The same address again: the server and its code stay.
    expect((await ok('remote:useAddress', { address: '127.0.0.1' })).url).toBe(on.url)
    await ok('remote:setEnabled', { on: false })
  })

  it('says why it cannot start: no network, or the phone page missing', async () => {
    const offline = openWithRemote(null)
    const refused = await offline.call('remote:setEnabled', { on: true })
    expect(refused).toMatchObject({ ok: false, error: { message: /not on a network/ } })
    const broken = openWithRemote('127.0.0.1', tempDir())
    const missing = await broken.call('remote:setEnabled', { on: true })
    expect(missing).toMatchObject({ ok: false, error: { message: /phone page is missing/ } })
    expect(await broken.call('remote:newCode')).toMatchObject({
      ok: false,
      error: { message: /Turn on/ },
    })
  })
})
