// History for keyboard users and first-timers: the tabs answer the arrow keys (WAI-ARIA tabs), a session's
// detail opens on a summary and Escape gives focus back to the row that opened it; an empty History says so.
import { FIXTURE_CIRCUIT, makeSession } from '../fixtures/sessions'
import { storeSessions } from '../fixtures/storeSessions'
import { expect, test } from './harness/fixtures'

test('an empty History says so, with nothing to export', async ({ page, launch }) => {
  await launch()
  await page.keyboard.press('Control+3')
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Export/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Import JSON…' })).toBeEnabled()
  await expect(page.getByRole('tab')).toHaveCount(0)
  await expect(page.getByText('No sessions match')).toHaveCount(0)
})

test('the tabs move with the arrow keys, Home and End', async ({ page, launch, services }) => {
  await storeSessions(services, makeSession(0, { circuit: FIXTURE_CIRCUIT }))
  await launch()
  await page.keyboard.press('Control+3')
  const tab = (name: string) => page.getByRole('tab', { name })
  await tab('Sessions').focus()
  await expect(tab('Calendar')).toHaveAttribute('tabindex', '-1') // one Tab stop for the whole list
  for (const [key, name] of [
    ['ArrowRight', 'Calendar'],
    ['ArrowRight', 'This week'],
    ['End', 'Progress'],
    ['ArrowRight', 'Sessions'],
    ['ArrowLeft', 'Progress'],
    ['Home', 'Sessions'],
  ] as const) {
    await page.keyboard.press(key)
    await expect(tab(name), `${key} shows ${name}`).toBeFocused()
    await expect(tab(name)).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('tabpanel', { name })).toBeVisible()
  }
})

test('a session opens on a summary, and Escape returns focus to its row', async ({
  page,
  launch,
  services,
}) => {
  for (let n = 0; n < 3; n++)
    await storeSessions(
      services,
      makeSession(n, { circuit: FIXTURE_CIRCUIT, startMs: Date.UTC(2026, 10, 20 - n, 7) })
    )
  await launch()
  await page.keyboard.press('Control+3')
  const row = page.getByRole('list', { name: 'Sessions list' }).getByRole('button').nth(1)
  await row.focus()
  await page.keyboard.press('Enter')
  const detail = page.getByRole('dialog', { name: FIXTURE_CIRCUIT.name })
  await expect(detail.getByText('Active')).toBeVisible()
  await expect(detail.getByRole('table')).toBeHidden() // the 24 steps wait behind a disclosure
  await detail.getByText(/^Every step/).click()
  await expect(detail.getByRole('table')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(detail).toBeHidden()
  await expect(row).toBeFocused()
})
