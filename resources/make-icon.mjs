// Renders resources/icon.svg to every icon the installers need, committed beside it: icons/<n>x<n>.png at the
// hicolor theme's sizes (Linux), icon.ico holding each size (Windows) and icon.icns (macOS). The .ico and
// .icns containers are written here (a few lines each, PNG entries) so no image tool is needed on CI.
// Run: node resources/make-icon.mjs (needs Chromium, as the e2e tests do).
import { chromium } from '@playwright/test'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The sizes the hicolor icon theme lists (plus scalable, the SVG itself). */
export const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512]
/** Apple's PNG-carrying icns types, by pixel size. */
const ICNS_TYPES = {
  16: 'icp4',
  32: 'icp5',
  64: 'icp6',
  128: 'ic07',
  256: 'ic08',
  512: 'ic09',
  1024: 'ic10',
}

const here = (name) => fileURLToPath(new URL(name, import.meta.url))

async function renderPngs(sizes) {
  const svg = readFileSync(here('icon.svg'), 'utf8')
  const browser = await chromium.launch({
    executablePath: process.env.CADENCE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const pngs = new Map()
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const sized = svg.replace('<svg', `<svg width="${size}" height="${size}"`)
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${sized}</body></html>`
    )
    pngs.set(size, await page.screenshot({ omitBackground: true }))
    await page.close()
  }
  await browser.close()
  return pngs
}

/** An .ico whose entries are PNGs (Windows Vista and later read them; 256 is written as 0). */
function ico(pngs) {
  const entries = [...pngs]
  const header = Buffer.alloc(6 + 16 * entries.length)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(entries.length, 4)
  let offset = header.length
  entries.forEach(([size, png], i) => {
    const at = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, at)
    header.writeUInt8(size >= 256 ? 0 : size, at + 1)
    header.writeUInt16LE(1, at + 4) // colour planes
    header.writeUInt16LE(32, at + 6) // bits per pixel
    header.writeUInt32LE(png.length, at + 8)
    header.writeUInt32LE(offset, at + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...entries.map(([, png]) => png)])
}

/** An .icns: 'icns', total length, then per image a four-letter type, its length (with header) and a PNG. */
function icns(pngs) {
  const chunks = [...pngs].map(([size, png]) => {
    const head = Buffer.alloc(8)
    head.write(ICNS_TYPES[size], 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(chunks)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([head, body])
}

const pngs = await renderPngs([...PNG_SIZES, 1024])
mkdirSync(here('icons'), { recursive: true })
for (const size of PNG_SIZES) writeFileSync(here(`icons/${size}x${size}.png`), pngs.get(size))
copyFileSync(here('icon.svg'), here('icons/cadence.svg'))
writeFileSync(here('icon.ico'), ico(new Map([...pngs].filter(([size]) => size <= 256))))
writeFileSync(here('icon.icns'), icns(new Map([...pngs].filter(([size]) => ICNS_TYPES[size]))))
