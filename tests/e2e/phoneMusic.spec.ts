// The phone and the music, end to end: the page plays a playlist, the phone (its own browser context, on the
// real server at 127.0.0.1) shows the track on one line and skips it, and shows nothing when none plays.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import type { Circuit } from '@shared/model/circuit'
import { trackId } from '@main/music/musicFiles'
import { expect, test } from './harness/fixtures'
import { makeMusicFolder, type MusicFolder } from '../fixtures/music'

/** One long move, so the session is still on while the phone skips. */
const CIRCUIT: Circuit = {
  schemaVersion: 1,
  id: 'phone-music',
  name: 'Phone music',
  category: 'hiit',
  prepareSec: 0,
  defaults: { workSec: 120, restSec: 0 },
  blocks: [
    {
      id: 'b',
      rounds: 1,
      restBetweenRoundsSec: 0,
      exercises: [{ id: 'e', name: 'Plank', mode: 'timed' }],
    },
  ],
  createdAt: '2026-11-29T07:00:00.000Z',
  updatedAt: '2026-11-29T07:00:00.000Z',
}

let root: string
let music: MusicFolder
test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cadence-e2e-phone-music-'))
  music = makeMusicFolder(root, 20)
})
test.afterEach(() => rmSync(root, { recursive: true, force: true }))

/** Keeps the page's music element (made with `new Audio()`) where the test can read it. */
async function watchMusicElement(page: Page) {
  await page.addInitScript(() => {
    const Original = window.Audio
    window.Audio = function (src?: string) {
      const element = new Original(src)
      ;(window as unknown as { __music: HTMLAudioElement }).__music = element
      return element
    } as unknown as typeof Audio
  })
}
const musicSrc = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __music?: HTMLAudioElement }).__music?.getAttribute('src') ?? null
  )

async function openPhone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  const phone = await context.newPage()
  await phone.goto(url)
  await expect(phone.getByTestId('connection')).toHaveText('Connected')
  return phone
}

test('the phone shows the track playing and skips it', async ({
  page,
  launch,
  services,
  platform,
  browser,
}) => {
  await services.handlers['circuits:save'](CIRCUIT)
  platform.nextOpenPaths = [music.dir]
  await services.handlers['music:pick']({ circuitId: null, from: 'folder' })
  await watchMusicElement(page)
  await launch()
  await page.keyboard.press('Control+4')
  await page.getByRole('switch', { name: 'Control from your phone' }).check()
  const phone = await openPhone(browser, (await page.getByTestId('remote-url').textContent())!)
  await expect(phone.getByTestId('phone-music')).toBeHidden()

  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: `Start ${CIRCUIT.name}` }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  await expect(phone.getByTestId('phone-track')).toHaveText('a-tone.wav')
  await expect.poll(() => musicSrc(page)).toBe(`/music/${trackId(music.good[0]!)}`)

  await phone.getByRole('button', { name: 'Skip track' }).click()
  await expect.poll(() => musicSrc(page)).toBe(`/music/${trackId(music.good[1]!)}`)
  await expect(phone.getByTestId('phone-track')).toHaveText('Warm up – Cadence tests')

  // Stopped, the music ends and the phone's track line goes.
  services.session.send({ type: 'stop' })
  await expect(phone.getByTestId('phone-music')).toBeHidden({ timeout: 10_000 })
  await phone.context().close()
})
