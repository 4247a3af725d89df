// The editor as a new user meets it: quiet until touched, problems in words, a preview that keeps showing
// what it can, undo for removals, Ctrl+S and Ctrl+Z, and the actions that stay in reach.
import type { Page } from '@playwright/test'
import { FIXTURE_CIRCUIT } from '../fixtures/sessions'
import { expect, test } from './harness/fixtures'

const saveState = (page: Page) => page.locator('#save-state')
const invalidFields = (page: Page) => page.locator('[aria-invalid="true"]')

async function addFromLibrary(page: Page, search: string, name: string) {
  await page.getByRole('button', { name: 'Add exercise' }).click()
  const picker = page.getByRole('dialog', { name: 'Exercise library' })
  await picker.getByRole('searchbox', { name: 'Search exercises' }).fill(search)
  await picker.getByRole('button', { name: `Add ${name}`, exact: true }).click()
  await picker.getByRole('button', { name: 'Close' }).click()
}

test('a new circuit is not red; a field is judged once left; Save shows everything', async ({
  page,
  launch,
}) => {
  await launch()
  await page.getByRole('button', { name: 'New circuit' }).click()
  await expect(saveState(page)).toContainText('A block needs at least one exercise')
  await expect(saveState(page)).toHaveClass(/muted/)
  await expect(invalidFields(page)).toHaveCount(0)
  await expect(page.locator('.efield__error')).toHaveCount(0)

  const name = page.getByLabel('Name', { exact: true })
  await name.fill('')
  await expect(name).toHaveAttribute('aria-invalid', 'false')
  await name.press('Tab')
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Name cannot be empty', { exact: true })).toBeVisible()
  await expect(saveState(page)).toHaveClass(/efield__error/)

  // Save with problems: every one shows, and focus goes to the first.
  await name.fill('Quiet start')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(
    page.locator('.block').getByText('A block needs at least one exercise', { exact: true })
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add exercise' })).toBeFocused()
  await expect(page.getByRole('list', { name: 'Problems' })).toHaveText(
    'Block 1: A block needs at least one exercise'
  )
})

test('no NaN anywhere, messages in words, and the preview keeps what it can', async ({
  page,
  launch,
  services,
}) => {
  await services.handlers['circuits:save'](FIXTURE_CIRCUIT)
  await launch()
  await page.getByRole('button', { name: `Edit ${FIXTURE_CIRCUIT.name}` }).click()
  await page.getByLabel('Work (default)').fill('')
  await page.getByLabel('Work (default)').blur()
  await expect(page.locator('body')).not.toContainText('NaN')
  await expect(page.getByRole('list', { name: 'Problems' })).toHaveText(
    'Circuit: Default work time must be a number of seconds'
  )
  await expect(page.getByTestId('preview-empty')).toHaveText(
    'The timeline appears once the default work and rest are set.'
  )
  await page.getByLabel('Work (default)').fill('40')

  // A broken block leaves the rest of the preview standing, and says what is missing.
  await page.getByRole('button', { name: 'Add block' }).click()
  await expect(page.getByTestId('total-time')).toHaveText('13 min, 50 sec')
  await expect(page.getByTestId('preview-gap')).toHaveText(
    'Not in the preview until fixed: Block 2.'
  )
  await page.getByLabel('Rounds', { exact: true }).first().fill('')
  await page.getByLabel('Rounds', { exact: true }).first().blur()
  await expect(page.locator('body')).not.toContainText('NaN')
  await expect(page.getByTestId('preview-empty')).toHaveText(
    'The timeline appears once a block has no problems.'
  )
  await expect(page.getByText('Rounds must be a number', { exact: true })).toBeVisible()
})

test('removing an exercise or a block can be undone, by the toast or Ctrl+Z; Ctrl+S saves', async ({
  page,
  launch,
  services,
}) => {
  await services.handlers['circuits:save'](FIXTURE_CIRCUIT)
  await launch()
  await page.getByRole('button', { name: `Edit ${FIXTURE_CIRCUIT.name}` }).click()
  const names = () =>
    page
      .getByRole('list', { name: /Exercises in/ })
      .getByRole('textbox', { name: 'Exercise' })
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))

  await page.getByRole('button', { name: 'Remove Face pulls' }).click()
  await expect.poll(names).toEqual(['Bent-over rows', 'Bird-dogs'])
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(names).toEqual(['Bent-over rows', 'Face pulls', 'Bird-dogs'])

  await page.getByRole('button', { name: 'Remove Bird-dogs' }).click()
  await expect.poll(names).toEqual(['Bent-over rows', 'Face pulls'])
  await page.keyboard.press('Control+z')
  await expect.poll(names).toEqual(['Bent-over rows', 'Face pulls', 'Bird-dogs'])

  await page.getByRole('button', { name: 'Add block' }).click()
  await expect(page.getByRole('button', { name: 'Remove block' })).toHaveCount(2)
  await page.getByRole('button', { name: 'Remove block' }).nth(1).click()
  await expect(page.getByRole('button', { name: 'Remove block' })).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('button', { name: 'Remove block' })).toHaveCount(2)
  await page.getByRole('button', { name: 'Remove block' }).nth(1).click()

  // Ctrl+S from inside a text field saves, as it would in any editor.
  await page.getByLabel('Name', { exact: true }).fill('Renamed by keyboard')
  await page.keyboard.press('Control+s')
  await expect(saveState(page)).toHaveText('All changes saved.')
  expect((await services.handlers['circuits:get']({ id: FIXTURE_CIRCUIT.id })).name).toBe(
    'Renamed by keyboard'
  )
})

