// The run screen end to end, on Playwright's clock: what the user sees at chosen instants, every control,
// and the session landing in history with the right step records.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

async function openPreset(page: Page, name: string) {
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: `Start ${name}` }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
}

const digits = (page: Page) => page.getByRole('timer')

test('runs the Tabata preset start to finish and saves it to history', async ({ page, launch, services, dataDir }, testInfo) => {
  await page.clock.install()
  await launch()
  await openPreset(page, 'Tabata')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('phase')).toHaveText('Get ready')
  await expect(digits(page)).toHaveText('0:10')
  await expect(page.getByTestId('next')).toHaveText('Next: Kettlebell swings, 20 s')

  await page.clock.runFor(10_000)
  await expect(digits(page)).toHaveAttribute('data-phase', 'work')
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect(page.getByTestId('exercise')).toHaveText('Kettlebell swings')
  await expect(page.getByTestId('where')).toHaveText('Round 1/8 · Exercise 1/1')
  await expect(digits(page)).toHaveText('0:20')
  await page.clock.runFor(5_500)
  await expect(digits(page)).toHaveText('0:15')
  await snap(page, testInfo, 'run-work')

  await page.clock.runFor(14_500)
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await expect(page.getByTestId('exercise')).toHaveText('Up next: Kettlebell swings')
  await expect(digits(page)).toHaveText('0:10')
  await expect(page.getByTestId('next')).toHaveText('Next: Kettlebell swings, 20 s')
  await snap(page, testInfo, 'run-rest')

  // The rest of the session: 7 more rounds of 20/10, less the last rest.
  await page.clock.runFor(10_000 + 7 * 30_000 - 10_000)
  await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeVisible()
  await expect(page.getByTestId('summary')).toContainText('Rounds8')
  await expect(page.getByTestId('summary')).toContainText('Skipped steps0')
  await snap(page, testInfo, 'run-finished')

  const list = await services.handlers['history:list']({ offset: 0, limit: 10 })
  expect(list.total).toBe(1)
  const session = await services.handlers['history:get']({ id: list.items[0]!.id })
  expect(session).toMatchObject({ status: 'completed', roundsCompleted: 8, circuit: { name: 'Tabata' } })
  expect(session.steps.map((s) => [s.kind, s.plannedMs, s.actualMs, s.outcome])).toEqual([
    ['prepare', 10_000, 10_000, 'completed'],
    ...Array.from({ length: 8 }, (_, i) => [
      ['work', 20_000, 20_000, 'completed'],
      ...(i < 7 ? [['rest', 10_000, 10_000, 'completed']] : []),
    ]).flat(),
  ])
  expect(existsSync(join(dataDir, 'journal.jsonl'))).toBe(false)

  // Rating and note are saved onto the session.
  await page.getByRole('radio', { name: 'Effort 8' }).check({ force: true })
  await page.getByLabel('Note').fill('Swings felt heavy')
  await page.getByRole('button', { name: 'Save rating and note' }).click()
  await expect(page.getByRole('button', { name: 'Rating saved' })).toBeVisible()
  expect(await services.handlers['history:get']({ id: session.id })).toMatchObject({ rpe: 8, note: 'Swings felt heavy' })
})
