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

const T0 = new Date('2026-11-21T07:00:00Z')
/** Time moves only when the test says so: no real seconds leak into the session. */
async function launchOnPausedClock(page: Page, launch: () => Promise<Page>) {
  await page.clock.install({ time: T0 })
  await launch()
  // Far enough ahead that a slow launch has not passed it yet; nothing runs before Start, so the jump is harmless.
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
}

/** The digits are painted on animation frames, which run only as the clock advances: move one frame on. */
async function expectDigits(page: Page, text: string) {
  await page.clock.runFor(20)
  await expect(digits(page)).toHaveText(text)
}

test('runs the Tabata preset start to finish and saves it to history', async ({
  page,
  launch,
  services,
  dataDir,
}, testInfo) => {
  await launchOnPausedClock(page, launch)
  await openPreset(page, 'Tabata')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('phase')).toHaveText('Get ready')
  await expectDigits(page, '0:10')
  await expect(page.getByTestId('exercise')).toHaveText('First: Kettlebell swings')
  await expect(page.getByTestId('next')).toHaveText('20 sec of work')

  await page.clock.runFor(10_000)
  await expect(digits(page)).toHaveAttribute('data-phase', 'work')
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect(page.getByTestId('exercise')).toHaveText('Kettlebell swings')
  await expect(page.getByTestId('where')).toHaveText('Round 1/8 · Exercise 1/1')
  await expectDigits(page, '0:20')
  await page.clock.runFor(5_500)
  await expectDigits(page, '0:15')
  await snap(page, testInfo, 'run-work')

  await page.clock.runFor(14_500)
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await expect(page.getByTestId('exercise')).toHaveText('Up next: Kettlebell swings')
  await expectDigits(page, '0:10')
  await expect(page.getByTestId('next')).toHaveText('20 sec of work')
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
  expect(session).toMatchObject({
    status: 'completed',
    roundsCompleted: 8,
    circuit: { name: 'Tabata' },
  })
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
  await page.getByText('Log the weight or band you used (optional)').click()
  await page.getByLabel('Kettlebell swings', { exact: true }).fill('16')
  await page.getByRole('button', { name: 'Save rating and note' }).click()
  await expect(page.getByRole('button', { name: 'Rating saved' })).toBeVisible()
  expect(await services.handlers['history:get']({ id: session.id })).toMatchObject({
    rpe: 8,
    note: 'Swings felt heavy',
  })
})

