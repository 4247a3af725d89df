// The run path in other languages: a German session from start to finish on Playwright's clock, with the
// text handed to speech; the pseudo-locale (40% longer, accented) through every phase and the finish panel at
// laptop and TV sizes, and on the phone, with no labelled text spilling out of its box.
import type { Browser, Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'
import { SCREEN_SIZES, snap } from './harness/screenshots'

const T0 = new Date('2026-11-21T07:00:00Z')

async function launchOnPausedClock(page: Page, launch: () => Promise<Page>) {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
}

/** Speech as the page hands it over: a German and an English voice, and every utterance kept. */
async function recordSpeech(page: Page) {
  await page.addInitScript(() => {
    const voices = [
      { name: 'Anna', lang: 'de-DE', default: false, localService: true, voiceURI: 'Anna' },
      { name: 'Samantha', lang: 'en-US', default: true, localService: true, voiceURI: 'Samantha' },
    ]
    const spoken: { text: string; lang: string; voice: string }[] = []
    ;(window as unknown as { __spoken: typeof spoken }).__spoken = spoken
    class Utterance {
      voice: { name: string } | null = null
      lang = ''
      volume = 1
      rate = 1
      constructor(public text: string) {}
    }
    ;(window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance =
      Utterance
    speechSynthesis.getVoices = () => voices
    speechSynthesis.cancel = () => undefined
    speechSynthesis.speak = (u) => {
      const said = u as unknown as Utterance
      spoken.push({ text: said.text, lang: said.lang, voice: said.voice?.name ?? '' })
    }
  })
}

interface Said {
  text: string
  lang: string
  voice: string
}
const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __spoken: Said[] }).__spoken)

test('a German session from start to finish: the screen and the voice speak German', async ({
  page,
  launch,
  services,
}, testInfo) => {
  await services.handlers['settings:update']({ language: 'de', voiceOn: true })
  await recordSpeech(page)
  await launchOnPausedClock(page, launch)
  await page.keyboard.press('Control+2')
  await expect(page.getByRole('heading', { name: 'Deine Zirkel' })).toBeVisible()
  await page.getByRole('button', { name: 'Tabata starten' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Bereit')
  await expect(page.getByTestId('where')).toHaveText('16 Schritte')
  await expect(page.getByTestId('next')).toHaveText('Leertaste zum Starten')

  await page.keyboard.press('Space')
  await expect(page.getByTestId('phase')).toHaveText('Bereit machen')
  await expect(page.getByTestId('exercise')).toHaveText('Zuerst: Kettlebell-Swings')
  await expect(page.getByTestId('next')).toHaveText('20 Sek. Belastung')

  await page.clock.runFor(15_000)
  await expect(page.getByTestId('phase')).toHaveText('Los!')
  await expect(page.getByTestId('exercise')).toHaveText('Kettlebell-Swings')
  await expect(page.getByTestId('where')).toHaveText('Runde 1/8 · Übung 1/1')
  await expect(page.getByTestId('next')).toHaveText('Danach: Kettlebell-Swings')
  await expect(page.getByRole('button', { name: 'Zum nächsten Schritt springen' })).toHaveText(
    'Überspringen'
  )
  await expectNoOverflow(page, 'German work step')
  await snap(page, testInfo, 'run-work-de')
  // README's German screenshot is this one at TV size (copied from the screenshots folder by hand).

  await page.clock.runFor(16_000)
  await expect(page.getByTestId('phase')).toHaveText('Pause')
  await expect(page.getByTestId('exercise')).toHaveText('Gleich: Kettlebell-Swings')

  await page.clock.runFor(7 * 30_000)
  await expect(page.getByRole('heading', { name: 'Training geschafft' })).toBeVisible()
  await expect(page.getByTestId('summary')).toContainText('Runden8')
  await expect(page.getByRole('button', { name: 'Noch einmal' })).toBeVisible()

  const said = await spoken(page)
  expect(said[0]).toEqual({
    text: 'Mach dich bereit. Zuerst: Kettlebell-Swings',
    lang: 'de-DE',
    voice: 'Anna',
  })
  expect(said.map((s) => s.text)).toEqual(
    expect.arrayContaining([
      'Kettlebell-Swings, 20 Sekunden',
      'Pause, 10 Sekunden. Danach: Kettlebell-Swings',
      'Training geschafft. Stark gemacht!',
    ])
  )
  // Only the German voice spoke: never German words in an English voice.
  expect(new Set(said.map((s) => s.voice))).toEqual(new Set(['Anna']))
})

test('with no voice for the language, cues stay sounds: nothing is handed to speech', async ({
  page,
  launch,
  services,
}) => {
  await services.handlers['settings:update']({ language: 'fr', voiceOn: true })
  await recordSpeech(page) // a German and an English voice, no French one
  await launchOnPausedClock(page, launch)
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Démarrer Tabata' }).click()
  // Space before the run screen is up would press nothing.
  await expect(page.getByTestId('phase')).toHaveText('Prêt')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('phase')).toHaveText('Préparez-vous')
  await page.clock.runFor(15_000)
  await expect(page.getByTestId('phase')).toHaveText('Travail')
  expect(await spoken(page)).toEqual([])
})

/** Labelled text wider than its box (scrollWidth > clientWidth), named so a failure says where. */
function overflows(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    return (
      [...document.querySelectorAll<HTMLElement>(sel)]
        // Text kept for screen readers only (visually hidden, 1 px) has no box to fit.
        .filter((el) => el.checkVisibility() && el.clientWidth > 1)
        .filter((el) => !el.closest('.visually-hidden, [aria-hidden="true"]'))
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => {
          const text = (el.textContent ?? '').trim().slice(0, 40)
          return `${el.tagName.toLowerCase()}.${el.className} "${text}": ${el.scrollWidth} > ${el.clientWidth}`
        })
    )
  }, selector)
}

