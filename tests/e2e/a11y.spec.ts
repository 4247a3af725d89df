// axe on every screen: no serious or critical violations, in light and dark, at laptop and TV sizes, and on
// the phone.
import type { Browser, Page } from '@playwright/test'
import type { DisplayFrame } from '@shared/ipc/contract'
import { FIXTURE_CIRCUIT, makeSession } from '../fixtures/sessions'
import { storeSessions } from '../fixtures/storeSessions'
import type { Services } from '@main/services'
import { expect, test } from './harness/fixtures'
import { openDisplayPage } from './harness/displayPage'
import { expectAccessibleInEveryLook } from './harness/axe'

const T0 = new Date('2026-11-21T07:00:00Z')

// Each case runs axe in four looks (two themes, two sizes), some seconds each: a long scenario that measures
// no time, so it gets three times the default, as formats.spec.ts does.
test.beforeEach(() => test.slow())

/** Opens a preset on the run screen at Ready, on Playwright's clock. */
async function ready(page: Page, launch: () => Promise<Page>, preset: string) {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: `Start ${preset}` }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
}

test('Circuits, first start and with circuits', async ({ page, launch, services }) => {
  await launch()
  await expectAccessibleInEveryLook(page, 'Circuits (first start)')
  await services.handlers['circuits:save'](FIXTURE_CIRCUIT)
  await page.reload()
  await expect(
    page
      .getByRole('list', { name: 'Your circuits' })
      .getByRole('button', { name: `Start ${FIXTURE_CIRCUIT.name}` })
  ).toBeVisible()
  await expectAccessibleInEveryLook(page, 'Circuits')
})

test('the editor', async ({ page, launch }) => {
  await launch()
  await page.getByRole('button', { name: 'New circuit' }).first().click()
  await expect(page.getByRole('button', { name: 'Add exercise' })).toBeVisible()
  await expectAccessibleInEveryLook(page, 'Editor')
})

test('the library dialog', async ({ page, launch }) => {
  await launch()
  await page.getByRole('button', { name: 'New circuit' }).first().click()
  await page.getByRole('button', { name: 'Add exercise' }).click()
  await expect(page.getByRole('dialog', { name: 'Exercise library' })).toBeVisible()
  await expectAccessibleInEveryLook(page, 'Library dialog')
})

test('the run screen: Ready, work and paused', async ({ page, launch }) => {
  await ready(page, launch, 'Tabata')
  // axe waits on timers of its own: from here the page's clock runs on real time.
  await page.clock.resume()
  await expectAccessibleInEveryLook(page, 'Run, Ready')
  await page.keyboard.press('Space')
  await page.clock.runFor(12_000)
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('paused')).toHaveText('Paused')
  await expectAccessibleInEveryLook(page, 'Run, paused')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expectAccessibleInEveryLook(page, 'Run, work')
})

test('the finish panel with an AMRAP score', async ({ page, launch }) => {
  await ready(page, launch, 'AMRAP 15')
  await page.keyboard.press('Space')
  await page.clock.runFor(10_500)
  for (let n = 0; n < 4; n++) {
    await page.clock.runFor(20_000)
    await page.keyboard.press('Enter')
  }
  await page.keyboard.press('Escape')
  await page.getByRole('alertdialog', { name: 'Stop this session?' }).waitFor()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('scores')).toContainText('AMRAP')
  // The panel stands still: axe's own timers run on real time from here.
  await page.clock.resume()
  await expectAccessibleInEveryLook(page, 'Finish panel')
})

