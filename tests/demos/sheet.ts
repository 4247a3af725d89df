// `npm run demos:sheet`: renders every move's key poses from the built demonstrations page in Chromium
// and writes the contact sheet to docs/demos/contact-sheet.png (run `npm run build` first).
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from '@tests/e2e/harness/browser'
import { startStaticServer } from '@tests/e2e/harness/staticServer'

const out = process.argv[2] ?? 'docs/demos/contact-sheet.png'
mkdirSync('docs/demos', { recursive: true })
const server = await startStaticServer()
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: 1900, height: 1000 } })
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${server.url}demos.html?stills=1&size=${process.env['SHEET_SIZE'] ?? 150}`)
  await page.locator('[data-demo-state="still"]').first().waitFor()
  await page.screenshot({ path: out, fullPage: true })
  console.log(`wrote ${out}`)
} finally {
  await browser.close()
  await server.close()
}
