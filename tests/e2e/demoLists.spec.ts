// Demos in the lists: each move in the library dialog shows its key pose, still (no animations for a list
// of 43), and plays while its row is hovered; the builder's exercise row plays its move on focus.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

const running = (page: Page) =>
  page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length)

const thumb = (row: Locator, id: string) => row.locator(`.demo-thumb [data-demo="${id}"]`)

test('the library shows every move’s key pose, and a hovered row plays it', async ({
  page,
  launch,
}, testInfo) => {
  await launch()
  await page.getByRole('button', { name: 'New circuit' }).click()
  await page.getByRole('button', { name: 'Add exercise' }).click()
  const picker = page.getByRole('dialog', { name: 'Exercise library' })
  const row = picker.getByRole('listitem').filter({ hasText: 'Bird-dog' })
  await expect(thumb(row, 'bird-dog')).toHaveAttribute('data-demo-state', 'pose')
  expect(await picker.locator('.demo-thumb svg').count()).toBeGreaterThan(30)
  expect(await running(page)).toBe(0)
  await snap(page, testInfo, 'library-demos')

  await row.hover()
  await expect(thumb(row, 'bird-dog')).toHaveAttribute('data-demo-state', 'playing')
  expect(await running(page)).toBeGreaterThan(0)
  await picker.getByRole('searchbox', { name: 'Search exercises' }).hover()
  await expect(thumb(row, 'bird-dog')).toHaveAttribute('data-demo-state', 'pose')
})

test('the builder’s exercise row plays its move while it holds the focus', async ({
  page,
  launch,
}) => {
  await launch()
  await page.getByRole('button', { name: 'New circuit' }).click()
  await page.getByRole('button', { name: 'Add exercise' }).click()
  const picker = page.getByRole('dialog', { name: 'Exercise library' })
  await picker.getByRole('button', { name: 'Add Bird-dog' }).click()
  await page.keyboard.press('Escape')
  const entry = page
    .getByRole('list', { name: /Exercises in/ })
    .getByRole('listitem')
    .first()
  await expect(thumb(entry, 'bird-dog')).toHaveAttribute('data-demo-state', 'pose')
  await entry.getByRole('textbox', { name: 'Exercise' }).focus()
  await expect(thumb(entry, 'bird-dog')).toHaveAttribute('data-demo-state', 'playing')
  await page.getByRole('button', { name: 'Add block' }).focus()
  await expect(thumb(entry, 'bird-dog')).toHaveAttribute('data-demo-state', 'pose')
  await entry.getByRole('button', { name: 'Remove Bird-dogs' }).focus()
  await expect(thumb(entry, 'bird-dog')).toHaveAttribute('data-demo-state', 'playing')
})
