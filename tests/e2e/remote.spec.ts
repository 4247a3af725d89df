// The phone remote, end to end: Settings turns it on, a phone-sized page in its own browser context opens
// the real server's address (on 127.0.0.1) and drives a session in the app page, and both agree.
import type { Browser, Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { SCREENSHOT_DIR, snap } from './harness/screenshots'
import { join } from 'node:path'

const T0 = new Date('2026-11-21T07:00:00Z')
const PHONE = { width: 390, height: 844 }

/** A phone: its own context (its own clock, no app bridge), phone-sized, with touch. */
async function openPhone(
  browser: Browser,
  url: string,
  options: { clock?: boolean } = {}
): Promise<Page> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })
  const phone = await context.newPage()
  // Its own clock, held still: only the test moves the phone's time (however slow the machine).
  if (options.clock) {
    await phone.clock.install({ time: T0 })
    await phone.clock.pauseAt(new Date(T0.getTime() + 1_000))
  }
  await phone.goto(url)
  await expect(phone.getByTestId('connection')).toHaveText('Connected')
  return phone
}

async function turnOnRemote(page: Page): Promise<string> {
  await page.keyboard.press('Control+4')
  await page.getByRole('switch', { name: 'Control from your phone' }).check()
  const url = (await page.getByTestId('remote-url').textContent())!
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\/[\w-]{22}\/$/)
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible()
  await expect(page.getByTestId('remote-address')).toHaveText(/at 127\.0\.0\.1 \(lo\)/)
  return url
}

const appPhase = (page: Page) => page.getByTestId('phase')
const phonePhase = (phone: Page) => phone.getByTestId('phone-phase')

/** Both screens show the same phase word (and paused state). */
async function agree(page: Page, phone: Page, phase: string) {
  await expect(appPhase(page)).toHaveText(phase)
  await expect(phonePhase(phone)).toHaveText(phase)
}

test('a phone drives a session: Start, Done, Pause, Skip, and Stop with a confirm', async ({
  page,
  launch,
  browser,
}, testInfo) => {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  const url = await turnOnRemote(page)
  const phone = await openPhone(browser, url)
  await expect(page.getByTestId('remote-phones')).toHaveText('1 phone connected.')
  await expect(phone.getByTestId('phone-headline')).toHaveText('Open a circuit on the computer.')
  await page
    .getByRole('group', { name: 'Phone remote' })
    .evaluate((card) => card.scrollIntoView({ block: 'center' }))
  await snap(page, testInfo, 'settings-phone-remote')

  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start AMRAP 15' }).click()
  await agree(page, phone, 'Ready')
  await expect(phone.getByRole('button', { name: 'Skip' })).toBeDisabled()

  await phone.getByRole('button', { name: 'Start' }).tap()
  await agree(page, phone, 'Get ready')
  await page.clock.runFor(10_500)
  await agree(page, phone, 'Work')
  await expect(phone.getByTestId('phone-headline')).toHaveText(
    (await page.getByTestId('exercise').textContent())!
  )
  await phone.screenshot({ path: join(SCREENSHOT_DIR, 'phone-remote-work.png') })

  // A rep step: Done moves on, as the desktop's Done does.
  const before = await page.getByTestId('where').textContent()
  await phone.getByRole('button', { name: 'Done', exact: true }).tap()
  await expect(page.getByTestId('where')).not.toHaveText(before!)
  await expect(phone.getByTestId('phone-where')).toHaveText(
    (await page.getByTestId('where').textContent())!
  )
  // An AMRAP has Round done: the rest of the round counts, on to the next.
  await phone.getByRole('button', { name: 'Round done' }).tap()
  await expect(page.getByTestId('where')).toHaveText('Round 2 · Exercise 1/3')
  await expect(phone.getByTestId('phone-where')).toHaveText('Round 2 · Exercise 1/3')

  await phone.getByRole('button', { name: 'Pause' }).tap()
  await agree(page, phone, 'Work')
  await expect(page.getByTestId('paused')).toBeVisible()
  await expect(phone.getByTestId('phone-paused')).toBeVisible()
  // Time stands still: the same digits on both, whatever each device's clock says.
  await expect(phone.getByTestId('phone-digits')).toHaveText(
    (await page.getByTestId('digits').textContent())!
  )
  await phone.getByRole('button', { name: 'Resume' }).tap()
  await agree(page, phone, 'Work')
  await expect(phone.getByTestId('phone-paused')).toBeHidden()

  // Skip moves both screens on, and Back brings both back: each waits for both to show the new place.
  const place = (await page.getByTestId('where').textContent())!
  await phone.getByRole('button', { name: 'Skip' }).tap()
  await expect(page.getByTestId('where')).not.toHaveText(place)
  await expect(phone.getByTestId('phone-where')).toHaveText(
    (await page.getByTestId('where').textContent())!
  )
  await phone.getByRole('button', { name: 'Add 10 seconds' }).tap()
  await phone.getByRole('button', { name: 'Back' }).tap()
  await expect(page.getByTestId('where')).toHaveText(place)
  await expect(phone.getByTestId('phone-where')).toHaveText(place)

  // Stop asks first; "Keep going" keeps going.
  await phone.getByRole('button', { name: 'Stop' }).tap()
  await expect(phone.getByRole('alertdialog')).toBeVisible()
  await phone.screenshot({ path: join(SCREENSHOT_DIR, 'phone-remote-stop.png') })
  await phone.getByRole('button', { name: 'Keep going' }).tap()
  await expect(phone.getByRole('alertdialog')).toBeHidden()
  await expect(appPhase(page)).toHaveText('Work')
  await phone.getByRole('button', { name: 'Stop' }).tap()
  await phone.getByRole('button', { name: 'Stop session' }).tap()
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible()
  await expect(phone.getByTestId('phone-headline')).toHaveText('Session stopped')
  await phone.context().close()
})

