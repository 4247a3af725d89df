// The app shell end to end: a real IPC round trip, a real file written, keyboard navigation, themes.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { APP_VERSION, expect, test } from './harness/fixtures'
import { pushSystemEvent } from './harness/bridge'
import { snap } from './harness/screenshots'
import { readJson } from '../fixtures/readJson'

test('settings round trip: the page shows main-process data and a change lands on disk', async ({
  launch,
  dataDir,
}, testInfo) => {
  const page = await launch()
  await page.getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await expect(page.getByTestId('app-version')).toHaveText(APP_VERSION)
  await expect(page.getByTestId('data-dir')).toHaveText(dataDir)

  await page.getByLabel('Theme').selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect.poll(() => readJson(join(dataDir, 'settings.json'))['theme']).toBe('dark')
  await snap(page, testInfo, 'shell-settings-dark')

  // A relaunch on the same data folder reads the saved theme back.
  await launch({ freshServices: true })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('a bad payload gets a typed error and writes nothing', async ({ launch, dataDir }) => {
  const page = await launch()
  // Settings are written only once they change, so a fresh folder may have no settings.json yet.
  const read = () => {
    const path = join(dataDir, 'settings.json')
    return existsSync(path) ? readFileSync(path, 'utf8') : null
  }
  const before = read()
  const result = await page.evaluate(() => window.api.updateSettings({ masterVolume: 7 }))
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
  expect(result.ok ? '' : result.error.message).toContain('masterVolume')
  expect(read()).toBe(before)
})

test('navigation works from the keyboard', async ({ launch }, testInfo) => {
  const page = await launch()
  await expect(page.getByRole('button', { name: 'Circuits' })).toHaveAttribute(
    'aria-current',
    'page'
  )
  await page.keyboard.press('Control+3')
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible()
  await page.keyboard.press('Control+4')
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await page.getByLabel('Theme').selectOption('light')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await snap(page, testInfo, 'shell-settings-light')
})

test('Settings opens the data folder in the file manager', async ({
  launch,
  platform,
  dataDir,
}) => {
  const page = await launch()
  await page.keyboard.press('Control+4')
  await page.getByRole('button', { name: 'Open data folder' }).click()
  await expect.poll(() => platform.openedFolders).toEqual([dataDir])
})

test("a failed call shows main's message: the file manager cannot open the data folder", async ({
  launch,
  platform,
}) => {
  platform.openFolderError = 'Could not open the data folder: no file manager is installed'
  const page = await launch()
  await page.keyboard.press('Control+4')
  await page.getByRole('button', { name: 'Open data folder' }).click()
  await expect(page.locator('.toasts')).toContainText(
    'Could not open the data folder: no file manager is installed'
  )
})

test('the menu\'s "Open data folder" shows why it failed, as Settings does', async ({
  launch,
  platform,
  dataDir,
}) => {
  const page = await launch()
  await pushSystemEvent(page, { type: 'menu', command: 'openDataFolder' })
  await expect.poll(() => platform.openedFolders).toEqual([dataDir])
  platform.openFolderError = 'Could not open the data folder: no file manager is installed'
  await pushSystemEvent(page, { type: 'menu', command: 'openDataFolder' })
  await expect(page.locator('.toasts')).toContainText(
    'Could not open the data folder: no file manager is installed'
  )
})
