// Building a circuit as a new user would, using only controls with accessible names.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'
import { readJson } from '../fixtures/readJson'

async function addFromLibrary(page: Page, search: string, name: string) {
  await page.getByRole('button', { name: 'Add exercise' }).click()
  const picker = page.getByRole('dialog', { name: 'Exercise library' })
  await picker.getByRole('searchbox', { name: 'Search exercises' }).fill(search)
  await picker.getByRole('button', { name: `Add ${name}`, exact: true }).click()
  await picker.getByRole('button', { name: 'Close' }).click()
}

const entryNames = (page: Page) =>
  page.getByRole('list', { name: /Exercises in/ }).getByRole('textbox', { name: 'Exercise' })
const expectEntries = (page: Page, names: string[]) =>
  expect
    .poll(() =>
      entryNames(page).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    )
    .toEqual(names)

test('build "Back Burner" from the library, edit, reorder, export, re-import, delete with undo, start', async ({
  page,
  launch,
  platform,
  dataDir,
  services,
}, testInfo) => {
  await launch()
  await page.getByRole('button', { name: 'New circuit' }).click()
  await expect(page.getByRole('heading', { name: 'New circuit' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Cannot save yet' })).toContainText(
    'A block needs at least one exercise'
  )
  await page.getByLabel('Name', { exact: true }).fill('')
  await page.getByLabel('Name', { exact: true }).blur()
  await expect(page.locator('.efield--invalid').getByText('Name cannot be empty')).toBeVisible()
  await snap(page, testInfo, 'builder-editor-invalid')

  await page.getByLabel('Name', { exact: true }).fill('Back Burner')
  await page.getByLabel('Rounds', { exact: true }).fill('3')
  await page.getByLabel('Work (default)').fill('45')
  await page.getByLabel('Rest (default)').fill('15')
  await addFromLibrary(page, 'bent-over', 'Bent-over barbell rows')
  await page.getByRole('button', { name: 'Add exercise' }).click()
  const picker = page.getByRole('dialog', { name: 'Exercise library' })
  await picker.getByRole('combobox', { name: 'Region' }).selectOption('mid-back')
  await picker.getByRole('combobox', { name: 'Equipment' }).selectOption('cable')
  await expect(picker.getByRole('list', { name: 'Exercises' }).getByRole('listitem')).toHaveCount(2)
  await snap(page, testInfo, 'builder-library-picker')
  await picker.getByRole('button', { name: 'Add Face pulls' }).click()
  await picker.getByRole('button', { name: 'Close' }).click()
  await addFromLibrary(page, 'bird', 'Bird-dogs')
  await expectEntries(page, ['Bent-over barbell rows', 'Face pulls', 'Bird-dogs'])

  // prepare 10 + 3 rounds x 3 x 45 s + 2 rests of 15 s a round + 2 round rests of 60 s
  await expect(page.getByTestId('total-time')).toHaveText('10 min, 25 sec')
  await page.getByLabel('Rounds', { exact: true }).fill('4')
  await expect(page.getByTestId('total-time')).toHaveText('14 min, 10 sec')
  await page.getByLabel('Rounds', { exact: true }).fill('3')
  await expect(page.getByTestId('total-time')).toHaveText('10 min, 25 sec')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible()
  await snap(page, testInfo, 'builder-editor')
  await page.getByRole('button', { name: 'Back to circuits' }).click()
  await expect(page.getByRole('list', { name: 'Your circuits' })).toContainText('Back Burner')
  await expect(page.getByRole('list', { name: 'Your circuits' })).toContainText(
    '10 min, 25 sec · 3 exercises'
  )

  // Edit: reorder by keyboard (Alt+Up on the Face pulls row), and the move is announced.
  await page.getByRole('button', { name: 'Edit Back Burner' }).click()
  await entryNames(page).nth(1).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expectEntries(page, ['Face pulls', 'Bent-over barbell rows', 'Bird-dogs'])
  await expect(page.getByText('Face pulls moved to position 1 of 3.')).toBeAttached()
  await page.getByRole('button', { name: 'Move Bird-dogs up' }).click()
  await expectEntries(page, ['Face pulls', 'Bird-dogs', 'Bent-over barbell rows'])
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible()
  const [saved] = await services.handlers['circuits:list'](undefined)
  expect(
    (await services.handlers['circuits:get']({ id: saved!.id })).blocks[0]!.exercises.map(
      (e) => e.name
    )
  ).toEqual(['Face pulls', 'Bird-dogs', 'Bent-over barbell rows'])

  // Leaving with unsaved changes asks first.
  await page.getByLabel('Name', { exact: true }).fill('Back Burner 2')
  await page.getByRole('button', { name: 'Back to circuits' }).click()
  await page
    .getByRole('alertdialog', { name: 'Discard your changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click()

  // Export, then import it back as a second copy.
  platform.nextSavePath = join(dataDir, 'back-burner.cadence.json')
  await page.getByRole('button', { name: 'Export Back Burner' }).click()
  await expect.poll(() => existsSync(join(dataDir, 'back-burner.cadence.json'))).toBe(true)
  platform.nextOpenPath = join(dataDir, 'back-burner.cadence.json')
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(page.getByRole('button', { name: 'Start Back Burner' })).toHaveCount(2)

  // Delete one, then undo.
  await page.getByRole('button', { name: 'Delete Back Burner' }).first().click()
  await expect(page.getByRole('button', { name: 'Start Back Burner' })).toHaveCount(1)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('button', { name: 'Start Back Burner' })).toHaveCount(2)
  await snap(page, testInfo, 'builder-list')

  await page.getByRole('button', { name: 'Start Back Burner' }).first().click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await expect(page.getByTestId('exercise')).toHaveText('Back Burner')
})

test('a malformed file dropped on the window is refused with the reason', async ({
  page,
  launch,
}) => {
  await launch()
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer()
    dt.items.add(
      new File(['{"name": "x", "blocks": ['], 'broken.json', { type: 'application/json' })
    )
    return dt
  })
  await page.dispatchEvent('body', 'drop', { dataTransfer })
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Could not import "broken.json": The file is not valid JSON' })
  ).toBeVisible()
})

