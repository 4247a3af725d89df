// A new user's first screen: a welcome that says what to do, presets started where they are seen, no search
// box with nothing to search, and "Use preset" never making a second copy unasked.
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

test('a welcome says what to do, and goes when dismissed', async ({ page, launch }, testInfo) => {
  await launch()
  const welcome = page.getByRole('region', { name: 'Welcome to Cadence' })
  await expect(welcome).toContainText('Pick a preset below and press Start')
  await expect(page.getByRole('searchbox')).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Your circuits' })).toHaveCount(0)
  await snap(page, testInfo, 'circuits-first-start')
  await page.emulateMedia({ colorScheme: 'dark' })
  await snap(page, testInfo, 'circuits-first-start-dark')
  await welcome.getByRole('button', { name: 'Got it' }).click()
  await expect(welcome).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Presets' })).toBeVisible()
  await expect(welcome).toHaveCount(0)
})

test('a preset starts from the Circuits list, copying nothing', async ({
  page,
  launch,
  services,
}) => {
  await launch()
  await page.getByRole('button', { name: 'Start preset Tabata' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  expect(await services.handlers['circuits:list'](undefined)).toEqual([])
})

test('"Use preset" copies once; then it offers the copy', async ({
  page,
  launch,
  services,
}, testInfo) => {
  await launch()
  await page.getByRole('button', { name: 'Use preset Tabata' }).click()
  await expect(page.getByRole('list', { name: 'Your circuits' })).toContainText('Tabata')
  await expect(page.getByRole('button', { name: 'Use preset Tabata' })).toHaveCount(0)
  await expect(page.getByRole('searchbox', { name: 'Search circuits by name' })).toBeVisible()
  await snap(page, testInfo, 'circuits-with-one')
  await page.emulateMedia({ colorScheme: 'dark' })
  await snap(page, testInfo, 'circuits-with-one-dark')
  await page.getByRole('button', { name: 'Edit your copy of Tabata' }).click()
  await expect(page.getByRole('textbox', { name: 'Name' }).first()).toHaveValue('Tabata')
  expect(await services.handlers['circuits:list'](undefined)).toHaveLength(1)
})
