// The user's own cue sounds, in real Chromium on Playwright's clock: a tone made by the test replaces the
// work-start sound in Settings, plays when previewed and in a session (told apart by its length), and is
// reset to the built-in sound with Undo; a copy gone from the data folder gives way to the built-in sound.
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Circuit } from '@shared/model/circuit'
import { cueSoundFileName } from '@shared/model/cueSounds'
import { mediaFolder } from '@main/media/mediaStore'
import { expect, test } from './harness/fixtures'
import { installAudioProbe, SOUND_SECONDS, startedSounds } from './harness/audioProbe'
import { routeCueSounds } from './harness/cueSoundRoute'
import { makeTone } from '../fixtures/music'

const T0 = new Date('2026-11-29T07:00:00Z')
/** The test's tone: no built-in sound is this long, so the probe tells it apart. */
const TONE_SECONDS = 0.77

/** prepare 2 s, then 3 s of work. */
const SHORT: Circuit = {
  schemaVersion: 1,
  id: 'own-sounds',
  name: 'Own sounds',
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
  createdAt: '2026-11-29T07:00:00.000Z',
  updatedAt: '2026-11-29T07:00:00.000Z',
}

let root: string
test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cadence-e2e-cue-'))
})
test.afterEach(() => rmSync(root, { recursive: true, force: true }))

const durations = async (page: Page) => (await startedSounds(page)).map((s) => s.duration)

/** Runs the 5 s circuit: on Playwright's clock when `clock`, else on the real one. */
async function runShort(page: Page, clock = true) {
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: `Start ${SHORT.name}` }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  if (clock) await page.clock.runFor(6_000)
  await expect(page.getByRole('heading', { name: 'Workout complete' })).toBeVisible({
    timeout: 15_000,
  })
}

test('a work-start sound of your own is previewed, played in a session, and reset with Undo', async ({
  page,
  launch,
  services,
  platform,
  dataDir,
}) => {
  await services.handlers['circuits:save'](SHORT)
  await installAudioProbe(page)
  const asked = await routeCueSounds(page, dataDir)
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 60_000))

  await page.keyboard.press('Control+4')
  const row = page.getByTestId('cue-sound-workStart')
  await expect(row).toContainText('Built-in sound')
  platform.nextOpenPath = makeTone(join(root, 'my-gong.wav'), TONE_SECONDS, 660)
  await row.getByRole('button', { name: 'Choose a sound for “Work starts”' }).click()
  await expect(row).toContainText('Your sound: my-gong.wav')
  const ref = (await services.handlers['settings:get'](undefined)).cueSounds.workStart!
  const url = `/sounds/${cueSoundFileName(ref)}`
  await expect.poll(() => asked).toContain(url)

  // Until the page has decoded the new sound, Play plays the one before: press until it is the new one.
  const play = row.getByRole('button', { name: 'Play the sound for “Work starts”' })
  await expect
    .poll(async () => {
      await play.click()
      return durations(page)
    })
    .toContain(TONE_SECONDS)

  const before = (await startedSounds(page)).length
  await runShort(page)
  const session = (await startedSounds(page)).slice(before).sort((a, b) => a.when - b.when)
  expect(session.map((s) => s.duration)).toContain(TONE_SECONDS)
  expect(session.map((s) => s.duration)).not.toContain(SOUND_SECONDS.workStart)

  await page.keyboard.press('Control+4')
  await row.getByRole('button', { name: 'Use the built-in sound for “Work starts”' }).click()
  await expect(row).toContainText('Built-in sound')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(row).toContainText('Your sound: my-gong.wav')
  await row.getByRole('button', { name: 'Use the built-in sound for “Work starts”' }).click()
  await expect(row).toContainText('Built-in sound')
  await expect
    .poll(async () => (await services.handlers['settings:get'](undefined)).cueSounds)
    .toEqual({})
})

test('a sound whose copy is gone plays the built-in one, with one notice', async ({
  page,
  launch,
  services,
  platform,
  dataDir,
}) => {
  await services.handlers['circuits:save'](SHORT)
  platform.nextOpenPath = makeTone(join(root, 'my-gong.wav'), TONE_SECONDS, 660)
  const picked = await services.handlers['music:pickCueSound']({ cue: 'workStart' })
  if (picked.cancelled) throw new Error('the pick was cancelled')
  const ref = picked.settings.cueSounds.workStart!
  unlinkSync(join(mediaFolder(dataDir), cueSoundFileName(ref)))
  await installAudioProbe(page)
  await routeCueSounds(page, dataDir)
  // On the real clock: the notice comes as the page starts, and moving a fake clock on would end it.
  await launch()

  // Told once, as soon as the page finds the copy gone, and not again when the session plays the cue.
  const notice = page.getByText(
    'Your sound for “Work starts” is missing, so the built-in sound plays.'
  )
  await expect(notice).toHaveCount(1)
  await runShort(page, false)
  await expect.poll(() => durations(page)).toContain(SOUND_SECONDS.workStart)
  expect(await durations(page)).not.toContain(TONE_SECONDS)
  await expect(notice).toHaveCount(0)
})
