// Attaching your own picture where you pick and edit exercises, end to end: a row of the library dialog or of
// the builder opens its picture-or-video panel, the page asks main (the real handlers, on this test's data
// folder) to copy the file the test made, the row and the run screen show it, and removing it brings the
// drawing back everywhere.
import type { Page } from '@playwright/test'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mediaFolder } from '@main/media/mediaStore'
import { expect, test } from './harness/fixtures'
import { routeMedia } from './harness/mediaRoute'
import { makePng } from './harness/testMedia'
import { BACK_CIRCUIT_T0, startBackCircuit } from './harness/backCircuit'

const ROWS = 'bent-over-barbell-row'
const ROWS_NAME = 'Bent-over barbell rows'

/** The rows' line in a new circuit's library dialog, with its picture-or-video panel open. */
async function openRowsPanel(page: Page) {
  await page.keyboard.press('Control+n')
  await page.getByRole('button', { name: 'Add exercise' }).click()
  const row = page
    .getByRole('dialog', { name: 'Exercise library' })
    .getByRole('listitem')
    .filter({ has: page.locator(`[data-demo="${ROWS}"]`) })
  await row.getByRole('button', { name: `Picture or video for ${ROWS_NAME}` }).click()
  const panel = row.getByRole('group', { name: `Your picture or video for ${ROWS_NAME}` })
  return { row, panel }
}

test('a picture attached in the library shows on the run screen; removing it brings the drawing back', async ({
  page,
  launch,
  dataDir,
  platform,
}) => {
  const file = join(dataDir, 'my-rows.png')
  writeFileSync(file, makePng(80))
  platform.nextOpenPath = file
  await routeMedia(page, dataDir)
  await page.clock.install({ time: BACK_CIRCUIT_T0 })
  await launch()

  const { row, panel } = await openRowsPanel(page)
  await panel.getByRole('button', { name: 'Use your own picture or video…' }).click()
  await expect(panel).toContainText('Showing your file: my-rows.png')
  await expect(row.locator('.demo-thumb img[data-demo-media="picture"]')).toBeVisible()
  expect(readdirSync(mediaFolder(dataDir))).toHaveLength(1)
  await page.keyboard.press('Escape')

  await startBackCircuit(page, launch, true)
  await expect(page.getByTestId('run-demo').locator('img[data-demo-media="picture"]')).toBeVisible()

  const again = await openRowsPanel(page)
  await again.panel.getByRole('button', { name: 'Back to the drawn demo' }).click()
  await expect(again.row.locator(`.demo-thumb [data-demo="${ROWS}"] svg`)).toBeVisible()
  // Nothing else used the copy, so it is gone from the folder.
  expect(existsSync(mediaFolder(dataDir)) ? readdirSync(mediaFolder(dataDir)) : []).toEqual([])
  await page.keyboard.press('Escape')

  // The session opened above is still at Ready: back on the run screen, the rows are drawn again.
  await page.keyboard.press('Control+2')
  await expect(page.getByTestId('run-demo').locator(`[data-demo="${ROWS}"] svg`)).toBeVisible()
  await expect(page.getByTestId('run-demo').locator('img')).toHaveCount(0)
})

test('an SVG picked in the builder’s row is refused there with a clear message, and nothing is copied', async ({
  page,
  launch,
  dataDir,
  platform,
}) => {
  const file = join(dataDir, 'drawing.png')
  writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
  platform.nextOpenPath = file
  await launch()
  await page.getByRole('button', { name: 'New circuit' }).click()
  await page.getByRole('button', { name: 'Add exercise' }).click()
  await page
    .getByRole('dialog', { name: 'Exercise library' })
    .getByRole('button', { name: 'Add Bird-dog' })
    .click()
  await page.keyboard.press('Escape')
  const entry = page
    .getByRole('list', { name: /Exercises in/ })
    .getByRole('listitem')
    .first()
  await entry.getByRole('button', { name: 'Picture or video for Bird-dogs' }).click()
  await entry.getByRole('button', { name: 'Use your own picture or video…' }).click()
  await expect(entry.getByRole('alert')).toContainText(
    'SVG pictures are not accepted: they can carry script.'
  )
  expect(existsSync(mediaFolder(dataDir)) ? readdirSync(mediaFolder(dataDir)) : []).toEqual([])
  await expect(entry.locator('.demo-thumb [data-demo="bird-dog"] svg')).toBeVisible()
})
