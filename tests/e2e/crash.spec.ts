// A crash in the middle of a step (the page goes away, main's services reopen on the same folder), then
// each answer to the prompt: Resume, Save as stopped, Discard; checked against what is on disk.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

const T0 = new Date('2026-11-21T07:00:00Z')

async function crashMidStep(
  page: Page,
  launch: (o?: { freshServices?: boolean }) => Promise<Page>
) {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Metabolic back circuit' }).click()
  // The session opens in main: its first frame puts the run screen up, ready.
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  await page.clock.runFor(75_000) // prepare, rows, rest, and 25 s into face pulls
  await expect(page.getByTestId('exercise')).toHaveText('Face pulls')
  await page.clock.runFor(100)
  // The app dies here: a new page load on fresh services reading the same data folder.
  await launch({ freshServices: true })
  const prompt = page.getByRole('alertdialog', { name: 'Your last session was interrupted' })
  await expect(prompt).toContainText('stopped after 3 steps')
  return prompt
}

const history = (page: Page) =>
  page.evaluate(async () => {
    const list = await window.api.listHistory({ offset: 0, limit: 10 })
    if (!list.ok) throw new Error(list.error.message)
    return Promise.all(
      list.value.items.map(async (item) => {
        const got = await window.api.getSession({ id: item.id })
        if (!got.ok) throw new Error(got.error.message)
        return got.value
      })
    )
  })

test('Resume brings the session back paused at the step it was in, and it ends as one session', async ({
  page,
  launch,
  dataDir,
}, testInfo) => {
  const prompt = await crashMidStep(page, launch)
  await snap(page, testInfo, 'recovery-prompt')
  await prompt.getByRole('button', { name: 'Resume' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect(page.getByTestId('paused')).toBeVisible()
  await expect(page.getByTestId('exercise')).toHaveText('Face pulls')
  // The step starts again from the top.
  await expect(page.getByRole('timer')).toHaveText('0:40')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('phase')).toHaveText('Work')
  for (let i = 0; i < 30; i++) {
    if (await page.getByRole('heading', { name: 'Workout complete' }).isVisible()) break
    await page.clock.runFor(60_000)
  }
  await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeVisible()

  const sessions = await history(page)
  expect(sessions).toHaveLength(1)
  const [session] = sessions
  expect(session!.status).toBe('completed')
  const outcomes = session!.steps.map((s) => `${s.label}:${s.outcome}`)
  expect(outcomes.slice(0, 5)).toEqual([
    'Get ready:completed',
    'Bent-over barbell rows:completed',
    'Rest:completed',
    'Face pulls:interrupted',
    'Face pulls:completed',
  ])
  expect(session!.steps.filter((s) => s.outcome === 'interrupted')).toHaveLength(1)
  expect(existsSync(join(dataDir, 'journal.jsonl'))).toBe(false)
})

test('Save as stopped keeps the steps done before the crash', async ({ page, launch, dataDir }) => {
  const prompt = await crashMidStep(page, launch)
  await prompt.getByRole('button', { name: 'Save as stopped' }).click()
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Saved “Metabolic back circuit” to your history as a stopped session.' })
  ).toBeVisible()
  const sessions = await history(page)
  expect(sessions).toHaveLength(1)
  expect(sessions[0]!.status).toBe('stopped')
  expect(sessions[0]!.steps.map((s) => s.label)).toEqual([
    'Get ready',
    'Bent-over barbell rows',
    'Rest',
  ])
  expect(existsSync(join(dataDir, 'journal.jsonl'))).toBe(false)
})

test('Discard leaves history empty and the journal gone', async ({ page, launch, dataDir }) => {
  const prompt = await crashMidStep(page, launch)
  await prompt.getByRole('button', { name: 'Discard' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Discarded the interrupted session.' })
  ).toBeVisible()
  expect(await history(page)).toEqual([])
  expect(existsSync(join(dataDir, 'journal.jsonl'))).toBe(false)
})
