// The demo on the run screen, on Playwright's clock: the move being done in work, the next move in a rest,
// held still while paused; beside the digits, which keep their 5 m size at 1920x1080.
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'
import { startBackCircuit } from './harness/backCircuit'

const demo = (page: Page) => page.getByTestId('run-demo').locator('[data-demo]')

test('in work the demo shows the move; in a rest, the next move; paused, it holds still', async ({
  page,
  launch,
}, testInfo) => {
  await startBackCircuit(page, launch)
  await expect(demo(page)).toHaveAttribute('data-demo', 'bent-over-barbell-row')
  await expect(demo(page)).toHaveAttribute('data-demo-state', 'paused')
  await page.keyboard.press('Space')
  await page.clock.runFor(12_000)
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect(demo(page)).toHaveAttribute('data-demo', 'bent-over-barbell-row')
  await expect(demo(page)).toHaveAttribute('data-demo-state', 'playing')
  await snap(page, testInfo, 'run-demo-work')

  await page.clock.runFor(40_000)
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await expect(demo(page)).toHaveAttribute('data-demo', 'face-pull')
  await snap(page, testInfo, 'run-demo-rest')

  await page.keyboard.press('Space')
  await expect(page.getByTestId('paused')).toBeVisible()
  await expect(demo(page)).toHaveAttribute('data-demo-state', 'paused')
  const states = await page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => (a.effect as KeyframeEffect).target?.closest('[data-testid="run-demo"]'))
      .map((a) => a.playState)
  )
  expect(states.length).toBeGreaterThan(0)
  expect(new Set(states)).toEqual(new Set(['paused']))
})

test('beside the digits: at 1920x1080 they keep their size; at 1366x768 nothing overlaps', async ({
  page,
  launch,
}) => {
  await startBackCircuit(page, launch)
  await page.keyboard.press('Space')
  await page.clock.runFor(12_000)
  for (const size of [
    { width: 1920, height: 1080, digits: 432 },
    { width: 1366, height: 768, digits: 307 },
  ]) {
    await page.setViewportSize(size)
    const digits = page.getByTestId('digits')
    const font = await digits.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(font).toBeGreaterThanOrEqual(size.digits)
    const d = (await digits.boundingBox())!
    const figure = (await demo(page).boundingBox())!
    // Left of the digits, on their line, a real size, and inside the window.
    expect(figure.x + figure.width).toBeLessThanOrEqual(d.x + 1)
    expect(figure.x).toBeGreaterThanOrEqual(0)
    expect(figure.height).toBeGreaterThan(size.height * 0.2)
    expect(figure.y + figure.height / 2).toBeGreaterThan(d.y)
    expect(figure.y + figure.height / 2).toBeLessThan(d.y + d.height)
  }
})