const LABELLED =
  '[data-testid], h1, h2, p, button, dt, dd, legend, summary, label, .run__phase, .run__where'

/** Nothing spills out of its box, and the screen itself is no wider than the window. */
async function expectNoOverflow(page: Page, what: string) {
  for (const [size, viewport] of Object.entries(SCREEN_SIZES)) {
    await page.setViewportSize(viewport)
    await page.clock.runFor(20)
    expect(await overflows(page, LABELLED), `${what} at ${size}`).toEqual([])
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.run, .finish')].some(
        (el) => el.scrollWidth > el.clientWidth + 1
      )
    )
    expect(wider, `${what} at ${size}: wider than the window`).toBe(false)
  }
}

test('the pseudo-locale fits every phase of the run screen and the finish panel', async ({
  page,
  launch,
}) => {
  await page.clock.install({ time: T0 })
  await launch({ search: '?pseudo' })
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.locator('.picker__item').filter({ hasText: 'Ţáƀáţá' }).getByRole('button').click()
  await expect(page.getByTestId('phase')).toHaveText(/^⟦Ŕéáðý/)
  await expectNoOverflow(page, 'ready')
  await page.keyboard.press('Space')
  await expectNoOverflow(page, 'get ready')
  await page.clock.runFor(10_000)
  await expectNoOverflow(page, 'work')
  await page.keyboard.press('Space')
  await expectNoOverflow(page, 'paused')
  await page.keyboard.press('Space')
  await page.clock.runFor(20_000)
  await expectNoOverflow(page, 'rest')
  await page.clock.runFor(7 * 30_000)
  await expect(page.locator('#finish-title')).toBeVisible()
  await expectNoOverflow(page, 'finish panel')
})

const PHONE = { width: 390, height: 844 }

async function openPhone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
  const phone = await context.newPage()
  await phone.goto(url)
  return phone
}

test('the phone page fits its words at 390x844: pseudo-locale and German', async ({
  page,
  launch,
  browser,
  services,
}) => {
  // The app in German: the session's words on the phone are German, its own words pseudo or German.
  await services.handlers['settings:update']({ language: 'de' })
  await launchOnPausedClock(page, launch)
  const status = await services.handlers['remote:setEnabled']({ on: true })
  const url = status.url!
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Tabata starten' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Bereit')
  await page.keyboard.press('Space')
  // Each press is answered before the next: a second Space before the page has drawn the start would be
  // a second Start, not a pause.
  await expect(page.getByTestId('phase')).toHaveText('Bereit machen')
  await page.keyboard.press('Space') // paused in Get ready: the phone shows its paused words
  await expect(page.locator('.run[data-state="paused"]')).toBeAttached()

  const pseudo = await openPhone(browser, `${url}?pseudo`)
  await expect(pseudo.getByTestId('connection')).toHaveText(/^⟦Çóññéçţéð/)
  await expect(pseudo.getByRole('button', { name: /ŕéɱóṽé/i })).toBeVisible()
  expect(await overflows(pseudo, LABELLED), 'phone, pseudo-locale').toEqual([])
  await pseudo.context().close()

  const german = await openPhone(browser, url)
  await expect(german.getByTestId('phone-phase')).toHaveText('Bereit machen')
  await expect(german.getByRole('button', { name: 'Weiter' })).toBeVisible()
  await expect(german.getByTestId('phone-paused')).toHaveText('Pausiert')
  expect(await overflows(german, LABELLED), 'phone, German').toEqual([])
  await german.context().close()
})