test('presets: "Use this" copies one into your circuits', async ({ page, launch }) => {
  await launch()
  await page.getByRole('button', { name: 'Use preset Tabata' }).click()
  await expect(page.getByRole('list', { name: 'Your circuits' })).toContainText('Tabata')
  await page.getByRole('searchbox', { name: 'Search circuits by name' }).fill('nothing like it')
  await expect(page.getByRole('list', { name: 'Your circuits' }).getByRole('listitem')).toHaveCount(
    0
  )
})

test('your own exercises: add, edit, delete; built-ins can only be hidden', async ({
  page,
  launch,
  dataDir,
}) => {
  await launch()
  await page.getByRole('button', { name: 'New circuit' }).click()
  await page.getByRole('button', { name: 'Add exercise' }).click()
  const picker = page.getByRole('dialog', { name: 'Exercise library' })
  await picker.getByRole('button', { name: 'New exercise…' }).click()
  await picker.getByLabel('Name').fill('Towel rows')
  await picker.getByLabel('Form cue').fill('Loop a towel round a post, lean back, row')
  await picker.getByRole('button', { name: 'Save exercise' }).click()
  await picker.getByRole('searchbox', { name: 'Search exercises' }).fill('towel')
  await expect(picker.getByRole('listitem').filter({ hasText: 'Towel rows' })).toContainText(
    'yours'
  )

  await picker.getByRole('button', { name: 'Edit Towel rows' }).click()
  await picker.getByLabel('Name').fill('Door-frame towel rows')
  await picker.getByRole('button', { name: 'Save changes' }).click()
  await expect(picker.getByRole('button', { name: 'Add Door-frame towel rows' })).toBeVisible()

  const { join } = await import('node:path')
  const stored = () =>
    readJson<{ custom: Array<{ name: string }>; hidden: string[] }>(join(dataDir, 'exercises.json'))
  expect(stored().custom.map((e: { name: string }) => e.name)).toEqual(['Door-frame towel rows'])

  await picker.getByRole('button', { name: 'Delete Door-frame towel rows' }).click()
  await expect(picker.getByRole('button', { name: 'Add Door-frame towel rows' })).toHaveCount(0)

  await picker.getByRole('searchbox', { name: 'Search exercises' }).fill('speed bag')
  await picker.getByRole('button', { name: 'Hide Speed bag' }).click()
  await expect(picker.getByRole('button', { name: 'Add Speed bag' })).toHaveCount(0)
  await picker.getByLabel('Show hidden').check()
  await picker.getByRole('button', { name: 'Show Speed bag' }).click()
  await picker.getByLabel('Show hidden').uncheck()
  await expect(picker.getByRole('button', { name: 'Add Speed bag' })).toBeVisible()
  expect(stored().hidden).toEqual([])
})

test('a block can be an EMOM: the preview says what will happen, a too-long move is explained', async ({
  page,
  launch,
}, testInfo) => {
  await launch()
  await page.getByRole('button', { name: 'New circuit' }).click()
  await page.getByLabel('Name', { exact: true }).fill('Swing EMOM')
  await addFromLibrary(page, 'swing', 'Kettlebell swings')
  await page.getByLabel('Format').selectOption('emom')
  await page.getByLabel('Windows').fill('12')
  await expect(page.getByTestId('format-words')).toHaveText(
    '12 windows of 1:00: 40 sec Kettlebell swings; rest the remainder of each window'
  )
  await expect(page.getByTestId('preview-formats')).toContainText('Block 1: 12 windows of 1:00')
  // An EMOM sets its own rests and runs each move once: those fields are gone.
  await expect(page.getByLabel('Rest after')).toHaveCount(0)
  await expect(page.getByLabel('Left/right')).toHaveCount(0)
  await expect(page.getByTestId('total-time')).toHaveText('12 min, 10 sec')
  await page.getByLabel('Window', { exact: true }).fill('30')
  // Next to the move's work field (and in the list of what stops a save).
  await expect(
    page
      .getByRole('list', { name: /Exercises in/ })
      .getByText('Kettlebell swings works 40 seconds, longer than its window of 30 seconds')
  ).toBeVisible()
  const saveState = page.getByRole('status').filter({ hasText: /Cannot save yet|Unsaved/ })
  await expect(saveState).toContainText('Cannot save yet')
  await page.getByLabel('Window', { exact: true }).fill('60')
  await expect(saveState).toHaveText('Unsaved changes.')
  await snap(page, testInfo, 'builder-emom')
})
