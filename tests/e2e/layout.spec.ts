// Every screen, at laptop and TV widths: no two controls overlap and no label spills out of its box.
import type { Page } from '@playwright/test'
import type { Block, Circuit } from '@shared/model/circuit'
import { FIXTURE_CIRCUIT, makeSession } from '../fixtures/sessions'
import { storeSessions } from '../fixtures/storeSessions'
import { expect, test } from './harness/fixtures'
import { expectTidyAtEverySize } from './harness/layout'
import { snap } from './harness/screenshots'

const FOUR_MOVES: Circuit = {
  ...FIXTURE_CIRCUIT,
  id: 'four-moves',
  name: 'Four moves with a long name to see that it fits',
  blocks: [
    {
      ...FIXTURE_CIRCUIT.blocks[0]!,
      exercises: [
        ...FIXTURE_CIRCUIT.blocks[0]!.exercises,
        {
          id: 'swings',
          name: 'Single-arm kettlebell swings',
          mode: 'timed',
          sides: true,
          switchSec: 5,
          notes: 'Hinge, do not squat',
        },
      ],
    },
  ],
}

const entry = (id: string, name: string, reps?: number) =>
  reps
    ? { id, name, mode: 'reps' as const, reps }
    : { id, name, mode: 'timed' as const, workSec: 30 }

const FORMAT_BLOCKS: Block[] = [
  {
    id: 'warm',
    name: 'Warm-up',
    rounds: 2,
    restBetweenRoundsSec: 30,
    exercises: [entry('w1', 'Jumping jacks')],
  },
  {
    id: 'emom',
    name: 'EMOM',
    rounds: 1,
    restBetweenRoundsSec: 0,
    format: { type: 'emom', windowSec: 60, windows: 10 },
    exercises: [entry('e1', 'Push-ups', 10), entry('e2', 'Kettlebell swings', 15)],
  },
  {
    id: 'amrap',
    name: 'AMRAP',
    rounds: 1,
    restBetweenRoundsSec: 0,
    format: { type: 'amrap', capSec: 600 },
    exercises: [entry('a1', 'Burpees', 8), entry('a2', 'Air squats', 20)],
  },
  {
    id: 'for-time',
    name: 'For Time',
    rounds: 3,
    restBetweenRoundsSec: 0,
    format: { type: 'forTime', capSec: 900 },
    exercises: [entry('f1', 'Pull-ups', 5)],
  },
]
const SEVERAL_BLOCKS: Circuit = {
  ...FIXTURE_CIRCUIT,
  id: 'formats',
  name: 'Formats',
  blocks: FORMAT_BLOCKS,
}

async function openEditor(page: Page, name: string) {
  await page.keyboard.press('Control+1')
  await page.getByRole('button', { name: `Edit ${name}` }).click()
  await expect(page.getByRole('heading', { name: `Edit ${name}` })).toBeVisible()
}

test.describe('layout', () => {
  test.beforeEach(async ({ services, launch }) => {
    await services.handlers['circuits:save'](FOUR_MOVES)
    await services.handlers['circuits:save'](SEVERAL_BLOCKS)
    await launch()
  })

  test('a new circuit in the editor', async ({ page }, testInfo) => {
    await page.getByRole('button', { name: 'New circuit' }).click()
    await expectTidyAtEverySize(page, 'a new circuit')
    await snap(page, testInfo, 'builder-new-circuit')
  })

  test('the editor with one block of four exercises', async ({ page }, testInfo) => {
    await openEditor(page, FOUR_MOVES.name)
    await expectTidyAtEverySize(page, 'one block')
    await snap(page, testInfo, 'builder-four-exercises')
  })

  test('the editor with several blocks: intervals, EMOM, AMRAP and For Time', async ({
    page,
  }, testInfo) => {
    await openEditor(page, 'Formats')
    await expectTidyAtEverySize(page, 'several blocks')
    await snap(page, testInfo, 'builder-several-blocks')
  })

  test('the editor with problems shown beside their fields', async ({ page }) => {
    await openEditor(page, FOUR_MOVES.name)
    await page.getByLabel('Name', { exact: true }).fill('')
    await page.getByLabel('Rounds', { exact: true }).fill('')
    await expectTidyAtEverySize(page, 'an invalid circuit')
  })

  test('the library dialog', async ({ page }) => {
    await page.getByRole('button', { name: 'New circuit' }).click()
    await page.getByRole('button', { name: 'Add exercise' }).click()
    await expect(page.getByRole('dialog', { name: 'Exercise library' })).toBeVisible()
    await expectTidyAtEverySize(page, 'the library dialog')
    await page.getByRole('button', { name: 'New exercise…' }).click()
    await expectTidyAtEverySize(page, 'the library dialog with its form open')
  })

  test('the circuits list', async ({ page }) => {
    await expect(page.getByRole('button', { name: 'Edit Formats' })).toBeVisible()
    await expectTidyAtEverySize(page, 'the circuits list')
  })

  test('history', async ({ page, services }) => {
    for (let n = 0; n < 5; n++)
      await storeSessions(
        services,
        makeSession(n, {
          circuit: FIXTURE_CIRCUIT,
          startMs: Date.UTC(2026, 10, 20 - n, 7),
          offsetMinutes: 0,
        })
      )
    await page.keyboard.press('Control+3')
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible()
    await expectTidyAtEverySize(page, 'history')
  })

  test('settings', async ({ page }) => {
    await page.keyboard.press('Control+4')
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await expectTidyAtEverySize(page, 'settings')
  })

  test('the run screen, ready to start', async ({ page }) => {
    await page.getByRole('button', { name: `Start ${FOUR_MOVES.name}` }).click()
    await expect(page.getByTestId('phase')).toHaveText('Ready')
    await expectTidyAtEverySize(page, 'the run screen')
  })
})
