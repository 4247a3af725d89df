// Across the room without the laptop's keyboard: presentation clickers, the keyboard's media keys (held by
// main only during a session) and headset buttons (the Media Session API) all drive the session.
import type { Page } from '@playwright/test'
import { pushSystemEvent } from './harness/bridge'
import { expect, test } from './harness/fixtures'

const T0 = new Date('2026-11-21T07:00:00Z')

async function startTabata(page: Page, launch: () => Promise<Page>) {
  await page.clock.install({ time: T0 })
  // Records the handlers the page gives the Media Session, so the test can press a headset's buttons.
  await page.addInitScript(() => {
    const handlers: Record<string, (() => void) | null> = {}
    ;(window as unknown as { __media: typeof handlers }).__media = handlers
    navigator.mediaSession.setActionHandler = (action, handler) => {
      handlers[action] = handler as (() => void) | null
    }
  })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Tabata' }).click()
  // The session opens in main; its first frame puts the run screen up.
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('phase')).toHaveText('Get ready')
}
const phase = (page: Page) => page.getByTestId('phase')
const paused = (page: Page) => page.getByTestId('paused')
const press = (page: Page, action: string) =>
  page.evaluate((a) => {
    const handler = (window as unknown as { __media: Record<string, (() => void) | null> }).__media[
      a
    ]
    if (!handler) throw new Error(`no handler for ${a}`)
    handler()
  }, action)

test('a presentation clicker: Page Down skips, Page Up goes back, B pauses and resumes', async ({
  page,
  launch,
}) => {
  await startTabata(page, launch)
  await page.keyboard.press('PageDown')
  await expect(phase(page)).toHaveText('Work')
  await page.keyboard.press('b')
  await expect(phase(page)).toHaveText('Work')
  await expect(paused(page)).toBeVisible()
  await page.keyboard.press('.')
  await expect(paused(page)).toHaveCount(0)
  await expect(phase(page)).toHaveText('Work')
  await page.keyboard.press('PageUp')
  await page.keyboard.press('PageUp')
  await expect(phase(page)).toHaveText('Get ready')
})

test('media keys are held only while a session runs, and drive it', async ({
  page,
  launch,
  platform,
}) => {
  await startTabata(page, launch)
  await expect.poll(() => platform.mediaKeyCalls).toEqual([true])
  await pushSystemEvent(page, { type: 'mediaKey', key: 'next' })
  await expect(phase(page)).toHaveText('Work')
  await pushSystemEvent(page, { type: 'mediaKey', key: 'playPause' })
  await expect(phase(page)).toHaveText('Work')
  await expect(paused(page)).toBeVisible()
  await pushSystemEvent(page, { type: 'mediaKey', key: 'previous' })
  await expect(paused(page)).toBeVisible()

  // A headset's buttons, through the Media Session.
  await press(page, 'play')
  await expect(paused(page)).toHaveCount(0)
  await press(page, 'pause')
  await expect(paused(page)).toBeVisible()
  await press(page, 'nexttrack')

  // Stopping the session lets the keys go.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('alertdialog', { name: 'Stop this session?' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible()
  await expect.poll(() => platform.mediaKeyCalls).toEqual([true, false])
  // Now a media key does nothing.
  await pushSystemEvent(page, { type: 'mediaKey', key: 'next' })
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible()
})
