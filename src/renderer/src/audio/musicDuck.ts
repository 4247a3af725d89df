// Turns the duck plan (src/shared/music/duckPlan) into ramps of the music's duck gain on the audio clock,
// ahead of time: a JavaScript timer running late cannot make the music late to go down.
import {
  duckRamps,
  duckSpans,
  levelAt,
  type GainPoint,
  type VoiceLine,
} from '@shared/music/duckPlan'

/** A voice line still speaking holds the music down this far ahead; its end event brings it back. */
const OPEN_VOICE_MS = 10_000

export class MusicDuck {
  private applied = ''

  constructor(
    private readonly gain: AudioParam,
    private readonly ctx: BaseAudioContext,
    /** performance.now() ms to audio-clock seconds (the cues' own mapping); null when it cannot be told. */
    private readonly toAudio: (perfMs: number) => number | null
  ) {}

  /**
   * Plans the ramps for cues due at `cues` (performance.now() ms) and the voice lines, from `now` on. The
   * same plan twice changes nothing, so it can be called at every refresh.
   */
  plan(
    cues: readonly number[],
    voices: readonly VoiceLine[],
    duckLevel: number,
    now: number
  ): void {
    // An open line's end moves with time: held in steps, so the plan is not redone at every call.
    const openUntil = Math.ceil((now + OPEN_VOICE_MS) / OPEN_VOICE_MS) * OPEN_VOICE_MS
    const points = duckRamps(duckSpans(cues, voices, openUntil), duckLevel)
    const ahead = points.filter((p) => p.at > now)
    const key = `${duckLevel}|${ahead.map((p) => `${Math.round(p.at)}:${p.level}`).join(',')}`
    if (key === this.applied) return
    this.applied = key
    this.apply(points, ahead, now)
  }

  /** Back to full level at once (the session ended or the music stopped). */
  reset(): void {
    this.applied = ''
    const param = this.gain
    param.cancelScheduledValues(0)
    param.setValueAtTime(1, this.ctx.currentTime)
  }

  private apply(points: GainPoint[], ahead: GainPoint[], now: number): void {
    const start = this.toAudio(now)
    if (start === null) return
    const from = Math.max(start, this.ctx.currentTime)
    const param = this.gain
    // Hold what is sounding now, then the new ramps: a replan never makes the music jump.
    param.cancelScheduledValues(from)
    param.setValueAtTime(levelAt(points, now), from)
    for (const p of ahead) {
      const at = this.toAudio(p.at)
      if (at !== null && at > from) param.linearRampToValueAtTime(p.level, at)
    }
  }
}
