import { describe, expect, it } from 'vitest'
import { pathToFileURL } from 'node:url'
import { APP_ORIGIN } from '@main/security/appOrigin'
import { createSenderPolicy, describeSender, type IpcSender } from '@main/security/senderPolicy'

const app = (url: string, more: Partial<IpcSender> = {}): IpcSender => ({
  window: 'main',
  fromMainFrame: true,
  url,
  ...more,
})

describe('createSenderPolicy (production)', () => {
  const trusted = createSenderPolicy()

  it("trusts the app window's main frame on the app origin, whatever the path, query or hash", () => {
    expect(trusted(app(`${APP_ORIGIN}/index.html`, { origin: APP_ORIGIN }))).toBe(true)
    expect(trusted(app(`${APP_ORIGIN}/index.html?x=1#/run`))).toBe(true)
    expect(trusted(app(`${APP_ORIGIN}/`))).toBe(true)
    expect(trusted(app(`${APP_ORIGIN}/a%20folder/with%25percent/index.html`))).toBe(true)
  })

  it('never trusts file: URLs, however the install path is spelled', () => {
    // What used to decide trust: these differ only in drive-letter case, % encoding and spaces.
    const paths = [
      'file:///C:/Program%20Files/Cadence/resources/app.asar/out/renderer/index.html',
      'file:///c:/Program Files/Cadence/resources/app.asar/out/renderer/index.html',
      'file:///C:/dev/100%25/out/renderer/index.html',
      pathToFileURL('/opt/Cadence/resources/app/out/renderer/index.html').href,
    ]
    for (const url of paths) expect(trusted(app(url, { origin: 'file://' }))).toBe(false)
  })

  it('refuses a subframe, a stranger webContents, and a frame whose origin disagrees', () => {
    const url = `${APP_ORIGIN}/index.html`
    expect(trusted(app(url, { fromMainFrame: false }))).toBe(false)
    expect(trusted(app(url, { window: null }))).toBe(false)
    expect(trusted(app(url, { origin: 'null' }))).toBe(false)
    expect(trusted(app(url, { origin: 'https://evil.example' }))).toBe(false)
  })

  it('refuses other origins and anything unparsable', () => {
    for (const url of [
      'app://other/index.html',
      'https://cadence/index.html',
      'http://localhost:5173/',
      'data:text/html,hi',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(trusted(app(url))).toBe(false)
    }
    expect(trusted({ window: 'main', fromMainFrame: true, url: undefined })).toBe(false)
  })
})

describe('createSenderPolicy (development)', () => {
  it("trusts the dev server's origin only, and only in development", () => {
    const dev = createSenderPolicy({ devServerUrl: 'http://localhost:5173' })
    expect(dev(app('http://localhost:5173/'))).toBe(true)
    expect(dev(app('http://localhost:5173/#/history', { origin: 'http://localhost:5173' }))).toBe(
      true
    )
    expect(dev(app('http://localhost:5174/'))).toBe(false)
    expect(dev(app('http://127.0.0.1:5173/'))).toBe(false)
    expect(dev(app(`${APP_ORIGIN}/index.html`))).toBe(false)
    expect(createSenderPolicy()(app('http://localhost:5173/'))).toBe(false)
  })
})

describe('describeSender', () => {
  const mainFrame = { frameTreeNodeId: 1, url: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN }
  const ours = { id: 7, mainFrame }
  const stranger = { id: 8, mainFrame: { ...mainFrame, frameTreeNodeId: 9 } }
  const roleOf = (wc: { id: number }) => (wc.id === ours.id ? ('main' as const) : null)
  const policy = createSenderPolicy()

  it('passes the main frame of an app window', () => {
    const sender = describeSender({ sender: ours, senderFrame: mainFrame }, roleOf)
    expect(sender).toEqual({ window: 'main', fromMainFrame: true, ...pick(mainFrame) })
    expect(policy(sender)).toBe(true)
  })

  it('tells a subframe on the same origin, a stranger and a gone frame apart', () => {
    const subframe = { frameTreeNodeId: 2, url: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN }
    expect(policy(describeSender({ sender: ours, senderFrame: subframe }, roleOf))).toBe(false)
    expect(
      policy(describeSender({ sender: stranger, senderFrame: stranger.mainFrame }, roleOf))
    ).toBe(false)
    expect(policy(describeSender({ sender: ours, senderFrame: null }, roleOf))).toBe(false)
  })
})

const pick = (f: { url: string; origin: string }) => ({ url: f.url, origin: f.origin })
