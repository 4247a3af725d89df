// The finish panel fills in the loads logged the last time the same circuit ran.
import { PRESETS, presetRunCircuit } from '@shared/library'
import { makeSession } from '@tests/fixtures/sessions'
import { storeSessions } from '@tests/fixtures/storeSessions'
import { expect, test } from './harness/fixtures'

test('loads logged last time are filled in, and typing over them wins', async ({
  page,
  launch,
  services,
}) => {
  const tabata = presetRunCircuit(PRESETS.find((p) => p.id === 'tabata')!)
  const before = makeSession(3, { circuit: tabata })
  await storeSessions(services, before)
  await services.handlers['history:annotate']({
    id: before.id,
    loads: [
      { entryId: 'kettlebell-swing', exerciseName: 'Kettlebell swings', value: 16, unit: 'kg' },
    ],
  })

  await launch()
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Tabata' }).click()
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  // Into the first move: a session stopped during Get ready is not kept.
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible()
  await page.getByText('Log the weight or band you used').click()
  await expect(page.getByText('Filled in with what you logged last time.')).toBeVisible()
  const field = page.getByLabel('Kettlebell swings', { exact: true })
  await expect(field).toHaveValue('16')
  await field.fill('18')
  await page.getByRole('button', { name: 'Save rating and note' }).click()
  await expect(page.getByRole('button', { name: 'Rating saved' })).toBeVisible()
  const latest = await services.handlers['history:lastLoads']({ circuitId: tabata.id })
  expect(latest.map((l) => l.value)).toEqual([18])
})