/** Twelve sessions, one with a logged load, then History open on Playwright's clock. */
async function openHistory(
  page: Page,
  launch: () => Promise<Page>,
  services: Pick<Services, 'history'>
) {
  const now = new Date(2026, 10, 21, 12, 0)
  for (let n = 0; n < 12; n++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - n * 3, 7, 30)
    const session = makeSession(n, {
      circuit: FIXTURE_CIRCUIT,
      startMs: day.getTime(),
      offsetMinutes: -day.getTimezoneOffset(),
      overrides:
        n === 0
          ? { loads: [{ entryId: 'rows', exerciseName: 'Bent-over rows', value: 40, unit: 'kg' }] }
          : {},
    })
    await storeSessions(services, session)
  }
  await page.clock.install({ time: now })
  await launch()
  await page.keyboard.press('Control+3')
  await expect(page.getByRole('button', { name: /Metabolic back circuit/ }).first()).toBeVisible()
}

// One case per view: twenty axe runs in one case outlast even a slow test on a busy machine.
for (const tab of ['Sessions', 'Calendar', 'This week', 'Progress']) {
  test(`History: ${tab}`, async ({ page, launch, services }) => {
    await openHistory(page, launch, services)
    if (tab !== 'Sessions') await page.getByRole('tab', { name: tab }).click()
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
    if (tab === 'Progress') await expect(page.locator('.recharts-surface').first()).toBeVisible()
    await expectAccessibleInEveryLook(page, `History, ${tab}`)
  })
}

test('History: a session detail', async ({ page, launch, services }) => {
  await openHistory(page, launch, services)
  await page
    .getByRole('button', { name: /Metabolic back circuit/ })
    .first()
    .click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectAccessibleInEveryLook(page, 'History, detail')
})

test('Settings', async ({ page, launch }) => {
  await launch()
  await page.keyboard.press('Control+4')
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await expectAccessibleInEveryLook(page, 'Settings')
})

async function openPhone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
  const phone = await context.newPage()
  await phone.goto(url)
  await expect(phone.getByTestId('connection')).toHaveText('Connected')
  return phone
}

test('the phone page at 390x844', async ({ page, launch, browser }) => {
  await launch()
  await page.keyboard.press('Control+4')
  await page.getByRole('switch', { name: 'Control from your phone' }).click()
  const url = (await page.getByTestId('remote-url').textContent())!
  const phone = await openPhone(browser, url)
  await expectAccessibleInEveryLook(phone, 'Phone', {
    followsTheme: false,
    sizes: { phone: { width: 390, height: 844 } },
  })
  await phone.context().close()
})

test("the phone page at 390x844, with the music's track and Skip track", async ({
  page,
  launch,
  browser,
  services,
}) => {
  await launch()
  await page.keyboard.press('Control+4')
  await page.getByRole('switch', { name: 'Control from your phone' }).click()
  const url = (await page.getByTestId('remote-url').textContent())!
  const phone = await openPhone(browser, url)
  // What the page reports while its music plays.
  await services.handlers['music:nowPlaying']({
    track: { title: 'A long title for a warm-up track', artist: 'Cadence tests' },
  })
  await expect(phone.getByRole('button', { name: 'Skip track' })).toBeVisible()
  await expectAccessibleInEveryLook(phone, 'Phone with music', {
    followsTheme: false,
    sizes: { phone: { width: 390, height: 844 } },
  })
  await phone.context().close()
})

test('the TV display window during work', async ({ page, launch, platform, server }) => {
  const display = await openDisplayPage(page, server.url)
  platform.onDisplayFrame = (frame: DisplayFrame) =>
    void display.evaluate((f) => {
      ;(window as unknown as { __pushFrame: (f: unknown) => void }).__pushFrame(f)
    }, frame)
  await ready(page, launch, 'Tabata')
  await page.getByRole('button', { name: 'Open the TV display' }).click()
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await page.clock.runFor(12_000)
  await expect(display.getByTestId('phase')).toHaveText('Work')
  // axe runs on timers, and Playwright's clock belongs to the whole context: the display page shares the
  // app page's paused clock, so axe is moved along on it (and a tab behind another is throttled).
  await display.bringToFront()
  await expectAccessibleInEveryLook(display, 'TV display', { followsTheme: false, fakeClock: true })
})
