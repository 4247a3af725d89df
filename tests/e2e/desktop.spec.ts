// The desktop shell's commands as the page answers them: the menu and its shortcuts work from any screen,
// "?" never fires inside a text field, and Settings is honest about voices and window placement.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURE_CIRCUIT } from '../fixtures/sessions'
import { pushSystemEvent } from './harness/bridge'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

test('New circuit, Import and Export history work from any screen, by menu and by shortcut', async ({
  launch,
  platform,
  dataDir,
}) => {
  const page = await launch()
  const nav = page.getByRole('navigation', { name: 'Main' })

  // New circuit, chosen in the menu while Settings is showing.
  await nav.getByRole('button', { name: 'Settings' }).click()
  await pushSystemEvent(page, { type: 'menu', command: 'newCircuit' })
  await expect(page.getByRole('heading', { name: 'New circuit' })).toBeVisible()
  // A second New circuit never throws away the open one.
  await pushSystemEvent(page, { type: 'menu', command: 'newCircuit' })
  await expect(page.locator('.toasts')).toContainText('is still open: save or close it')
  await page.getByRole('button', { name: 'Back to circuits' }).click()
  await page.getByRole('button', { name: 'Discard changes' }).click()

  // Import, chosen in the menu on History; the circuit list shows it.
  const file = join(dataDir, 'imported.cadence.json')
  writeFileSync(file, JSON.stringify({ ...FIXTURE_CIRCUIT, id: 'imported', name: 'From the menu' }))
  platform.nextOpenPath = file
  await nav.getByRole('button', { name: 'History' }).click()
  await pushSystemEvent(page, { type: 'menu', command: 'importCircuit' })
  await expect(page.getByRole('heading', { name: 'Circuits' })).toBeVisible()
  await expect(page.locator('.toasts')).toContainText('Imported "From the menu"')
  await expect(page.getByText('From the menu').first()).toBeVisible()

  // Export history by Ctrl+E while the circuit list is showing.
  platform.nextSavePath = join(dataDir, 'history.csv')
  await page.keyboard.press('Control+e')
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible()
  await expect.poll(() => platform.dialogs.map((d) => d.title)).toContain('Export history')

  // Ctrl+O from Run asks for a circuit file.
  await nav.getByRole('button', { name: 'Run' }).click()
  platform.nextOpenPath = null
  await page.keyboard.press('Control+o')
  await expect.poll(() => platform.dialogs.map((d) => d.title)).toContain('Import a circuit')
})

test('the shortcuts overlay opens from the menu and by "?", but "?" typed in a field is text', async ({
  launch,
  services,
}, testInfo) => {
  // The search box shows only when there is something to search.
  await services.handlers['circuits:save'](FIXTURE_CIRCUIT)
  const page = await launch()
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await pushSystemEvent(page, { type: 'menu', command: 'showShortcuts' })
  await expect(overlay).toContainText('New circuit')
  await expect(overlay).toContainText('Skip to the next step')
  await snap(page, testInfo, 'shortcuts-overlay')
  await page.keyboard.press('Escape')
  await expect(overlay).toHaveCount(0)

  const search = page.getByPlaceholder('Search circuits')
  await search.click()
  await page.keyboard.type('why?')
  await expect(search).toHaveValue('why?')
  await expect(overlay).toHaveCount(0)

  await page.getByRole('heading', { name: 'Circuits' }).click()
  await page.keyboard.press('?')
  await expect(overlay).toBeVisible()
  await overlay.getByRole('button', { name: 'Close' }).click()
  await expect(overlay).toHaveCount(0)
})

test('Settings says when no voice was found and what to install', async ({ launch }, testInfo) => {
  // Headless Chromium has no speech voices: exactly the situation a Linux user without one is in.
  const page = await launch()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click()
  const advice = page.getByText('No voice was found')
  await expect(advice).toBeVisible()
  if (process.platform === 'linux') await expect(advice).toContainText('speech-dispatcher')
  await advice.scrollIntoViewIfNeeded()
  await snap(page, testInfo, 'settings-voice')
})

test('on Wayland the display picker says to move the window by hand', async ({
  launch,
  platform,
}) => {
  platform.canMoveWindows = false
  const page = await launch()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click()
  await expect(page.getByTestId('move-by-hand')).toContainText('Drag Cadence onto that display')
  await expect(page.getByRole('button', { name: /Living-room TV/ })).toHaveCount(0)
})
