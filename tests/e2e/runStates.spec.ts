// The states you see from across the room, on Playwright's clock: Ready says how to start, Paused dims and
// says PAUSED, the last three seconds change the digits, an EMOM overrun says so in words and colour, and
// at 1920x1080 the words are big enough to read from five metres.
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

const T0 = new Date('2026-11-21T07:00:00Z')

async function openPreset(page: Page, launch: () => Promise<Page>, name: string) {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: `Start ${name}` }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
}

/** The digits are painted on timers that run only as the clock advances: move one frame on. */
async function frame(page: Page) {
  await page.clock.runFor(20)
}

const fontPx = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

const digitsLook = (page: Page) =>
  page.getByTestId('digits').evaluate((el) => {
    const style = getComputedStyle(el)
    return {
      clock: (el as HTMLElement).dataset['clock'],
      color: style.color,
      bg: style.backgroundColor,
    }
  })

test('Ready says how to start; Paused dims and says PAUSED in big letters', async ({
  page,
  launch,
}, testInfo) => {
  await openPreset(page, launch, 'Metabolic back circuit')
  await expect(page.getByTestId('next')).toHaveText('Press Space to start')
  await snap(page, testInfo, 'state-ready')
  await page.keyboard.press('Space')
  await page.clock.runFor(12_000)
  await expect(page.getByTestId('exercise')).toHaveText('Bent-over barbell rows')
  await page.keyboard.press('Space')
  // The phase word stays the phase; PAUSED stands on its own, large, over a darkened screen.
  await expect(page.getByTestId('phase')).toHaveText('Work')
  const paused = page.getByTestId('paused')
  await expect(paused).toHaveText('Paused')
  await page.setViewportSize({ width: 1920, height: 1080 })
  expect(await fontPx(page, '[data-testid="paused"]')).toBeGreaterThanOrEqual(150)
  // Dimmed by draining the phase colour, not by fading the words (they keep their contrast).
  const background = await page
    .locator('.run')
    .evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(background).toBe('rgb(38, 38, 38)')
  await page.mouse.move(10, 10)
  await snap(page, testInfo, 'state-paused')
  await page.keyboard.press('Space')
  await expect(paused).toHaveCount(0)
})

test('the last three seconds of a step change the digits; a rest names the next move once', async ({
  page,
  launch,
}, testInfo) => {
  await openPreset(page, launch, 'Metabolic back circuit')
  await page.keyboard.press('Space')
  await page.clock.runFor(10_000 + 36_500) // 3.5 s left of the 40 s rows
  await frame(page)
  const calm = await digitsLook(page)
  expect(calm.clock).toBe('none')
  await page.clock.runFor(600)
  await expect(page.getByTestId('digits')).toHaveText('0:03')
  const final = await digitsLook(page)
  expect(final.clock).toBe('final')
  expect(final.color).not.toBe(calm.color)
  expect(final.bg).not.toBe(calm.bg)
  await snap(page, testInfo, 'state-last-seconds')
  await page.clock.runFor(3_000)
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await frame(page)
  expect((await digitsLook(page)).clock).toBe('none')
  await expect(page.getByTestId('exercise')).toHaveText('Up next: Face pulls')
  await expect(page.getByTestId('next')).not.toContainText('Face pulls')
  await snap(page, testInfo, 'state-rest')
})

test('an EMOM move past its window says Over time, in words and colour', async ({
  page,
  launch,
}, testInfo) => {
  await openPreset(page, launch, 'EMOM 12')
  await page.keyboard.press('Space')
  await page.clock.runFor(10_000 + 55_000)
  await frame(page)
  await expect(page.getByTestId('over')).toBeHidden()
  await page.clock.runFor(7_000)
  await frame(page)
  await expect(page.getByTestId('digits')).toHaveText('+0:02')
  expect((await digitsLook(page)).clock).toBe('over')
  await expect(page.getByTestId('over')).toBeVisible()
  await expect(page.getByTestId('over')).toHaveText('Over time: finish and press Done')
  await snap(page, testInfo, 'state-emom-over')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('over')).toBeHidden()
})

test('at 1920x1080 the run screen is readable from five metres', async ({ page, launch }) => {
  await openPreset(page, launch, 'Metabolic back circuit')
  await page.keyboard.press('Space')
  await page.clock.runFor(12_000)
  await expect(page.getByTestId('exercise')).toHaveText('Bent-over barbell rows')
  await page.setViewportSize({ width: 1920, height: 1080 })
  await frame(page)
  for (const selector of ['.run__phase', '.run__exercise', '.run__next'])
    expect(await fontPx(page, selector), selector).toBeGreaterThanOrEqual(64)
  expect(await fontPx(page, '.run__cue')).toBeGreaterThanOrEqual(48)
  expect(await fontPx(page, '.run__total')).toBeGreaterThanOrEqual(40)
  expect(await fontPx(page, '.run__safety')).toBeGreaterThanOrEqual(40)
  expect(await fontPx(page, '.run__digits')).toBeGreaterThanOrEqual(432)
  await expect(page.locator('.run__safety')).not.toBeEmpty()
  // Everything fits: nothing of the face runs off the bottom of the screen.
  const bottom = await page
    .locator('.run__controls')
    .evaluate((el) => el.getBoundingClientRect().bottom)
  expect(bottom).toBeLessThanOrEqual(1080)
})
