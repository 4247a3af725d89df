// The exercise library dialog from the keyboard: it keeps focus, Escape goes back, Enter adds, adding shows.
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

const entryNames = (page: Page) =>
  page
    .getByRole('list', { name: /Exercises in/ })
    .getByRole('textbox', { name: 'Exercise' })
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))

async function openLibrary(page: Page) {
  await page.getByRole('button', { name: 'New circuit' }).click()
  await page.getByRole('button', { name: 'Add exercise' }).click()
  const picker = page.getByRole('dialog', { name: 'Exercise library' })
  await expect(picker.getByRole('searchbox', { name: 'Search exercises' })).toBeFocused()
  return picker
}

test('focus stays in the dialog; Escape closes it and returns to Add exercise', async ({
  page,
  launch,
}) => {
  await launch()
  const picker = await openLibrary(page)
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab')
  expect(await picker.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+Tab')
  expect(await picker.evaluate((d) => d.contains(document.activeElement))).toBe(true)

  await page.keyboard.press('Escape')
  await expect(picker).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Add exercise' })).toBeFocused()
})

test('Enter in the search adds the first match, or the one the arrows highlight', async ({
  page,
  launch,
}, testInfo) => {
  await launch()
  const picker = await openLibrary(page)
  const search = picker.getByRole('searchbox', { name: 'Search exercises' })
  await search.fill('face')
  await search.press('Enter')
  await expect.poll(() => entryNames(page)).toEqual(['Face pulls'])

  await search.fill('row')
  const rows = picker.getByRole('list', { name: 'Exercises' }).getByRole('listitem')
  const second = (await rows.nth(1).locator('strong').textContent()) ?? ''
  await search.press('ArrowDown')
  await expect(search).toHaveAttribute(
    'aria-activedescendant',
    (await rows.nth(1).getAttribute('id'))!
  )
  await search.press('Enter')
  await expect.poll(() => entryNames(page)).toEqual(['Face pulls', second])
  await expect(picker).toBeVisible()
  await snap(page, testInfo, 'builder-library-dialog')
})

test('adding shows it was added, and the dialog keeps its height as you type', async ({
  page,
  launch,
}) => {
  await launch()
  const picker = await openLibrary(page)
  const search = picker.getByRole('searchbox', { name: 'Search exercises' })
  // The card itself (the old dialog role sat on a full-window overlay around it).
  const height = async () => (await page.locator('.library').boundingBox())!.height
  const before = await height()
  await search.fill('face pulls')
  expect(await height()).toBe(before)
  await search.fill('nothing at all like it')
  expect(await height()).toBe(before)

  await search.fill('face')
  const add = picker.getByRole('button', { name: 'Add Face pulls' })
  await add.click()
  await expect(add).toHaveText('✓ Added')
  await expect(picker.getByRole('status')).toHaveText('Added Face pulls.')
  await add.click()
  await expect(add).toHaveText('✓ Added ×2')
  await expect(picker.getByRole('status')).toHaveText('Added Face pulls, 2 times now.')
  // Hide is there, but quiet: not a full-weight button beside Add.
  await expect(picker.getByRole('button', { name: 'Hide Face pulls' })).toHaveClass(/button--quiet/)
})
