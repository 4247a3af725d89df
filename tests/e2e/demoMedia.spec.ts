// The user's own media on the run screen, end to end: the page asks main (the real handlers, on this test's
// data folder) to attach a file made by the test, and loads it through main's /media/ handler with byte
// ranges. A picture replaces the drawn demo, a video plays and loops, a copy gone from the folder brings the
// drawing back with a notice, and a malformed file is refused with a clear message and nothing copied.
import type { Page } from '@playwright/test'
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mediaFolder } from '@main/media/mediaStore'
import type { IpcResult } from '@shared/ipc/result'
import { expect, test } from './harness/fixtures'
import { routeMedia } from './harness/mediaRoute'
import { makePng, makeWebm } from './harness/testMedia'
import { snap } from './harness/screenshots'
import { BACK_CIRCUIT_T0, startBackCircuit } from './harness/backCircuit'

const ROWS = 'bent-over-barbell-row'

/** Attaches `file` to the rows through the page's own bridge, as the Attach button does. */
const attach = (page: Page) =>
  page.evaluate((exerciseId) => window.api.attachMedia({ exerciseId }), ROWS) as Promise<
    IpcResult<{ cancelled: boolean }>
  >

/** Launches with /media/ routed to main's handler, attaches the chosen file, and opens the circuit. */
async function withMedia(page: Page, launch: () => Promise<Page>, dataDir: string) {
  await routeMedia(page, dataDir)
  await page.clock.install({ time: BACK_CIRCUIT_T0 })
  await launch()
  expect((await attach(page)).ok).toBe(true)
}

const runDemo = (page: Page) => page.getByTestId('run-demo')

test('a picture of the user’s replaces the drawn demo', async ({
  page,
  launch,
  dataDir,
  platform,
}, testInfo) => {
  const file = join(dataDir, 'my-rows.png')
  writeFileSync(file, makePng(96))
  platform.nextOpenPath = file
  await withMedia(page, launch, dataDir)
  await startBackCircuit(page, launch, true)
  const picture = runDemo(page).locator('img[data-demo-media="picture"]')
  await expect(picture).toBeVisible()
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96)
  await expect(runDemo(page).locator('svg')).toHaveCount(0)
  await page.keyboard.press('Space')
  await page.clock.runFor(12_000)
  await snap(page, testInfo, 'run-demo-picture')
})

test('a video of the user’s plays and loops', async ({
  page,
  launch,
  dataDir,
  platform,
  browser,
}) => {
  const file = join(dataDir, 'my-rows.webm')
  writeFileSync(file, await makeWebm(browser))
  platform.nextOpenPath = file
  await withMedia(page, launch, dataDir)
  await startBackCircuit(page, launch, true)
  await page.keyboard.press('Space')
  await page.clock.runFor(12_000)
  const video = runDemo(page).locator('video[data-demo-media="video"]')
  await expect(video).toBeVisible()
  // Count the times playback jumps back to the start: that is the loop.
  await video.evaluate((el: HTMLVideoElement) => {
    const w = window as unknown as { loops: number; last: number }
    w.loops = 0
    w.last = 0
    el.addEventListener('timeupdate', () => {
      if (el.currentTime < w.last) w.loops++
      w.last = el.currentTime
    })
  })
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { loops: number }).loops), {
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(1)
  expect(await video.evaluate((el: HTMLVideoElement) => el.paused)).toBe(false)
})

test('a copy gone from the folder shows the drawn demo, with a notice', async ({
  page,
  launch,
  dataDir,
  platform,
}) => {
  const file = join(dataDir, 'my-rows.png')
  writeFileSync(file, makePng())
  platform.nextOpenPath = file
  await withMedia(page, launch, dataDir)
  for (const copy of readdirSync(mediaFolder(dataDir))) rmSync(join(mediaFolder(dataDir), copy))
  await startBackCircuit(page, launch, true)
  await expect(runDemo(page).locator(`[data-demo="${ROWS}"] svg`)).toBeVisible()
  await expect(runDemo(page).getByRole('status')).toHaveText(
    'Your picture or video could not be shown, so here is the drawn demo.'
  )
})

test('a malformed file is refused with a clear message, and nothing is copied', async ({
  page,
  launch,
  dataDir,
  platform,
}) => {
  const file = join(dataDir, 'holiday.png')
  writeFileSync(file, 'this is not a picture at all, whatever its name says')
  platform.nextOpenPath = file
  await routeMedia(page, dataDir)
  await launch()
  const result = await attach(page)
  expect(result).toEqual({
    ok: false,
    error: {
      code: 'invalid-payload',
      message:
        'holiday.png: That file is not a picture or video Cadence can show. Use PNG, JPEG, WebP, GIF, MP4 or WebM.',
    },
  })
  const folder = mediaFolder(dataDir)
  expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([])
  expect(await page.evaluate(() => window.api.listMedia())).toEqual({ ok: true, value: {} })
})
