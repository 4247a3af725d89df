// Music under a session, in real Chromium on Playwright's clock: a folder picked in Settings (its broken
// file left out and named), the music starting with the session, pausing and resuming with it and
// stopping after the end; a track that turns out unreadable is skipped with one notice.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Circuit } from '@shared/model/circuit'
import { trackId } from '@main/music/musicFiles'
import { expect, test } from './harness/fixtures'
import { makeMusicFolder, type MusicFolder } from '../fixtures/music'

const T0 = new Date('2026-11-29T07:00:00Z')

/** prepare 2 s, two 3 s moves with 2 s of rest between: 10 s in all. */
const CIRCUIT: Circuit = {
  schemaVersion: 1,
  id: 'music-check',
  name: 'Music check',
  category: 'hiit',
  prepareSec: 2,
  defaults: { workSec: 3, restSec: 2 },
  blocks: [
    {
      id: 'b',
      rounds: 1,
      restBetweenRoundsSec: 0,
      exercises: [
        { id: 'e1', name: 'Squats', mode: 'timed' },
        { id: 'e2', name: 'Lunges', mode: 'timed' },
      ],
    },
  ],
  createdAt: '2026-11-29T07:00:00.000Z',
  updatedAt: '2026-11-29T07:00:00.000Z',
}

// music-metadata's first load (dozens of ES modules) is slow on a busy machine: done once per worker, before
// any step that waits on the page, so a pick is only the parsing.
test.beforeAll(async () => {
  await import('music-metadata')
})

let root: string
let music: MusicFolder
test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cadence-e2e-music-'))
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
const element = (page: Page) =>
  page.evaluate(() => {
    const el = (window as unknown as { __music?: HTMLAudioElement }).__music
    return el ? { src: el.getAttribute('src'), paused: el.paused } : null
  })

async function pickFolderInSettings(page: Page) {
  await page.keyboard.press('Control+4')
  const card = page.getByRole('group', { name: 'Music' })
  await card.getByRole('button', { name: 'Choose a folder…' }).click()
  return card
}

async function startCircuit(page: Page) {
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: `Start ${CIRCUIT.name}` }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
}

test('the music starts with the session, pauses and resumes with it, and stops after the end', async ({
  page,
  launch,
  services,
  platform,
}) => {
  await services.handlers['circuits:save'](CIRCUIT)
  platform.nextOpenPaths = [music.dir]
  await watchMusicElement(page)
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 60_000))
  // Picked through main's handler here (the next test picks in Settings), so the clock test starts ready.
  await services.handlers['music:pick']({ circuitId: null, from: 'folder' })

  await startCircuit(page)
  const first = `/music/${trackId(music.good[0]!)}`
  await expect.poll(() => element(page)).toEqual({ src: first, paused: false })
  await page.clock.runFor(3_000)
  await page.keyboard.press('Space')
  await expect(page.getByTestId('paused')).toHaveText('Paused')
  await expect.poll(async () => (await element(page))?.paused).toBe(true)
  await page.keyboard.press('Space')
  await expect.poll(async () => (await element(page))?.paused).toBe(false)

  await page.clock.runFor(8_000)
  await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeVisible()
  // The fade waits for the finish cue, then takes two seconds; then the music stops.
  await page.clock.runFor(3_500)
  await expect.poll(() => element(page)).toEqual({ src: null, paused: true })
})

test('a track that cannot be played is skipped, with one notice', async ({
  page,
  launch,
  services,
  platform,
}) => {
  await services.handlers['circuits:save'](CIRCUIT)
  platform.nextOpenPaths = [music.dir]
  await watchMusicElement(page)
  await launch()
  const card = await pickFolderInSettings(page)
  await expect(card.getByText('3 tracks')).toBeVisible()
  await expect(card.getByRole('status')).toHaveText(
    'Left out 1 file Cadence cannot play: broken.mp3.'
  )
  await expect(card.getByRole('listitem').nth(1)).toHaveText('Warm up – Cadence tests 0:20')
  // The first track is damaged after it was picked: the player finds out when it plays.
  writeFileSync(music.good[0]!, 'no longer audio')
  await startCircuit(page)
  await expect(
    page.getByText('“a-tone.wav” could not be played, so the music skipped it.')
  ).toBeVisible()
  await expect
    .poll(() => element(page))
    .toEqual({ src: `/music/${trackId(music.good[1]!)}`, paused: false })
})

test('a circuit gets a playlist of its own in the builder, else plays the default one', async ({
  page,
  launch,
  services,
  platform,
}) => {
  await services.handlers['circuits:save'](CIRCUIT)
  platform.nextOpenPaths = [music.dir]
  await services.handlers['music:pick']({ circuitId: null, from: 'folder' })
  await launch()
  await page.keyboard.press('Control+1')
  await page.getByRole('button', { name: `Edit ${CIRCUIT.name}` }).click()
  const card = page.getByRole('group', { name: 'Music for this circuit' })
  await expect(card).toContainText('No playlist of its own: it plays the default one (3 tracks).')
  platform.nextOpenPaths = [music.good[2]!]
  await card.getByRole('button', { name: 'Choose files…' }).click()
  await expect(card.getByText('1 track')).toBeVisible()
  await expect(card.getByRole('listitem')).toHaveText('Cool down – Cadence tests 0:20')
  expect((await services.handlers['music:playlist']({ circuitId: CIRCUIT.id })).source).toBe(
    'circuit'
  )
})