test('a new code disconnects every phone, and turning it off closes the server', async ({
  page,
  launch,
  browser,
}) => {
  await launch()
  const url = await turnOnRemote(page)
  const first = await openPhone(browser, url)
  const second = await openPhone(browser, url)
  await expect(page.getByTestId('remote-phones')).toHaveText('2 phones connected.')

  await page.getByRole('button', { name: 'Disconnect phones (new code)' }).click()
  for (const phone of [first, second]) {
    await expect(phone.getByTestId('connection')).toHaveText(/made a new code/)
  }
  await expect(page.getByTestId('remote-phones')).toHaveText('No phone connected yet.')
  const fresh = (await page.getByTestId('remote-url').textContent())!
  expect(fresh).not.toBe(url)
  const refused = await first.request.get(url, { failOnStatusCode: false })
  expect(refused.status()).toBe(403)

  const third = await openPhone(browser, fresh)
  await page.getByRole('switch', { name: 'Control from your phone' }).uncheck()
  await expect(third.getByTestId('connection')).toHaveText(/turned off/)
  await expect(page.getByTestId('remote-url')).toHaveCount(0)
  await expect(third.request.get(fresh)).rejects.toThrow()
})

test('a press that cannot arrive says so on the phone, and is never sent later', async ({
  page,
  launch,
  browser,
}) => {
  await launch()
  const url = await turnOnRemote(page)
  const phone = await openPhone(browser, url)
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start AMRAP 15' }).click()
  await agree(page, phone, 'Ready')

  await page.keyboard.press('Control+4')
  await page.getByRole('switch', { name: 'Control from your phone' }).uncheck()
  await expect(phone.getByTestId('connection')).toHaveText(/turned off/)
  await expect(phone.getByTestId('press-notice')).toBeHidden()
  await phone.getByRole('button', { name: 'Start' }).tap()
  const notice = phone.getByTestId('press-notice')
  await expect(notice).toContainText('Not received — press again.')
  await expect(notice).toContainText('not connected')

  // Back on: the old press is not replayed; the session still waits to start.
  await page.getByRole('switch', { name: 'Control from your phone' }).check()
  await page.keyboard.press('Control+2')
  await expect(appPhase(page)).toHaveText('Ready')
  await phone.context().close()
})

/** Every visible button of the phone lies wholly inside its screen. */
async function buttonsOnScreen(phone: Page) {
  const { width, height } = phone.viewportSize()!
  const boxes = await phone
    .locator('.phone__controls button:visible')
    .evaluateAll((all) => all.map((b) => b.getBoundingClientRect().toJSON() as DOMRect))
  expect(boxes.length).toBeGreaterThanOrEqual(6)
  for (const box of boxes) {
    expect(box.top).toBeGreaterThanOrEqual(0)
    expect(box.bottom).toBeLessThanOrEqual(height)
    expect(box.right).toBeLessThanOrEqual(width)
  }
}

test('the phone: a passing Connected, the accent band, landscape, and a plain stopped state', async ({
  page,
  launch,
  browser,
}) => {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  const url = await turnOnRemote(page)
  const phone = await openPhone(browser, url, { clock: true })
  await expect(phone.getByTestId('connection')).toBeVisible()
  await phone.clock.runFor(2_500)
  await expect(phone.getByTestId('connection')).toBeHidden()

  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Tabata' }).click()
  await agree(page, phone, 'Ready')
  await expect(phone.getByTestId('phone-next')).toHaveText('Tap Start to begin')
  const view = phone.getByTestId('phone-view')
  // Tabata's own colour (#be123c) is a band at the edge, as on the run screen.
  await expect(view).toHaveCSS('box-shadow', /rgb\(190, 18, 60\)/)
  await page.keyboard.press('Space')
  await page.clock.runFor(10_500)
  await agree(page, phone, 'Work')
  await buttonsOnScreen(phone)
  await phone.screenshot({ path: join(SCREENSHOT_DIR, 'phone-remote-portrait.png') })
  await phone.setViewportSize({ width: PHONE.height, height: PHONE.width })
  await buttonsOnScreen(phone)
  await phone.screenshot({ path: join(SCREENSHOT_DIR, 'phone-remote-landscape.png') })

  await page.keyboard.press('Escape')
  await page.keyboard.press('Enter')
  await expect(phonePhase(phone)).toHaveText('Stopped')
  await expect(phone.getByTestId('phone-headline')).toHaveText('Session stopped')
  await expect(phone.getByTestId('phone-digits')).toHaveText('')
  // The page's own neutral grey, not the colour of the phase it stopped in.
  await expect(view).toHaveCSS('background-color', 'rgb(55, 65, 81)')
  await phone.screenshot({ path: join(SCREENSHOT_DIR, 'phone-remote-stopped-landscape.png') })
  await phone.context().close()
})
