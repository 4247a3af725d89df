// Sound on the real clock: the right cues play, scheduled ahead on the audio clock, and none when muted.
import type { Page } from '@playwright/test'
import type { Circuit } from '@shared/model/circuit'
import { expect, test } from './harness/fixtures'
import { installAudioProbe, SOUND_SECONDS, startedSounds } from './harness/audioProbe'
import { readJson } from '../fixtures/readJson'

/** prepare 2 s, then 3 s of work: one pip, the work tone, two pips, the finish. */
const SHORT: Circuit = {
  schemaVersion: 1,
  id: 'short-audio',
  name: 'Audio check',
  category: 'hiit',
  prepareSec: 2,
  defaults: { workSec: 3, restSec: 0 },
  blocks: [
    {
      id: 'b',
      rounds: 1,
      restBetweenRoundsSec: 0,
      exercises: [{ id: 'e', name: 'Jumping', mode: 'timed' }],
    },
  ],
  createdAt: '2026-11-21T07:00:00.000Z',
  updatedAt: '2026-11-21T07:00:00.000Z',
}

async function startShort(page: Page) {
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Audio check' }).click()
  // The session opens in main; its first frame puts the run screen up.
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
}

test('a session plays its cues, scheduled ahead on a running audio context', async ({
  page,
  launch,
  services,
}) => {
  await services.handlers['circuits:save'](SHORT)
  await installAudioProbe(page)
  await launch()
  await startShort(page)
  await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeVisible({
    timeout: 15_000,
  })
  await expect.poll(async () => (await startedSounds(page)).length).toBeGreaterThanOrEqual(5)
  // In the order they are heard (their start on the audio clock): sounds are scheduled ahead, so the
  // order of the start() calls depends on which buffer was ready first, not on when each plays.
  const sounds = (await startedSounds(page)).sort((a, b) => a.when - b.when)
  expect(sounds.map((s) => s.duration)).toEqual([
    SOUND_SECONDS.countdown,
    SOUND_SECONDS.workStart,
    SOUND_SECONDS.countdown,
    SOUND_SECONDS.countdown,
    SOUND_SECONDS.finish,
  ])
  for (const s of sounds) {
    expect(s.contextState).toBe('running')
    // Scheduled ahead: set to start at a future moment on the audio clock, not "now".
    expect(s.when).toBeGreaterThan(s.contextTime)
  }
  // The pips are a second apart on the audio clock, as planned.
  expect(sounds[3]!.when - sounds[2]!.when).toBeCloseTo(1, 2)
})

test('cues far ahead in a long step are handed to the audio clock when they come near', async ({
  page,
  launch,
  services,
}) => {
  // 12 s of work: main wakes (and sends a frame) at the halfway, 6 s in, and at each pip; the first pip,
  // 9 s in, is 3 s after that frame, so the page must wake itself when it comes within its horizon.
  await services.handlers['circuits:save']({ ...SHORT, defaults: { workSec: 12, restSec: 0 } })
  await installAudioProbe(page)
  await launch()
  await startShort(page)
  await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeVisible({
    timeout: 25_000,
  })
  await expect.poll(async () => (await startedSounds(page)).length).toBeGreaterThanOrEqual(5)
  const sounds = (await startedSounds(page)).sort((a, b) => a.when - b.when)
  const work = sounds.findIndex((s) => s.duration === SOUND_SECONDS.workStart)
  const finish = sounds.findIndex((s) => s.duration === SOUND_SECONDS.finish)
  const late = sounds.slice(work + 1, finish)
  expect(late.filter((s) => s.duration === SOUND_SECONDS.countdown)).toHaveLength(3)
  for (const s of late) {
    expect(s.when - sounds[work]!.when).toBeGreaterThan(2)
    expect(s.when).toBeGreaterThan(s.contextTime)
  }
})

test('muted, a session makes no sound at all', async ({ page, launch, services }) => {
  await services.handlers['circuits:save'](SHORT)
  await installAudioProbe(page)
  await launch()
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Audio check' }).click()
  // The session opens in main; its first frame puts the run screen up.
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('m')
  await expect(page.getByRole('button', { name: 'Unmute' })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Space')
  await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeVisible({
    timeout: 15_000,
  })
  expect(await startedSounds(page)).toEqual([])
})

test('turning the 3-2-1 pips off in Settings leaves only the start and finish', async ({
  page,
  launch,
  services,
}) => {
  await services.handlers['circuits:save'](SHORT)
  await installAudioProbe(page)
  await launch()
  await page.keyboard.press('Control+4')
  await page.getByRole('switch', { name: '3-2-1 pips before a step ends' }).uncheck()
  await startShort(page)
  await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeVisible({
    timeout: 15_000,
  })
  await expect
    .poll(async () => (await startedSounds(page)).map((s) => s.duration))
    .toEqual([SOUND_SECONDS.workStart, SOUND_SECONDS.finish])
})

test('Settings: "Test" plays each cue, and changes apply and persist at once', async ({
  page,
  launch,
  dataDir,
}) => {
  await installAudioProbe(page)
  await launch()
  await page.keyboard.press('Control+4')
  await page.getByRole('button', { name: 'Test sound: Halfway chime' }).click()
  await expect
    .poll(async () => (await startedSounds(page)).map((s) => s.duration))
    .toEqual([SOUND_SECONDS.halfway])
  await page.getByLabel('Body weight').fill('500')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Use a value from 20 to 400 kg' })
  ).toBeVisible()
  await page.getByLabel('Body weight').fill('82.5')
  await expect(page.getByRole('alert').filter({ hasText: 'Use a value' })).toHaveCount(0)
  await page.getByRole('switch', { name: 'Halfway cue' }).uncheck()

  const { join } = await import('node:path')
  await expect
    .poll(() => readJson(join(dataDir, 'settings.json')))
    .toMatchObject({ bodyWeight: 82.5, halfwayCue: false })
  await expect(page.getByRole('switch', { name: 'Announce each step' })).toBeVisible()
})
