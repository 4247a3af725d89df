// The user's media: type by content (never by name, SVG refused), the size cap before copying, copies
// named by sha256 and shared, deleted when nothing uses them, and byte ranges for video (206, 416).
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sniff } from '@main/media/sniff'
import { copyMedia } from '@main/media/copyMedia'
import { createMediaStore } from '@main/media/mediaStore'
import { createMediaHandler, parseRange } from '@main/media/serveMedia'

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
])
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([36, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
])
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom\0\0\x02\0isomiso2')])
const WEBM = Buffer.concat([
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84]),
  Buffer.from('webm'),
])
const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
)

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadence-media-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('sniff', () => {
  it.each([
    ['image/png', PNG],
    ['image/jpeg', JPEG],
    ['image/gif', GIF],
    ['image/webp', WEBP],
    ['video/mp4', MP4],
    ['video/webm', WEBM],
  ])('knows %s by its first bytes', (type, bytes) => {
    expect(sniff(bytes)).toEqual({ ok: true, type })
  })

  it('refuses SVG, saying why', () => {
    const result = sniff(SVG)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/SVG .* can carry script/)
    expect(sniff(Buffer.from('  <svg viewBox="0 0 1 1"></svg>')).ok).toBe(false)
  })

  it('refuses anything else, whatever it is called', () => {
    const result = sniff(Buffer.from('just some text, named picture.png'))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/PNG, JPEG, WebP, GIF, MP4 or WebM/)
  })
})

describe('copying in', () => {
  const media = () => join(dir, 'media')

  it('checks the size before copying a byte', () => {
    const big = file('big.png', Buffer.concat([PNG, Buffer.alloc(2000)]))
    const store = createMediaStore(dir)
    expect(() => copyMedia(big, dir, 'big.png', 1000)).toThrow(/big\.png is 0\.0 MB: .* at most/)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(store.list()).toEqual({})
  })

  it('refuses a file by content, not name, and copies nothing', () => {
    const store = createMediaStore(dir)
    const fake = file('holiday.png', Buffer.from('not a picture at all'))
    expect(() => store.attach('plank', fake, 'holiday.png')).toThrow(/not a picture or video/)
    expect(() => store.attach('plank', file('x.png', SVG), 'x.png')).toThrow(/SVG/)
    expect(existsSync(media()) ? readdirSync(media()) : []).toEqual([])
    expect(store.list()).toEqual({})
  })

  it('names the copy by its sha256, shares it, and deletes it when nothing uses it', () => {
    const bytes = Buffer.concat([PNG, Buffer.from('pixels')])
    const store = createMediaStore(dir)
    const a = store.attach('plank', file('one.png', bytes), 'one.png')
    const b = store.attach('push-up', file('two.png', bytes), 'two.png')
    expect(a.hash).toBe(sha(bytes))
    expect(b.hash).toBe(a.hash)
    expect(readdirSync(media())).toEqual([`${a.hash}.png`])
    expect(readFileSync(join(media(), `${a.hash}.png`))).toEqual(bytes)

    expect(store.detach('plank')).toEqual({ removed: true, deleted: false })
    expect(readdirSync(media())).toEqual([`${a.hash}.png`])
    expect(store.detach('push-up')).toEqual({ removed: true, deleted: true })
    expect(readdirSync(media())).toEqual([])
    expect(store.detach('push-up')).toEqual({ removed: false, deleted: false })
  })

  it('replacing an exercise’s media releases the old copy, and the index survives a reopen', () => {
    const store = createMediaStore(dir)
    const old = store.attach('plank', file('a.gif', GIF), 'a.gif')
    const next = store.attach('plank', file('b.webm', WEBM), 'b.webm')
    expect(readdirSync(media())).toEqual([`${next.hash}.webm`])
    expect(createMediaStore(dir).list()).toEqual({ plank: { ...next, missing: false } })
    expect(old.type).toBe('image/gif')
  })

  it('says when a copy has gone missing', () => {
    const store = createMediaStore(dir)
    const ref = store.attach('plank', file('a.png', PNG), 'a.png')
    rmSync(join(media(), `${ref.hash}.png`))
    expect(store.list()['plank']?.missing).toBe(true)
  })
})

describe('byte ranges', () => {
  it.each([
    ['bytes=0-9', 100, { start: 0, end: 9 }],
    ['bytes=90-', 100, { start: 90, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }],
    ['bytes=50-500', 100, { start: 50, end: 99 }],
    ['bytes=-500', 100, { start: 0, end: 99 }],
  ])('%s of %i bytes', (header, size, range) => {
    expect(parseRange(header, size)).toEqual(range)
  })

  it.each([
    'bytes=100-',
    'bytes=200-300',
    'bytes=9-3',
    'bytes=-0',
    'bytes=0-1,5-6',
    'items=0-1',
    'bytes=-',
  ])('%s is unsatisfiable', (header) => expect(parseRange(header, 100)).toBeUndefined())

  const serve = async (range?: string, path?: string) => {
    const bytes = Buffer.from(Array.from({ length: 100 }, (_, i) => i))
    const hash = sha(bytes)
    writeFileSync(join(dir, `${hash}.mp4`), bytes)
    const handle = createMediaHandler(dir)
    return handle(
      new Request(`app://cadence${path ?? `/media/${hash}.mp4`}`, {
        headers: range ? { range } : {},
      })
    )
  }

  it('answers a range with 206, its bytes and Content-Range', async () => {
    const res = await serve('bytes=10-19')
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe('bytes 10-19/100')
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(res.headers.get('content-type')).toBe('video/mp4')
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([
      10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    ])
  })

  it('cuts a range that runs over the end to the end', async () => {
    const res = await serve('bytes=95-1000')
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe('bytes 95-99/100')
    expect((await res.arrayBuffer()).byteLength).toBe(5)
  })

  it('answers 416 with the size for a range past the end', async () => {
    const res = await serve('bytes=100-200')
    expect(res.status).toBe(416)
    expect(res.headers.get('content-range')).toBe('bytes */100')
  })

  it('answers the whole file without a range, and 404 for names that are not a copy', async () => {
    const res = await serve()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-length')).toBe('100')
    expect((await serve(undefined, '/media/../media.json')).status).toBe(404)
    expect((await serve(undefined, `/media/${'a'.repeat(64)}.svg`)).status).toBe(404)
    expect((await serve(undefined, `/media/${'a'.repeat(64)}.png`)).status).toBe(404)
  })
})
