// Plays cue sounds. howler loads them and owns the AudioContext and master volume; cues due soon are
// scheduled on that context's own clock (howler's play() can only start "now"), so they sound on the beat
// even when a JavaScript timer runs late.
import { Howl, Howler } from 'howler'
import { CUE_SOUNDS, SOUND_URLS, type CueSound } from './sounds'

/** How far the audio and system clocks may part before the mapping between them is measured again. */
const RESYNC_S = 0.02

interface Scheduled {
  source: AudioBufferSourceNode
  when: number
  sound: CueSound
}

export class CuePlayer {
  private readonly howls: Record<CueSound, Howl>
  private readonly buffers = new Map<CueSound, AudioBuffer>()
  private readonly scheduled = new Map<string, Scheduled>()
  private ready: Promise<void> | null = null
  /** Keys of cues already scheduled or played this session, so the machine's own event does not play them twice. */
  private readonly handled = new Set<string>()

  constructor() {
    this.howls = Object.fromEntries(
      CUE_SOUNDS.map((sound) => [
        sound,
        new Howl({ src: [SOUND_URLS[sound]], preload: true, html5: false }),
      ])
    ) as Record<CueSound, Howl>
  }

  /**
   * Call on a user gesture before the first cue: resumes the context, keeps it from suspending during the
   * session (resuming adds delay), and decodes the sounds for scheduling.
   */
  warmUp(): Promise<void> {
    Howler.autoSuspend = false
    const ctx = Howler.ctx
    if (ctx && ctx.state !== 'running') void ctx.resume()
    this.ready ??= this.decodeAll()
    return this.ready
  }

  /** Lets the context sleep again after the session. */
  relax(): void {
    this.cancelAll()
    this.handled.clear()
    this.offset = null
    Howler.autoSuspend = true
  }

  private async decodeAll(): Promise<void> {
    const ctx = Howler.ctx
    if (!ctx) return
    await Promise.all(
      CUE_SOUNDS.map(async (sound) => {
        const response = await fetch(SOUND_URLS[sound])
        this.buffers.set(sound, await ctx.decodeAudioData(await response.arrayBuffer()))
      })
    )
  }

  /**
   * audio-clock seconds minus performance.now() seconds, held steady through a session so that cues keep their
   * exact spacing; measured afresh only when the clocks really part (an audio stall), never for small jitter.
   */
  private offset: number | null = null

  private measuredOffset(): number {
    const ctx = Howler.ctx
    const stamp = ctx.getOutputTimestamp?.()
    if (
      stamp &&
      stamp.performanceTime &&
      stamp.contextTime !== undefined &&
      stamp.performanceTime > 0
    ) {
      return stamp.contextTime - stamp.performanceTime / 1000
    }
    return ctx.currentTime - performance.now() / 1000
  }

  /** Maps a performance.now() time onto the audio clock. */
  private audioTime(perfTime: number): number {
    const measured = this.measuredOffset()
    if (this.offset === null || Math.abs(measured - this.offset) > RESYNC_S) this.offset = measured
    return perfTime / 1000 + this.offset
  }

  /** Whether this cue has already been scheduled or played. */
  handles(key: string): boolean {
    return this.handled.has(key)
  }

  /** Schedules a cue at a performance.now() time; false if it cannot be (not decoded yet, or already past). */
  schedule(key: string, sound: CueSound, perfTime: number, volume: number): boolean {
    if (this.scheduled.has(key)) return true
    const buffer = this.buffers.get(sound)
    const ctx = Howler.ctx
    if (!buffer || !ctx || ctx.state !== 'running') return false
    const when = this.audioTime(perfTime)
    if (when < ctx.currentTime) return false
    const source = ctx.createBufferSource()
    source.buffer = buffer
    const gain = ctx.createGain()
    gain.gain.value = volume
    source.connect(gain).connect(Howler.masterGain)
    source.start(when)
    source.onended = () => this.scheduled.delete(key)
    this.scheduled.set(key, { source, when, sound })
    this.handled.add(key)
    return true
  }

  /** Cancels scheduled cues that have not started, except those whose keys are still wanted. */
  cancelExcept(keep: ReadonlySet<string>): void {
    const now = Howler.ctx?.currentTime ?? 0
    for (const [key, entry] of this.scheduled) {
      if (keep.has(key) || entry.when <= now) continue
      entry.source.onended = null
      entry.source.stop()
      this.scheduled.delete(key)
      this.handled.delete(key)
    }
  }

  cancelAll(): void {
    this.cancelExcept(new Set())
  }

  /** Plays at once through howler: for cues nobody could foresee (after Done or Skip) and for "Test sound". */
  playNow(sound: CueSound, volume: number, key = `now:${sound}:${performance.now()}`): void {
    const howl = this.howls[sound]
    const id = howl.play()
    howl.volume(volume, id)
    this.handled.add(key)
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted)
  }

  setMasterVolume(volume: number): void {
    Howler.volume(volume)
  }
}
