// A damaged data file is set aside and the user is told, in the window, what happened and where the old file is.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './harness/fixtures'
import { pushSystemEvent } from './harness/bridge'
import { snap } from './harness/screenshots'

test('a corrupt settings file is reported with where the original went', async ({
  launch,
  dataDir,
}, testInfo) => {
  writeFileSync(join(dataDir, 'settings.json'), '{"schemaVersion":1,"theme":')
  const page = await launch({ freshServices: true })
  const banner = page.getByRole('alert', { name: 'Recovered data' })
  await expect(banner).toContainText('Cadence found a damaged file: settings.json.')
  await expect(banner).toContainText('It is not valid JSON.')
  await expect(banner).toContainText(join(dataDir, 'settings.corrupt-'))
  await snap(page, testInfo, 'recovery-banner')
  await banner.getByRole('button', { name: 'Dismiss' }).click()
  await expect(banner).toHaveCount(0)
})

test('menu commands from main navigate the page', async ({ launch }) => {
  const page = await launch()
  await pushSystemEvent(page, { type: 'menu', command: 'navigate:history' })
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible()
})
