import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRendererHandler } from '@main/appProtocol/serveRenderer'

const CSP = "default-src 'self'"
let dir: string
let root: string
let handle: ReturnType<typeof createRendererHandler>

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadence-scheme-'))
  root = join(dir, 'renderer')
  mkdirSync(join(root, 'assets', 'a folder'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Cadence</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'a folder', 'beep 100%.wav'), 'RIFF')
  writeFileSync(join(dir, 'secret.txt'), 'outside')
  symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'))
  symlinkSync(dir, join(root, 'up'))
  handle = createRendererHandler(root, CSP)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => handle(new Request(url, { method }))

describe('createRendererHandler', () => {
  it('serves index.html at the root and by name, with the CSP header and its type', async () => {
    for (const url of ['app://cadence/', 'app://cadence/index.html', 'app://cadence/?a=1#x']) {
      const response = await get(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-security-policy')).toBe(CSP)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await response.text()).toContain('<title>Cadence</title>')
    }
  })

  it('serves assets, decoding spaces and percent signs in their names', async () => {
    const js = await get('app://cadence/assets/app.js')
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const wav = await get('app://cadence/assets/a%20folder/beep%20100%25.wav')
    expect(wav.status).toBe(200)
    expect(wav.headers.get('content-type')).toBe('audio/wav')
    expect(await wav.text()).toBe('RIFF')
  })

  it('refuses traversal, encoded or not, and symlinks that lead out of the folder', async () => {
    // The URL parser already folds `..` and `%2e%2e` segments: those land inside the folder and miss.
    expect((await get('app://cadence/%2e%2e/secret.txt')).status).toBe(404)
    expect((await get('app://cadence/../../secret.txt')).status).toBe(404)
    for (const url of [
      'app://cadence/..%2Fsecret.txt',
      'app://cadence/..%5Csecret.txt',
      'app://cadence/assets/..%2F..%2Fsecret.txt',
      'app://cadence/assets/link.txt',
      'app://cadence/up/secret.txt',
    ]) {
      const response = await get(url)
      expect(response.status, url).toBe(403)
      expect(await response.text()).not.toContain('outside')
    }
  })

  it('answers 404 for unknown paths, folders and other hosts; 400 for bad encoding; 405 for writes', async () => {
    expect((await get('app://cadence/nope.js')).status).toBe(404)
    expect((await get('app://cadence/assets')).status).toBe(404)
    expect((await get('app://other/index.html')).status).toBe(404)
    expect((await get('app://cadence/%E0%A4%A')).status).toBe(400)
    expect((await get('app://cadence/a%00b')).status).toBe(400)
    expect((await get('app://cadence/index.html', 'POST')).status).toBe(405)
    const head = await get('app://cadence/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})
