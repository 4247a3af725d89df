// Does the music duck before every cue and voice line, deep enough, and come back? A circuit of 22 cues runs
// in real Chromium on the real clock with a generated tone as the playlist; the music's level is sampled
// after its duck gain with an AnalyserNode, and each cue sound's start time comes from the Web Audio layer.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Circuit } from '@shared/model/circuit'
import { readTracks } from '@main/music/musicFiles'
import { createPlaylistStore } from '@main/music/playlistStore'
import { installAudioProbe, startedSounds } from '@tests/e2e/harness/audioProbe'
import { makeTone } from '@tests/fixtures/music'
import { benchApp } from './lib/benchApp'
import { installMusicTap, musicLevels, type LevelSample } from './lib/musicTap'
import { round } from './lib/stats'

const EXERCISES = 11
const STEP_S = 3
const circuit: Circuit = {
  schemaVersion: 1,
  id: 'bench-music',
  name: 'Music bench',
  category: 'hiit',
  prepareSec: 3,
  defaults: { workSec: STEP_S, restSec: STEP_S },
  blocks: [
    {
      id: 'b',
      rounds: 1,
      restBetweenRoundsSec: 0,
      exercises: Array.from({ length: EXERCISES }, (_, i) => ({
        id: `e${i}`,
        name: `Move ${i + 1}`,
        mode: 'timed' as const,
      })),
    },
  ],
  createdAt: '2026-11-29T07:00:00.000Z',
  updatedAt: '2026-11-29T07:00:00.000Z',
}
const SESSION_S = 3 + EXERCISES * STEP_S + (EXERCISES - 1) * STEP_S

const musicDir = mkdtempSync(join(tmpdir(), 'cadence-bench-music-'))
const tone = makeTone(join(musicDir, 'tone.ogg'), SESSION_S + 30, 440, 'Bench tone')
const { tracks } = await readTracks([tone])

const app = await benchApp({
  name: 'music',
  viewport: { width: 1366, height: 768 },
  circuits: [circuit],
  seed: (dir) => void createPlaylistStore(dir).set(null, tracks),
})
await app.services.handlers['settings:update']({
  countdownPips: false,
  halfwayCue: false,
  voiceOn: true,
  music: { workLevel: 1, restLevel: 1, duckDb: -18 },
})
const { page } = app
await installAudioProbe(page)
await installMusicTap(page)
await app.open()
await page.keyboard.press('Control+2')
await page.getByRole('button', { name: `Start ${circuit.name}` }).click()
await page.getByRole('button', { name: 'Start', exact: true }).click()
await page.waitForFunction(() =>
  (window as unknown as { __startMusicTap(): boolean }).__startMusicTap()
)
await new Promise((resolve) => setTimeout(resolve, (SESSION_S + 3) * 1000)) // real clock: audio runs on it
const sounds = (await startedSounds(page)).map((s) => (s.when > 0 ? s.when : s.contextTime))
const levels = await musicLevels(page)
await app.close()
rmSync(musicDir, { recursive: true, force: true })

const db = (rms: number) => 20 * Math.log10(Math.max(rms, 1e-6))
/** Full level: the loudest the music was (phase levels are equal here, so that is the undocked level). */
const full = db(Math.max(...levels.map((s) => s.rms)))
const rel = (s: LevelSample) => db(s.rms) - full
const within = (from: number, to: number) => levels.filter((s) => s.t >= from && s.t <= to)

const perCue = sounds.map((at) => {
  const during = within(at, at + 0.1)
  const attenuation = during.length > 0 ? Math.max(...during.map(rel)) : 0
  const before = levels.filter((s) => s.t < at && rel(s) > -1)
  const lastFull = before[before.length - 1]
  const leadMs = lastFull ? (at - lastFull.t) * 1000 : -1
  const back = within(at + 0.1, at + 1).some((s) => rel(s) > -1)
  return { attenuation, leadMs, back }
})
const late = perCue.flatMap((c, i) => (c.back ? [] : [i]))
if (late.length > 0) console.log(`music not back within 1 s after cue(s) ${late.join(', ')}`)
console.log(
  `${sounds.length} cues over ${SESSION_S} s, ${levels.length} level samples; per cue (dB, lead ms):`,
  perCue.map((c) => `${round(c.attenuation)}/${Math.round(c.leadMs)}`).join(' ')
)
console.log(
  JSON.stringify({
    bench: 'music-ducking',
    cues: perCue.length,
    ducked: perCue.filter((c) => c.attenuation <= -10).length,
    duck_db_max: round(Math.max(...perCue.map((c) => c.attenuation))),
    lead_ms_min: Math.round(Math.min(...perCue.map((c) => c.leadMs))),
    restored: perCue.filter((c) => c.back).length,
  })
)
