// With reduced motion on, transitions are removed, so the progress bars must be set from the plan's
// instants rather than glide: at every second they show the fraction of the step and session done.
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'

const T0 = new Date('2026-11-21T07:00:00Z')

/** How full each bar is drawn (its width over its track's), step bar first. */
const barFractions = (page: Page) =>
  page.locator('.run .run__bar-fill').evaluateAll((fills) =>
    fills.map((fill) => {
      const track = fill.parentElement!.getBoundingClientRect().width
      return Math.round((fill.getBoundingClientRect().width / track) * 100) / 100
    })
  )

test('with reduced motion the bars show the right fraction from the first second', async ({
  page,
  launch,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Tabata' }).click()
  // The session opens in main; Space means Start only once its run screen is here to hear it.
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  // Tabata: 10 s get ready, then 8 x (20 s work, 10 s rest) less the last rest: 240 s in all.
  await page.clock.runFor(1_020)
  await expect.poll(() => barFractions(page)).toEqual([0.1, 0])
  await page.clock.runFor(14_000) // 5 s into the first 20 s move
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect.poll(() => barFractions(page)).toEqual([0.25, 0.06])
})
