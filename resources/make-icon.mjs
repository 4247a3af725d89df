// Renders resources/icon.svg to the 1024x1024 icon.png that electron-builder turns into each platform's
// icon (.icns, .ico, Linux sizes). Run: node resources/make-icon.mjs (needs Chromium, as the e2e tests do).
import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const here = (name) => fileURLToPath(new URL(name, import.meta.url))
const svg = readFileSync(here('icon.svg'), 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CADENCE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
await page.setContent(
  `<html><body style="margin:0;background:transparent">${svg.replace('<svg', '<svg width="1024" height="1024"')}</body></html>`
)
await page.screenshot({ path: here('icon.png'), omitBackground: true })
await browser.close()
