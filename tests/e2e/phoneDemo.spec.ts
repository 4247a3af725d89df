// The move's picture on the phone, end to end at 390x844: with a session open on the computer, the phone
// page (served by the real remote server on 127.0.0.1) shows main's still of the move coming up, named for
// it, above the controls, and swaps it when the move changes; axe finds nothing serious on the page.
import type { Browser, Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { expectAccessibleInEveryLook } from './harness/axe'
import { join } from 'node:path'
import { SCREENSHOT_DIR } from './harness/screenshots'
import { BACK_CIRCUIT_T0, startBackCircuit } from './harness/backCircuit'

const PHONE = { width: 390, height: 844 }

async function openPhone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  })
  const phone = await context.newPage()
  await phone.goto(url)
  await expect(phone.getByTestId('connection')).toHaveText('Connected')
  return phone
}

test('the phone shows the coming move’s still, named, above the controls', async ({
  page,
  launch,
  browser,
}) => {
  await page.clock.install({ time: BACK_CIRCUIT_T0 })
  await launch()
  await page.keyboard.press('Control+4')
  await page.getByRole('switch', { name: 'Control from your phone' }).click()
  const url = (await page.getByTestId('remote-url').textContent())!
  const phone = await openPhone(browser, url)
  await expect(phone.getByTestId('phone-demo')).toBeHidden()

  await startBackCircuit(page, launch, true)
  const picture = phone.getByRole('img', { name: 'Bent-over barbell rows' })
  await expect(picture).toBeVisible()
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  const drawn = (await picture.boundingBox())!
  const controls = (await phone
    .getByRole('navigation', { name: 'Session controls' })
    .boundingBox())!
  expect(drawn.y + drawn.height).toBeLessThanOrEqual(controls.y)
  expect(drawn.y).toBeGreaterThanOrEqual(0)
  await phone.screenshot({ path: join(SCREENSHOT_DIR, 'phone-demo.png') })
  await expectAccessibleInEveryLook(phone, 'Phone with the move', {
    followsTheme: false,
    sizes: { phone: PHONE },
  })

  // Skipping to the next move swaps the picture for that move's.
  const first = await picture.getAttribute('src')
  await phone.getByRole('button', { name: 'Start' }).tap()
  await phone.getByRole('button', { name: 'Skip' }).tap()
  await phone.getByRole('button', { name: 'Skip' }).tap()
  await expect(phone.getByTestId('phone-demo')).not.toHaveAttribute('src', first!)
  await expect
    .poll(() =>
      phone.getByTestId('phone-demo').evaluate((img: HTMLImageElement) => img.naturalWidth)
    )
    .toBeGreaterThan(0)
  await phone.context().close()
})
