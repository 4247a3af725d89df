// History read in the background after start: the History page shows how far it has got, then the list.
import { expect, test } from './harness/fixtures'
import { pushSystemEvent } from './harness/bridge'

test('the History page shows the background read of history, and hides it once loaded', async ({
  launch,
}) => {
  const page = await launch()
  await pushSystemEvent(page, { type: 'menu', command: 'navigate:history' })
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible()
  const loading = page.getByTestId('history-loading')
  await expect(loading).toHaveCount(0)
  await pushSystemEvent(page, { type: 'progress', task: 'history', done: 50, total: 200 })
  await expect(loading).toContainText('Reading your history… 25%')
  // An export's progress is not history's.
  await pushSystemEvent(page, { type: 'progress', task: 'export', done: 1, total: 2 })
  await expect(loading).toContainText('25%')
  await pushSystemEvent(page, { type: 'notices' })
  await expect(loading).toHaveCount(0)
})
