// What the end of a session keeps: the rating and note go with whichever way the finish panel is left,
// can be saved again after edits, and a session stopped during Get ready leaves nothing in history.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'

const T0 = new Date('2026-11-21T07:00:00Z')

/** Runs the Tabata preset (10 s get ready, 8 x 20/10, 4 min) to its finish panel on Playwright's clock. */
async function finishTabata(page: Page, launch: () => Promise<Page>) {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Tabata' }).click()
  // The session opens in main; Space means Start only once its run screen is here to hear it.
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  await page.clock.runFor(10_000 + 8 * 30_000)
  await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeVisible()
}

for (const leave of ['Done', 'See history', 'Run again']) {
  test(`${leave} saves an unsaved effort and note first`, async ({ page, launch, services }) => {
    await finishTabata(page, launch)
    await page.getByRole('radio', { name: 'Effort 7' }).check({ force: true })
    await page.getByLabel('Note').fill('Last round was hard')
    await page.getByRole('button', { name: leave, exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeHidden()
    const [summary] = (await services.handlers['history:list']({ offset: 0, limit: 5 })).items
    await expect
      .poll(async () => services.handlers['history:get']({ id: summary!.id }))
      .toMatchObject({ rpe: 7, note: 'Last round was hard' })
  })
}

test('after "Save rating and note", a later edit can be saved again', async ({
  page,
  launch,
  services,
}) => {
  await finishTabata(page, launch)
  const save = page.getByRole('button', { name: 'Save rating and note' })
  await expect(save).toBeDisabled() // nothing to save yet
  await page.getByRole('radio', { name: 'Effort 6' }).check({ force: true })
  await save.click()
  await expect(page.getByRole('button', { name: 'Rating saved' })).toBeDisabled()
  await page.getByLabel('Note').fill('Felt easier than it looked')
  await expect(save).toBeEnabled()
  await save.click()
  await expect(page.getByRole('button', { name: 'Rating saved' })).toBeVisible()
  const [summary] = (await services.handlers['history:list']({ offset: 0, limit: 5 })).items
  expect(await services.handlers['history:get']({ id: summary!.id })).toMatchObject({
    rpe: 6,
    note: 'Felt easier than it looked',
  })
})

test('stopping during Get ready keeps nothing', async ({ page, launch, services, dataDir }) => {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Tabata' }).click()
  // The session opens in main; Space means Start only once its run screen is here to hear it.
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  await page.clock.runFor(3_000)
  await expect(page.getByTestId('phase')).toHaveText('Get ready')
  await page.keyboard.press('Escape')
  await page.getByRole('alertdialog', { name: 'Stop this session?' }).waitFor()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Start Tabata' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeHidden()
  expect((await services.handlers['history:list']({ offset: 0, limit: 5 })).total).toBe(0)
  expect(existsSync(join(dataDir, 'journal.jsonl'))).toBe(false)
})
