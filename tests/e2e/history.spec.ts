// History views on a seeded history: list, filters, detail, delete and undo, calendar, week, progress, export.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Category, Circuit } from '@shared/model/circuit'
import { isoWithOffset } from '@shared/model/time'
import type { Services } from '@main/services'
import { FIXTURE_CIRCUIT, makeSession } from '../fixtures/sessions'
import { storeSessions } from '../fixtures/storeSessions'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'
import { readJson } from '../fixtures/readJson'

const circuitFor = (category: Category, name: string): Circuit => ({
  ...FIXTURE_CIRCUIT,
  id: `c-${category}`,
  name,
  category,
})
const CIRCUITS = [
  circuitFor('strength', 'Lower back and glutes'),
  circuitFor('hiit', 'Metabolic back circuit'),
  circuitFor('cardio', 'Brisk walk'),
  circuitFor('mobility', 'Recovery stretch'),
]

/** "Today" in these tests: a Saturday, the last day of a week that starts on Sunday (en-US). */
const NOW = new Date(2026, 10, 21, 12, 0)

/**
 * 40 sessions, one a day going back from NOW at 07:30 local time, their kinds in turn strength, HIIT,
 * cardio, mobility; every fifth one stopped early. Worked out by hand, with a plan of one of each a week:
 * weeks starting Oct 11, Oct 18, Nov 1, Nov 8 and Nov 15 meet it; Oct 25 does not (its only strength
 * session was stopped). So the current streak is 3 weeks and the longest 3; this week has strength 1,
 * HIIT 2, cardio 2, mobility 1; the last 12 weeks hold all 40 sessions of 14 minutes each (560).
 */
async function seed(services: Pick<Services, 'history'>) {
  const now = NOW
  for (let n = 0; n < 40; n++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - n, 7, 30)
    const session = makeSession(n, {
      circuit: CIRCUITS[n % 4]!,
      startMs: day.getTime(),
      offsetMinutes: -day.getTimezoneOffset(),
      overrides: n % 5 === 4 ? { status: 'stopped' } : {},
    })
    await storeSessions(services, session)
  }
  return isoWithOffset(now.getTime(), -now.getTimezoneOffset()).slice(0, 10)
}

test('list, filter, detail, delete with undo, calendar, week and progress', async ({
  page,
  launch,
  services,
}, testInfo) => {
  const today = await seed(services)
  await services.handlers['settings:update']({
    weeklyPlan: { strength: 1, hiit: 1, cardio: 1, mobility: 1 },
  })
  await page.clock.install({ time: NOW })
  await launch()
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('session-count')).toHaveText('40 sessions')
  await snap(page, testInfo, 'history-list')

  await page.getByLabel('Circuit', { exact: true }).selectOption({ label: 'Brisk walk' })
  await expect(page.getByTestId('session-count')).toHaveText('10 sessions')
  await page.getByLabel('Status', { exact: true }).selectOption('stopped')
  await expect(page.getByTestId('session-count')).toHaveText('2 sessions')
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByTestId('session-count')).toHaveText('40 sessions')

  await page.getByRole('list', { name: 'Sessions list' }).getByRole('button').first().click()
  const detail = page.getByRole('dialog', { name: 'Lower back and glutes' })
  await expect(detail).toContainText('Completed')
  await detail.getByText(/^Every step/).click()
  await expect(detail.getByRole('table')).toContainText('Bent-over rows')
  await snap(page, testInfo, 'history-detail')
  await detail.getByRole('button', { name: 'Delete session' }).click()
  await expect(page.getByTestId('session-count')).toHaveText('39 sessions')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('session-count')).toHaveText('40 sessions')

  await page.getByRole('tab', { name: 'Calendar' }).click()
  await expect(page.getByRole('heading', { name: /training days/ })).toContainText(
    '40 training days'
  )
  await snap(page, testInfo, 'history-calendar')
  await page
    .getByRole('button', { name: new RegExp(`: 1 session, \\d+ minutes$`) })
    .last()
    .click()
  await expect(page.getByRole('tab', { name: 'Sessions' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('session-count')).toHaveText('1 session')
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(today)

  await page.getByRole('tab', { name: 'This week' }).click()
  await expect(page.getByRole('heading', { name: /This week/ })).toContainText('plan met')
  for (const [name, text] of [
    ['Strength', '1 of 1'],
    ['HIIT', '2 of 1'],
    ['Cardio', '2 of 1'],
    ['Mobility', '1 of 1'],
  ]) {
    await expect(page.getByRole('meter', { name })).toHaveAttribute('aria-valuetext', text!)
  }
  await snap(page, testInfo, 'history-week')
  await page.getByRole('button', { name: 'Previous week' }).click()
  await expect(page.getByRole('heading', { name: /Week of/ })).toBeVisible()

  await page.getByRole('tab', { name: 'Progress' }).click()
  await expect(page.getByTestId('current-streak')).toHaveText('3 weeks')
  await expect(page.getByTestId('longest-streak')).toHaveText('3 weeks')
  await expect(page.getByTestId('sessions-12-weeks')).toHaveText('40')
  await expect(page.getByTestId('minutes-12-weeks')).toHaveText('560')
  await expect(page.locator('.recharts-surface').first()).toBeVisible()
  await snap(page, testInfo, 'history-progress')
})

test('exports CSV and JSON through the save dialog; the JSON re-imports with duplicates skipped', async ({
  page,
  launch,
  services,
  platform,
  dataDir,
}) => {
  await seed(services)
  await launch()
  await page.keyboard.press('Control+3')
  platform.nextSavePath = join(dataDir, 'history.csv')
  await page.getByRole('button', { name: 'Export CSV', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Exported 40 sessions' })).toBeVisible()
  const csv = readFileSync(join(dataDir, 'history.csv'), 'utf8').trim().split('\r\n')
  expect(csv).toHaveLength(41)
  expect(csv[0]).toMatch(/^session_id,started_at,/)
  expect(csv.join('\n')).toContain('"Felt strong, ""heavier"" rows next time, ok?"')

  platform.nextSavePath = join(dataDir, 'history-export.json')
  await page.getByRole('button', { name: 'Export JSON' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'history-export.json' })).toBeVisible()
  const json = readJson<{ sessions: unknown[] }>(join(dataDir, 'history-export.json'))
  expect(json).toMatchObject({ format: 'cadence-history', version: 1 })
  expect(json.sessions).toHaveLength(40)

  platform.nextOpenPath = join(dataDir, 'history-export.json')
  await page.getByRole('button', { name: 'Import JSON…' }).click()
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Imported 0 sessions; 40 already in your history were skipped.' })
  ).toBeVisible()
})
