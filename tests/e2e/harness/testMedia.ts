// Pictures and videos made by the tests themselves (no media is shipped): a PNG drawn in Node, and a WebM
// recorded from a canvas in Chromium with MediaRecorder.
import type { Browser } from '@playwright/test'
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const out = Buffer.alloc(body.length + 8)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE(crc32(body), body.length + 4)
  return out
}

/** A size x size PNG: a solid square of one colour (RGB), with a white diagonal to tell it apart. */
export function makePng(size = 64, rgb: [number, number, number] = [20, 160, 90]): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.alloc(size * (1 + size * 3))
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3)
    for (let x = 0; x < size; x++) rows.set(x === y ? [255, 255, 255] : rgb, row + 1 + x * 3)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** About a second of a moving square, recorded as WebM (VP8) in a page of its own, on the real clock. */
export async function makeWebm(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage()
  try {
    const base64 = await page.evaluate(async () => {
      const canvas = document.createElement('canvas')
      canvas.width = 64
      canvas.height = 64
      const g = canvas.getContext('2d')!
      const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm' })
      const parts: Blob[] = []
      recorder.ondataavailable = (e) => parts.push(e.data)
      const done = new Promise((resolve) => (recorder.onstop = resolve))
      recorder.start()
      let frame = 0
      await new Promise<void>((resolve) => {
        const draw = () => {
          g.fillStyle = '#1e40af'
          g.fillRect(0, 0, 64, 64)
          g.fillStyle = '#fbbf24'
          g.fillRect(frame % 48, 20, 16, 16)
          if (++frame < 30) requestAnimationFrame(draw)
          else resolve()
        }
        draw()
      })
      recorder.stop()
      await done
      const bytes = new Uint8Array(await new Blob(parts).arrayBuffer())
      let text = ''
      for (const b of bytes) text += String.fromCharCode(b)
      return btoa(text)
    })
    return Buffer.from(base64, 'base64')
  } finally {
    await page.close()
  }
}