test('every control works by keyboard and by button; stopping asks first', async ({
  page,
  launch,
  services,
}, testInfo) => {
  await launchOnPausedClock(page, launch)
  await openPreset(page, 'Metabolic back circuit')
  await page.keyboard.press('Space')
  await page.clock.runFor(12_000)
  await expect(page.getByTestId('exercise')).toHaveText('Bent-over barbell rows')
  await expectDigits(page, '0:38')

  await page.keyboard.press('Space')
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect(page.getByTestId('paused')).toBeVisible()
  await page.clock.runFor(5_000)
  await expectDigits(page, '0:38')
  await page.mouse.move(10, 10)
  await snap(page, testInfo, 'run-paused')
  await page.getByRole('button', { name: 'Resume' }).click()
  await page.clock.runFor(1_000)
  await expectDigits(page, '0:37')

  await page.keyboard.press('ArrowUp')
  await expectDigits(page, '0:47')
  await page.getByRole('button', { name: 'Take off 10 seconds' }).click()
  await expectDigits(page, '0:37')
  await page.getByRole('button', { name: 'Add 10 seconds' }).click()
  await expectDigits(page, '0:47')
  await page.keyboard.press('ArrowDown')
  await expectDigits(page, '0:37')

  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await expectDigits(page, '0:20')
  await page.getByRole('button', { name: 'Next step' }).click()
  await expect(page.getByTestId('exercise')).toHaveText('Face pulls')
  await page.keyboard.press('ArrowLeft') // within 2 s: back to the rest
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await page.clock.runFor(3_000)
  await expectDigits(page, '0:17')
  await page.getByRole('button', { name: 'Previous step' }).click() // after 2 s: restart it
  await expectDigits(page, '0:20')

  await page.keyboard.press('Escape')
  const dialog = page.getByRole('alertdialog', { name: 'Stop this session?' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await page.getByRole('button', { name: 'Stop', exact: true }).click()
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible()

  const [summary] = (await services.handlers['history:list']({ offset: 0, limit: 5 })).items
  const session = await services.handlers['history:get']({ id: summary!.id })
  expect(session.status).toBe('stopped')
  expect(session.steps.map((s) => [s.label, s.outcome])).toEqual([
    ['Get ready', 'completed'],
    ['Bent-over barbell rows', 'skipped'],
    ['Rest', 'skipped'],
    ['Face pulls', 'rewound'],
    ['Rest', 'restarted'],
    ['Rest', 'stopped'],
  ])
  // Fast-forwarded time plus the 20 ms frames the digit checks advance.
  expect(session.steps[1]!.addedMs).toBe(0)
  expect(session.steps[1]!.pausedMs).toBe(5_020)
  expect(session.steps[1]!.actualMs).toBeGreaterThanOrEqual(3_000)
  expect(session.steps[1]!.actualMs).toBeLessThan(3_200)
})

test('rep steps count up and wait for Done, by Enter or by the big button', async ({
  page,
  launch,
  services,
}, testInfo) => {
  await launchOnPausedClock(page, launch)
  await openPreset(page, 'AMRAP 15')
  await page.keyboard.press('Space')
  await page.clock.runFor(10_000)
  await expect(page.getByTestId('exercise')).toHaveText('Push-ups')
  await expect(page.getByTestId('cue')).toContainText('10 reps')
  // An AMRAP's rep steps show the time left under its 15-minute cap.
  await expectDigits(page, '15:00')
  await page.clock.runFor(25_000)
  await expectDigits(page, '14:35')
  // With rep steps the length is unknown, so the corner counts time spent (AMRAP's 15 minutes).
  await expect(page.getByText('Elapsed')).toBeVisible()
  await expect(page.getByTestId('total-left')).toHaveText('0:35')
  await page.mouse.move(20, 20)
  await snap(page, testInfo, 'run-manual')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('exercise')).toHaveText('Kettlebell swings')
  await page.clock.runFor(40_000)
  await page.getByRole('button', { name: 'Done', exact: true }).click()
  await expect(page.getByTestId('exercise')).toHaveText('Bird-dogs')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible()
  const [summary] = (await services.handlers['history:list']({ offset: 0, limit: 5 })).items
  const session = await services.handlers['history:get']({ id: summary!.id })
  expect(session.steps.slice(1, 3).map((s) => [s.label, s.plannedMs, s.outcome])).toEqual([
    ['Push-ups', null, 'completed'],
    ['Kettlebell swings', null, 'completed'],
  ])
  // What was fast-forwarded, plus the few 20 ms frames the checks advance.
  expect(session.steps[1]!.actualMs).toBeGreaterThanOrEqual(25_000)
  expect(session.steps[1]!.actualMs).toBeLessThan(25_200)
  expect(session.steps[2]!.actualMs).toBe(40_000)
  expect(session.roundsCompleted).toBe(1)
})

test('shortcuts overlay lists the keys; fullscreen and system sleep reach the session', async ({
  page,
  launch,
  platform,
}) => {
  await launchOnPausedClock(page, launch)
  await openPreset(page, 'Tabata')
  await page.keyboard.press('Space')
  await page.keyboard.press('?')
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(overlay).toContainText('Take off 10 seconds')
  await page.keyboard.press('Escape')
  await expect(overlay).toHaveCount(0)
  await page.keyboard.press('f')
  await expect.poll(() => platform.fullscreen).toBe(true)
  await page.keyboard.press('f')
  await expect.poll(() => platform.fullscreen).toBe(false)
  expect(platform.awakeCalls[0]).toBe(true)
  const { pushSystemEvent } = await import('./harness/bridge')
  await pushSystemEvent(page, { type: 'suspend' })
  await expect(page.getByTestId('phase')).toHaveText('Get ready')
  await expect(page.getByTestId('paused')).toBeVisible()
})
