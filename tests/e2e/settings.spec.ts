// Settings as a user meets it: cards in two columns across the page, on/off settings as switches that say
// their state, "Announce each step" off and saying why while no voice is installed, one polite live region.
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { snap } from './harness/screenshots'

/** Makes the system report these voices (none, or one), as Chromium does on a machine without speech. */
async function withVoices(page: Page, names: string[]) {
  await page.addInitScript((list) => {
    const fake = list.map((name) => ({ name, lang: 'en-GB', default: false, localService: true }))
    speechSynthesis.getVoices = () => fake as unknown as SpeechSynthesisVoice[]
  }, names)
}

test('on/off settings are switches that say on or off, and save', async ({
  page,
  launch,
  services,
}) => {
  await withVoices(page, [])
  await launch()
  await page.keyboard.press('Control+4')
  const halfway = page.getByRole('switch', { name: 'Halfway cue' })
  await expect(halfway).toHaveAttribute('aria-checked', 'true')
  await halfway.click()
  await expect(halfway).toHaveAttribute('aria-checked', 'false')
  await expect
    .poll(async () => (await services.handlers['settings:get'](undefined)).halfwayCue)
    .toBe(false)
  await halfway.focus()
  await page.keyboard.press('Space')
  await expect(halfway).toHaveAttribute('aria-checked', 'true')
})

test('"Announce each step" is off and says why while no voice is installed', async ({
  page,
  launch,
}) => {
  await withVoices(page, [])
  await launch()
  await page.keyboard.press('Control+4')
  const announce = page.getByRole('switch', { name: 'Announce each step' })
  await expect(announce).toBeDisabled()
  await expect(announce).toHaveAttribute('aria-checked', 'false')
  await expect(announce).toHaveAccessibleDescription(/No voice was found/)
})

test('"Announce each step" can be switched once a voice is there', async ({ page, launch }) => {
  await withVoices(page, ['Test voice'])
  await launch()
  await page.keyboard.press('Control+4')
  const announce = page.getByRole('switch', { name: 'Announce each step' })
  await expect(announce).toBeEnabled()
  await expect(announce).toHaveAttribute('aria-checked', 'true')
  await expect(announce).toHaveAccessibleDescription(/^1 voice found\./)
})

test('the cards use the page width, and the page has one polite live region', async ({
  page,
  launch,
}, testInfo) => {
  await withVoices(page, [])
  await launch()
  await page.keyboard.press('Control+4')
  await page.getByRole('switch', { name: 'Control from your phone' }).click()
  await expect(page.getByTestId('remote-phones')).toHaveText('No phone connected yet.')
  // The page's own regions: the app's toast region, outside every page, is the shell's.
  const settings = page.getByRole('region', { name: 'Settings' })
  await expect(settings.locator('[role="status"], output, [aria-live="polite"]')).toHaveCount(1)

  const sound = (await page.getByRole('group', { name: 'Sound', exact: true }).boundingBox())!
  const phone = (await page.getByRole('group', { name: 'Phone remote' }).boundingBox())!
  expect(phone.x, 'the phone card sits in a second column').toBeGreaterThanOrEqual(
    sound.x + sound.width
  )
  expect(phone.y).toBeLessThan(sound.y + sound.height)
  await page.getByRole('switch', { name: 'Control from your phone' }).click()
  await snap(page, testInfo, 'settings')
  await page.emulateMedia({ colorScheme: 'dark' })
  await snap(page, testInfo, 'settings-dark')
})
