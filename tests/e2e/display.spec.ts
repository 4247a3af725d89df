// The TV display: a second page drawing the main window's session, as the display window does. The main
// page publishes through the real handler; the harness passes frames on, as main's window would.
import type { Page } from '@playwright/test'
import type { DisplayFrame } from '@shared/ipc/contract'
import { expect, test } from './harness/fixtures'
import { openDisplayPage } from './harness/displayPage'
import { join } from 'node:path'
import { SCREENSHOT_DIR, snap } from './harness/screenshots'

const T0 = new Date('2026-11-21T07:00:00Z')

const fontPx = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

test('the TV display shows what the main window shows, and goes when it is closed', async ({
  page,
  launch,
  platform,
  server,
}, testInfo) => {
  const display = await openDisplayPage(page, server.url, { width: 1920, height: 1080 })
  await expect(display.getByText('Cadence')).toBeVisible()
  platform.onDisplayFrame = (frame: DisplayFrame) =>
    void display.evaluate((f) => {
      ;(window as unknown as { __pushFrame: (f: unknown) => void }).__pushFrame(f)
    }, frame)

  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Tabata' }).click()
  await page.getByRole('button', { name: 'Open the TV display' }).click()
  await expect.poll(() => platform.displayOpen).toBe(true)
  await expect(display.getByTestId('phase')).toHaveText('Ready')

  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await page.clock.runFor(12_000) // into the first work interval
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect(display.getByTestId('phase')).toHaveText('Work')
  await expect(display.getByTestId('exercise')).toHaveText(
    (await page.getByTestId('exercise').textContent())!
  )
  // Paused, time stands still on both: the same digits, whatever each page's clock says.
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  await expect(display.getByTestId('phase')).toHaveText('Work')
  await expect(display.getByTestId('paused')).toBeVisible()
  await expect(display.getByTestId('digits')).toHaveText(
    (await page.getByTestId('digits').textContent())!
  )
  // The laptop is now the control view: it lists what comes next.
  await expect(page.getByRole('region', { name: 'Coming up' })).toContainText('Rest, 10 sec')
  await display.screenshot({ path: testInfo.outputPath('display-tv.png') })
  await snap(page, testInfo, 'run-control-with-display')

  // The TV is read from five metres: at 1920x1080 the same sizes as the run screen.
  for (const selector of ['.run__phase', '.run__exercise', '.run__next'])
    expect(await fontPx(display, selector), selector).toBeGreaterThanOrEqual(64)
  expect(await fontPx(display, '.run__cue')).toBeGreaterThanOrEqual(48)
  expect(await fontPx(display, '.run__total')).toBeGreaterThanOrEqual(40)
  expect(await fontPx(display, '.run__digits')).toBeGreaterThanOrEqual(432)
  // The last three seconds show on the TV too (paused there, so both pages' clocks agree).
  await page.getByRole('button', { name: 'Resume' }).click()
  await page.clock.runFor(15_500)
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  await expect(display.getByTestId('paused')).toBeVisible()
  await expect(display.getByTestId('digits')).toHaveText('0:03')
  await expect(display.getByTestId('digits')).toHaveAttribute('data-clock', 'final')
  await display.screenshot({ path: join(SCREENSHOT_DIR, 'display-last-seconds-paused-tv.png') })

  await page.getByRole('button', { name: 'Close the TV display' }).click()
  await expect.poll(() => platform.displayOpen).toBe(false)
})
