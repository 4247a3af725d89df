// Records every sound the page starts, at the Web Audio layer both howler and the scheduler go through.
import type { Page } from '@playwright/test'

export interface StartedSound {
  /** Length of the buffer in seconds: tells the cue sounds apart. */
  duration: number
  /** Audio-clock time it was set to start, and the context's clock when start() was called. */
  when: number
  contextTime: number
  contextState: string
}

export async function installAudioProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const started: unknown[] = []
    ;(window as unknown as { __sounds: unknown[] }).__sounds = started
    const original = AudioBufferSourceNode.prototype.start
    AudioBufferSourceNode.prototype.start = function (when?: number, ...rest: number[]) {
      started.push({
        duration: Math.round((this.buffer?.duration ?? 0) * 100) / 100,
        when: when ?? 0,
        contextTime: this.context.currentTime,
        contextState: (this.context as AudioContext).state,
      })
      return original.call(this, when, ...rest)
    }
  })
}

/** Every audible sound started; howler's own one-sample silent buffers (it uses them to unlock audio) are left out. */
export const startedSounds = async (page: Page): Promise<StartedSound[]> =>
  (await page.evaluate(() => (window as unknown as { __sounds: StartedSound[] }).__sounds)).filter(
    (s) => s.duration >= 0.01
  )

/** Durations of the sound files, as made by resources/sounds/make-sounds.mjs. */
export const SOUND_SECONDS = {
  countdown: 0.12,
  workStart: 0.45,
  restStart: 0.5,
  halfway: 0.6,
  finish: 1.1,
}