test('Add exercise and Save are in reach at 1366x768, in few Tabs, with the list in view', async ({
  page,
  launch,
  services,
}) => {
  await launch()
  await page.getByRole('button', { name: 'New circuit' }).click()
  await expect(page.getByRole('button', { name: 'Add exercise' })).toBeInViewport()

  await page.getByLabel('Name', { exact: true }).focus()
  let tabs = 0
  while (tabs < 30) {
    await page.keyboard.press('Tab')
    tabs++
    const label = await page.evaluate(() => document.activeElement?.textContent ?? '')
    if (label === 'Add exercise') break
  }
  // It was 15 with three layers of defaults and Description in the way.
  expect(tabs).toBeLessThanOrEqual(10)

  for (const [search, name] of [
    ['bent-over', 'Bent-over barbell rows'],
    ['face', 'Face pulls'],
    ['bird', 'Bird-dogs'],
    ['swing', 'Kettlebell swings'],
  ] as const)
    await addFromLibrary(page, search, name)
  await page.getByRole('button', { name: 'Add block' }).scrollIntoViewIfNeeded()
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeInViewport()
  await expect(page.getByRole('button', { name: 'Add exercise' })).toBeInViewport()

  // The last move rests in the round rest: its own rest is not asked for.
  await expect(page.getByLabel('Rest after')).toHaveCount(3)
  await expect(page.locator('.entry').last()).toContainText('Round rest')
  await expect(page.getByRole('button', { name: 'Notes for Kettlebell swings' })).toHaveAttribute(
    'aria-expanded',
    'false'
  )
  await page.getByRole('button', { name: 'Notes for Kettlebell swings' }).click()
  await page.getByLabel('Notes', { exact: true }).fill('Hinge, do not squat')

  // The colour it is given in the editor is the one the list shows.
  const colour = await page.getByLabel('Colour').inputValue()
  await page.getByLabel('Name', { exact: true }).fill('Four moves')
  await page.keyboard.press('Control+s')
  await expect(saveState(page)).toHaveText('All changes saved.')
  const [summary] = await services.handlers['circuits:list'](undefined)
  expect(summary?.color).toBe(colour)
})
