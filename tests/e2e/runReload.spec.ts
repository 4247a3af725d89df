// The session lives in main: reloading the main window mid-session neither stops nor pauses it, the page
// comes back to it, and a phone following it never drops its connection.
import type { Browser, Page, WebSocket } from '@playwright/test'
import { expect, test } from './harness/fixtures'

const T0 = new Date('2026-11-21T07:00:00Z')

async function openPhone(browser: Browser, url: string, closes: string[]): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
  })
  const phone = await context.newPage()
  phone.on('websocket', (ws: WebSocket) => ws.on('close', () => closes.push(ws.url())))
  await phone.goto(url)
  await expect(phone.getByTestId('connection')).toHaveText('Connected')
  return phone
}

test('reloading the page mid-session keeps the session running, and the phone never drops', async ({
  page,
  launch,
  browser,
  services,
}) => {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+4')
  await page.getByRole('switch', { name: 'Control from your phone' }).check()
  const url = (await page.getByTestId('remote-url').textContent())!
  const closes: string[] = []
  const phone = await openPhone(browser, url, closes)

  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Tabata' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  await page.clock.runFor(12_000) // 10 s to get ready, then 2 s into the first work interval
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect(phone.getByTestId('phone-phase')).toHaveText('Work')
  const exercise = (await page.getByTestId('exercise').textContent())!

  await page.reload()
  // While the page is gone the session runs on in main.
  expect(services.session.frame().view).toMatchObject({ status: 'running', stepIndex: 1 })
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' })
  await page.keyboard.press('Control+2')
  // The page comes back to the running session: no recovery prompt, no Ready screen.
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect(page.getByTestId('exercise')).toHaveText(exercise)
  await expect(page.getByRole('alertdialog')).toHaveCount(0)

  // And it keeps going: the work interval ends on time, on both screens.
  await page.clock.runFor(20_000)
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await expect(phone.getByTestId('phone-phase')).toHaveText('Rest')
  await expect(phone.getByTestId('connection')).toHaveText('Connected')
  expect(closes).toEqual([])
})
