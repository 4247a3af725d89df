// The screens in other words: the en-XA pseudo-locale (accented, 40% longer) through the builder, History
// and Settings at laptop and TV sizes, with no labelled text spilling out of its box; and a German pass
// through the builder and History that checks a few words gyms use.
import type { Page } from '@playwright/test'
import type { Circuit } from '@shared/model/circuit'
import { ENGLISH, type Messages, type Namespace } from '@shared/i18n/resources'
import { pseudoString } from '@shared/i18n/pseudo'
import { FIXTURE_CIRCUIT, makeSession } from '../fixtures/sessions'
import { storeSessions } from '../fixtures/storeSessions'
import type { Services } from '@main/services'
import { expect, test } from './harness/fixtures'
import { expectTidyLayout } from './harness/layout'

/** The sizes the issue names: a common laptop and a TV. */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const

const entry = (id: string, name: string, reps?: number) =>
  reps
    ? { id, name, mode: 'reps' as const, reps }
    : { id, name, mode: 'timed' as const, workSec: 30 }

/** Several blocks, one of each format, so every field and sentence of the editor shows. */
const FORMATS: Circuit = {
  ...FIXTURE_CIRCUIT,
  id: 'formats',
  name: 'Formats',
  blocks: [
    {
      id: 'i',
      name: 'Warm-up',
      rounds: 2,
      restBetweenRoundsSec: 30,
      exercises: [entry('w', 'Jumping jacks')],
    },
    {
      id: 'e',
      name: 'EMOM',
      rounds: 1,
      restBetweenRoundsSec: 0,
      format: { type: 'emom', windowSec: 60, windows: 10 },
      exercises: [entry('e1', 'Push-ups', 10), entry('e2', 'Kettlebell swings', 15)],
    },
    {
      id: 'a',
      name: 'AMRAP',
      rounds: 1,
      restBetweenRoundsSec: 0,
      format: { type: 'amrap', capSec: 600 },
      exercises: [entry('a1', 'Burpees', 8)],
    },
    {
      id: 'f',
      name: 'For Time',
      rounds: 3,
      restBetweenRoundsSec: 0,
      format: { type: 'forTime', capSec: 900 },
      exercises: [entry('f1', 'Pull-ups', 5)],
    },
  ],
}

/** An English string of a namespace as the pseudo-locale shows it, its placeholders filled in. */
function pseudo(ns: Namespace, key: string, values: Record<string, string> = {}): string {
  const english = key
    .split('.')
    .reduce<Messages | string>((m, k) => (m as Messages)[k]!, ENGLISH[ns])
  return Object.entries(values).reduce(
    (text, [name, value]) => text.replace(`{{${name}}}`, value),
    pseudoString(english as string)
  )
}

async function seed(services: Services) {
  await services.handlers['circuits:save'](FORMATS)
  for (let n = 0; n < 6; n++)
    await storeSessions(
      services,
      makeSession(n, {
        circuit: FIXTURE_CIRCUIT,
        startMs: Date.UTC(2026, 10, 20 - n, 7),
        offsetMinutes: 0,
        overrides: n === 2 ? { status: 'stopped' } : {},
      })
    )
}

async function expectTidy(page: Page, what: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await expectTidyLayout(page, what)
  }
}

test.describe('the pseudo-locale', () => {
  test.beforeEach(async ({ page, server, services, launch }) => {
    await seed(services)
    await launch()
    // The page reads ?pseudo once, as it starts: a test's (or a developer's) switch, never a user's.
    await page.goto(`${server.url}?pseudo`)
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' })
    await expect(page.getByRole('heading', { name: pseudo('builder', 'list.title') })).toBeVisible()
  })

  test('the builder: an editor of several blocks, and the library dialog', async ({ page }) => {
    await page
      .getByRole('button', { name: pseudo('builder', 'row.editLabel', { name: 'Formats' }) })
      .click()
    await expect(page.getByTestId('preview-formats')).toContainText('⟦')
    await expectTidy(page, 'the editor in pseudo-locale')
    await page
      .getByRole('button', { name: pseudo('builder', 'block.addExercise') })
      .first()
      .click()
    await expect(
      page.getByRole('dialog', { name: pseudo('builder', 'library.title') })
    ).toBeVisible()
    await expectTidy(page, 'the library dialog in pseudo-locale')
  })

  test('History: list, week, progress and a session', async ({ page }) => {
    await page.keyboard.press('Control+3')
    await expect(page.getByTestId('session-count')).toContainText('⟦')
    await expectTidy(page, 'the history list in pseudo-locale')
    await page.locator('#tab-week').click()
    await page.getByRole('button', { name: pseudo('history', 'week.previous') }).waitFor()
    await expectTidy(page, 'this week in pseudo-locale')
    await page.locator('#tab-progress').click()
    await expect(page.getByTestId('current-streak')).toContainText('⟦')
    await expectTidy(page, 'progress in pseudo-locale')
    await page.locator('#tab-list').click()
    await page.locator('.history-row').first().click()
    await expect(page.getByRole('dialog')).toContainText(pseudo('history', 'detail.runAgain'))
    await expectTidy(page, 'a session in pseudo-locale')
  })

  test('Settings', async ({ page }) => {
    await page.keyboard.press('Control+4')
    await expect(
      page.getByRole('heading', { name: pseudo('settings', 'page.title'), level: 1 })
    ).toBeVisible()
    await expectTidy(page, 'settings in pseudo-locale')
  })
})

test('a German pass through the builder and History', async ({ page, services, launch }) => {
  await seed(services)
  await services.handlers['settings:update']({ language: 'de' })
  await launch()
  await expect(page.getByRole('heading', { name: 'Zirkel', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Vorlagen' })).toBeVisible()
  await page.getByRole('button', { name: 'Formats bearbeiten' }).click()
  await expect(page.getByRole('group', { name: 'Zirkel' })).toBeVisible()
  // CLDR plurals and Intl lengths: "10 Fenster zu 1:00", "3 Runden auf Zeit".
  await expect(page.getByTestId('preview-formats')).toContainText(
    'Block 2: 10 Fenster zu 1:00, im Wechsel'
  )
  await expect(page.getByTestId('preview-formats')).toContainText('3 Runden auf Zeit (Limit 15:00)')
  await expect(page.getByLabel('Runden', { exact: true }).first()).toBeVisible()
  await page.getByRole('button', { name: 'Zurück zu den Zirkeln' }).click()

  await page.keyboard.press('Control+3')
  await expect(page.getByRole('heading', { name: 'Verlauf', level: 1 })).toBeVisible()
  await expect(page.getByTestId('session-count')).toHaveText('6 Einheiten')
  await expect(page.getByRole('tab', { name: 'Diese Woche' })).toBeVisible()
  await page.getByRole('tab', { name: 'Fortschritt' }).click()
  await expect(page.getByText('Aktuelle Serie')).toBeVisible()
})
