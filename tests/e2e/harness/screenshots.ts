// Saves screenshots at the two sizes Cadence is judged at: a laptop and a TV across the room.
import type { Page, TestInfo } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const SCREEN_SIZES = {
  laptop: { width: 1366, height: 768 },
  tv: { width: 1920, height: 1080 },
} as const

export const SCREENSHOT_DIR = resolve('tests/e2e/artifacts/screenshots')

/** Screenshots go to an ignored folder (not committed) and are attached to the test report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  for (const [size, viewport] of Object.entries(SCREEN_SIZES)) {
    await page.setViewportSize(viewport)
    const path = join(SCREENSHOT_DIR, `${name}-${size}.png`)
    await page.screenshot({ path })
    await testInfo.attach(`${name}-${size}`, { path, contentType: 'image/png' })
  }
  await page.setViewportSize(SCREEN_SIZES.laptop)
}
