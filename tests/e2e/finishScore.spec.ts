// The finish panel reads at a glance: an AMRAP's score is the headline above the generic figures, every
// figure fits its card at laptop and TV widths, and bodyweight moves ask for no load.
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

const T0 = new Date('2026-11-21T07:00:00Z')

/** AMRAP 15 (push-ups, kettlebell swings, bird-dogs), Done every 20 s for 14 moves, then stopped. */
async function stoppedAmrap(page: Page, launch: () => Promise<Page>) {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start AMRAP 15' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  await page.clock.runFor(10_500)
  for (let n = 0; n < 14; n++) {
    await page.clock.runFor(20_000)
    await page.keyboard.press('Enter')
  }
  await page.clock.runFor(50_000)
  await page.keyboard.press('Escape')
  await page.getByRole('alertdialog', { name: 'Stop this session?' }).waitFor()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible()
}

test('the score leads, and every figure fits its card', async ({ page, launch }, testInfo) => {
  await stoppedAmrap(page, launch)
  const score = page.getByTestId('scores').locator('strong')
  const stats = page.getByTestId('summary')
  await expect(score).toContainText('AMRAP: 4 rounds + 25 reps')
  await expect(stats).toContainText(/5\smin,\s\d+\ssec/)
  const scoreBox = (await score.boundingBox())!
  expect(scoreBox.y, 'the score comes before the statistics').toBeLessThan(
    (await stats.boundingBox())!.y
  )
  const size = (l: typeof score) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(await size(score)).toBeGreaterThanOrEqual(2 * (await size(stats.locator('dd').first())))

  for (const width of [1024, 1366, 1920]) {
    await page.setViewportSize({ width, height: 800 })
    const spills = await stats
      .locator('dd')
      .evaluateAll((dds) =>
        dds.filter((dd) => dd.scrollWidth > dd.clientWidth).map((dd) => dd.textContent)
      )
    expect(spills, `figures spilling out of their cards at ${width} px`).toEqual([])
  }
  await snap(page, testInfo, 'finish-amrap')
  await page.emulateMedia({ colorScheme: 'dark' })
  await snap(page, testInfo, 'finish-amrap-dark')
})

test('bodyweight moves ask for no load; a kettlebell does', async ({ page, launch }) => {
  await stoppedAmrap(page, launch)
  await page.getByText('Log the weight or band you used').click()
  const log = page.locator('.finish__loads')
  await expect(log.getByRole('spinbutton')).toHaveCount(1)
  await expect(log.getByRole('spinbutton', { name: /Kettlebell swing/ })).toBeVisible()
})
