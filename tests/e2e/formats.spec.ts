// The gym formats end to end on Playwright's clock: EMOM 12 and AMRAP 15 run start to finish, their
// sessions land in history with scores, and a better second AMRAP is a new personal record.
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

const T0 = new Date('2026-11-21T07:00:00Z')

async function startPreset(page: Page, launch: () => Promise<Page>, name: string) {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: `Start ${name}` }).click()
  // The session opens in main; its first frame puts the run screen up.
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  await page.clock.runFor(10_000) // the 10 s to get ready
}
const digits = async (page: Page, text: string) => {
  await page.clock.runFor(20)
  await expect(page.getByRole('timer')).toHaveText(text)
}

test('EMOM 12 runs window by window and lands in history with its score', async ({
  page,
  launch,
  services,
}, testInfo) => {
  await startPreset(page, launch, 'EMOM 12')
  for (let w = 1; w <= 12; w++) {
    await expect(page.getByTestId('where')).toHaveText(`Window ${w}/12`)
    await expect(page.getByTestId('phase')).toHaveText('Work')
    await page.clock.runFor(20_000)
    if (w === 1) await digits(page, '0:40') // the window counts down while the reps go on
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('phase')).toHaveText('Rest')
    if (w === 1) {
      await digits(page, '0:40') // rest exactly what is left of the minute
      await snap(page, testInfo, 'run-emom-rest')
    }
    await page.clock.runFor(40_000)
  }
  await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeVisible()
  await expect(page.getByTestId('scores')).toContainText('EMOM: 12 of 12 windows on time')
  const [summary] = (await services.handlers['history:list']({ offset: 0, limit: 1 })).items
  expect(summary!.scores).toEqual([
    { format: 'emom', block: 1, windows: 12, onTime: 12, overrunMs: 0 },
  ])
})

/** Presses Done every `everyMs` until the AMRAP's cap ends the session. */
async function amrap(page: Page, everyMs: number) {
  while (!(await page.getByRole('heading', { name: 'Workout complete' }).isVisible())) {
    await page.clock.runFor(everyMs)
    if (await page.getByRole('button', { name: 'Done', exact: true }).isVisible()) {
      await page.keyboard.press('Enter')
    }
  }
}

test('AMRAP 15 ends at its cap with rounds plus reps, and a better run is a record', async ({
  page,
  launch,
  services,
}, testInfo) => {
  // Two whole AMRAPs (some 60 presses and 30 simulated minutes) and four screenshots: a long scenario, not a
  // timing check, so it gets three times the default time (it takes about 40 s on an idle machine).
  test.slow()
  await startPreset(page, launch, 'AMRAP 15')
  await expect(page.getByTestId('format')).toHaveText(
    'AMRAP · time left under the 15:00 cap · round 1'
  )
  await expect(page.getByRole('button', { name: 'Round done' })).toBeVisible()
  await snap(page, testInfo, 'run-amrap')
  // A move every 40 s: 22 moves by 14:40, so 7 rounds and the 10 push-ups of the eighth.
  await amrap(page, 40_000)
  await expect(page.getByTestId('scores')).toContainText('AMRAP: 7 rounds + 10 reps')
  await expect(page.getByTestId('scores')).toContainText('Your first score here')

  await page.getByRole('button', { name: 'Run again' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  await page.clock.runFor(10_000)
  await amrap(page, 29_000) // 31 moves by 14:59: 10 rounds and the 10 push-ups of the eleventh
  await expect(page.getByTestId('scores')).toContainText('AMRAP: 10 rounds + 10 reps')
  await expect(page.getByTestId('scores')).toContainText('New personal record!')
  await snap(page, testInfo, 'run-amrap-record')

  const items = (await services.handlers['history:list']({ offset: 0, limit: 5 })).items
  expect(items.map((s) => s.scores?.[0])).toEqual([
    { format: 'amrap', block: 1, rounds: 10, reps: 10 },
    { format: 'amrap', block: 1, rounds: 7, reps: 10 },
  ])
  await page.keyboard.press('Control+3')
  await expect(page.getByText('AMRAP 10 rounds + 10 reps').first()).toBeVisible()
})
