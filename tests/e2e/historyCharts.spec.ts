// History's calendar and charts say what they show: month names over the year's weeks, one labelled y-axis
// per chart, and days written as everywhere else in History (never ISO dates).
import { FIXTURE_CIRCUIT, makeSession } from '../fixtures/sessions'
import { storeSessions } from '../fixtures/storeSessions'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

const NOW = new Date(2026, 10, 21, 12, 0)

test('month labels, one labelled y-axis per chart, no ISO dates', async ({
  page,
  launch,
  services,
}, testInfo) => {
  for (let n = 0; n < 6; n++) {
    const day = new Date(2026, 10, 21 - n * 9, 7, 30)
    const loads = [
      { entryId: 'rows', exerciseName: 'Bent-over rows', value: 40 + n, unit: 'kg' as const },
    ]
    await storeSessions(
      services,
      makeSession(n, {
        circuit: FIXTURE_CIRCUIT,
        startMs: day.getTime(),
        offsetMinutes: -day.getTimezoneOffset(),
        overrides: { loads },
      })
    )
  }
  await page.clock.install({ time: NOW })
  await launch()
  await page.keyboard.press('Control+3')
  await page.getByRole('tab', { name: 'Calendar' }).click()
  const months = page.locator('.heatmap__months span').filter({ hasText: /\S/ })
  await expect(months).toHaveCount(13) // 53 weeks: Nov last year to Nov this year
  await expect(months.last()).toHaveText('Nov')
  await snap(page, testInfo, 'history-calendar')

  await page.getByRole('tab', { name: 'Progress' }).click()
  const charts = page.locator('.recharts-wrapper')
  await expect(charts).toHaveCount(3)
  for (const [i, label] of ['Sessions', 'Minutes', 'kg'].entries()) {
    await expect(charts.nth(i).locator('.recharts-yAxis')).toHaveCount(1)
    await expect(charts.nth(i).locator('.recharts-label')).toHaveText(label)
  }
  const ticks = await page
    .locator('.recharts-xAxis .recharts-cartesian-axis-tick')
    .allTextContents()
  expect(ticks.length).toBeGreaterThan(0)
  expect(ticks.filter((t) => /\d{4}-\d{2}-\d{2}/.test(t))).toEqual([])
  await snap(page, testInfo, 'history-progress')
  await page.emulateMedia({ colorScheme: 'dark' })
  await snap(page, testInfo, 'history-progress-dark')
})

test('the calendar is one tab stop; arrows move by day and week, Enter lists the day', async ({
  page,
  launch,
  services,
}) => {
  const day = new Date(2026, 10, 14, 7, 30)
  await storeSessions(
    services,
    makeSession(0, {
      circuit: FIXTURE_CIRCUIT,
      startMs: day.getTime(),
      offsetMinutes: -day.getTimezoneOffset(),
    })
  )
  await page.clock.install({ time: NOW })
  await launch()
  await page.keyboard.press('Control+3')
  await page.getByRole('tab', { name: 'Calendar' }).click()
  const days = page.getByRole('grid', { name: 'Training days by week' }).getByRole('button')
  // Many days, and only today is in the tab order.
  expect(await days.count()).toBeGreaterThan(300)
  await expect(page.locator('.heatmap button[tabindex="0"]')).toHaveCount(1)
  await page.locator('.heatmap button[tabindex="0"]').focus()
  await expect(page.locator(':focus')).toHaveAttribute('data-day', '2026-11-21')
  await page.keyboard.press('ArrowLeft')
  await expect(page.locator(':focus')).toHaveAttribute('data-day', '2026-11-14')
  await page.keyboard.press('ArrowUp')
  await expect(page.locator(':focus')).toHaveAttribute('data-day', '2026-11-13')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await expect(page.locator(':focus')).toHaveAttribute('data-day', '2026-11-21')
  await page.keyboard.press('ArrowRight') // today is the last day shown: it stays
  await expect(page.locator(':focus')).toHaveAttribute('data-day', '2026-11-21')
  await page.keyboard.press('ArrowLeft')
  await expect(page.locator('.heatmap button[tabindex="0"]')).toHaveAttribute(
    'data-day',
    '2026-11-14'
  )
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('From')).toHaveValue('2026-11-14')
  await expect(page.getByRole('button', { name: /Metabolic back circuit/ })).toHaveCount(1)
})
