// Plays cue sounds. howler loads them and owns the AudioContext and master volume; cues due soon are
// scheduled on that context's own clock (howler's play() can only start "now"), so they sound on the beat
// even when a JavaScript timer runs late. howler itself is imported once the page runs (see load()), not
// with the first screen, whose JS is kept small. A cue may play the user's own sound (useSounds); one that
// cannot be loaded falls back to the built-in sound, with one notice.
import type { Howl, HowlerGlobal } from 'howler'
import { CUE_SOUNDS, SOUND_URLS, type CueSound } from './sounds'

/** How far the audio and system clocks may part before the mapping between them is measured again. */
const RESYNC_S = 0.02

interface Scheduled {
  source: AudioBufferSourceNode
  when: number
  sound: CueSound
}

/** howler's global and one Howl per cue sound, once the library has loaded. */
interface Audio {
  howler: HowlerGlobal
  howls: Record<CueSound, Howl>
}

export class CuePlayer {
  private audio: Audio | null = null
  private loading: Promise<Audio> | null = null
  private readonly buffers = new Map<CueSound, AudioBuffer>()
  private readonly scheduled = new Map<string, Scheduled>()
  private decoded: Promise<void> | null = null
  /** Keys of cues already scheduled or played this session, so the machine's own event does not play them twice. */
  private readonly handled = new Set<string>()
  /** Wanted before howler loaded, applied when it does. */
  private muted = false
  private volume = 1
  /** The address each cue plays: built-in, or the user's own. */
  private readonly urls: Record<CueSound, string> = { ...SOUND_URLS }
  /** Own sounds that could not be loaded, each told once. */
  private readonly failed = new Set<string>()
  private onMissing: (sound: CueSound) => void = () => undefined

  /** Loads howler and the sounds; safe to call often. The run session calls it once the
   * page is up, so Start finds them ready. */
  load(): Promise<Audio> {
    this.loading ??= import('howler').then(({ Howl, Howler }) => {
      const howls = Object.fromEntries(
        CUE_SOUNDS.map((sound) => [
          sound,
          new Howl({ src: [this.urls[sound]], preload: true, html5: false }),
        ])
      ) as Record<CueSound, Howl>
      Howler.volume(this.volume)
      Howler.mute(this.muted)
      this.audio = { howler: Howler, howls }
      // Decoding needs no running context: done now, the buffers are ready when Start comes (which
      // tries again if this fails).
      this.decode().catch(() => undefined)
      return this.audio
    })
    // A failed load (a missing chunk) is tried again next time.
    this.loading.catch(() => {
      this.loading = null
    })
    return this.loading
  }

  /**
   * Call on a user gesture before the first cue: resumes the context, keeps it from suspending during the
   * session (resuming adds delay), and resolves once the sounds are decoded for scheduling.
   */
  async warmUp(): Promise<void> {
    const { howler } = await this.load()
    howler.autoSuspend = false
    const ctx = howler.ctx
    if (ctx && ctx.state !== 'running') void ctx.resume()
    return this.decode()
  }

  /** Decodes the sounds for scheduling, once; a failure is tried again on the next call. */
  private decode(): Promise<void> {
    this.decoded ??= this.decodeAll(this.audio?.howler.ctx).catch((error: unknown) => {
      this.decoded = null
      throw error
    })
    return this.decoded
  }

  /** Lets the context sleep again after the session. */
  relax(): void {
    this.cancelAll()
    this.handled.clear()
    this.offset = null
    if (this.audio) this.audio.howler.autoSuspend = true
  }

  private async decodeAll(ctx: AudioContext | undefined): Promise<void> {
    if (!ctx) return
    await Promise.all(CUE_SOUNDS.map((sound) => this.decodeSound(ctx, sound, this.urls[sound])))
  }

  /** Decodes one cue's sound; the user's own that will not load gives way to the built-in one. */
  private async decodeSound(ctx: AudioContext, sound: CueSound, url: string): Promise<void> {
    try {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`${response.status}`)
      const buffer = await ctx.decodeAudioData(await response.arrayBuffer())
      if (this.urls[sound] === url) this.buffers.set(sound, buffer)
    } catch (error) {
      if (url === SOUND_URLS[sound]) throw error
      if (this.urls[sound] !== url) return
      if (!this.failed.has(url)) this.onMissing(sound)
      this.failed.add(url)
      this.play(sound, SOUND_URLS[sound])
    }
  }

  /** Who hears that a cue's own sound is missing (it then plays the built-in one). */
  whenMissing(listener: (sound: CueSound) => void): void {
    this.onMissing = listener
  }

  /**
   * The user's own sounds (cue -> address); a cue left out plays its built-in sound. Changed ones are loaded
   * now; until then, and if they cannot be, the cue keeps a sound it can play, so a session never waits.
   */
  useSounds(own: Partial<Record<CueSound, string>>): void {
    for (const sound of CUE_SOUNDS) {
      const url = own[sound] ?? SOUND_URLS[sound]
      const wanted = this.failed.has(url) ? SOUND_URLS[sound] : url
      if (wanted !== this.urls[sound]) this.play(sound, wanted)
    }
  }

  /** Makes `url` the cue's sound: a Howl for playing now, a buffer for scheduling. */
  private play(sound: CueSound, url: string): void {
    this.urls[sound] = url
    const audio = this.audio
    if (!audio) return // load() makes the Howls from this.urls
    void import('howler').then(({ Howl }) => {
      if (this.urls[sound] === url)
        audio.howls[sound] = new Howl({ src: [url], preload: true, html5: false })
    })
    if (audio.howler.ctx) void this.decodeSound(audio.howler.ctx, sound, url)
  }

  /**
   * audio-clock seconds minus performance.now() seconds, held steady through a session so that cues keep their
   * exact spacing; measured afresh only when the clocks really part (an audio stall), never for small jitter.
   */
  private offset: number | null = null

  private measuredOffset(ctx: AudioContext): number {
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

  /**
   * The context and the master gain the cues play through, once howler has loaded: the music plays into the
   * same ones, so it follows mute and is ducked on the same clock the cues are scheduled on.
   */
  async output(): Promise<{ ctx: AudioContext; out: AudioNode }> {
    const { howler } = await this.load()
    return { ctx: howler.ctx, out: howler.masterGain }
  }

  /** A performance.now() time (ms) on the audio clock (s), as cues are scheduled; null before howler loads. */
  toAudioTime(perfMs: number): number | null {
    const ctx = this.audio?.howler.ctx
    return ctx ? this.audioTime(ctx, perfMs) : null
  }

  /** Maps a performance.now() time onto the audio clock. */
  private audioTime(ctx: AudioContext, perfTime: number): number {
    const measured = this.measuredOffset(ctx)
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
    const ctx = this.audio?.howler.ctx
    if (!buffer || !ctx || ctx.state !== 'running' || !this.audio) return false
    const when = this.audioTime(ctx, perfTime)
    if (when < ctx.currentTime) return false
    const source = ctx.createBufferSource()
    source.buffer = buffer
    const gain = ctx.createGain()
    gain.gain.value = volume
    source.connect(gain).connect(this.audio.howler.masterGain)
    source.start(when)
    source.onended = () => this.scheduled.delete(key)
    this.scheduled.set(key, { source, when, sound })
    this.handled.add(key)
    return true
  }

  /** Cancels scheduled cues that have not started, except those whose keys are still wanted. */
  cancelExcept(keep: ReadonlySet<string>): void {
    const now = this.audio?.howler.ctx?.currentTime ?? 0
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

  /**
   * Plays at once through howler: for cues nobody could foresee (after Done or Skip) and for "Test sound".
   * Before howler has loaded (a test sound pressed first thing), the sound plays as soon as it has.
   */
  playNow(sound: CueSound, volume: number, key = `now:${sound}:${performance.now()}`): void {
    this.handled.add(key)
    const play = ({ howls }: Audio) => {
      const id = howls[sound].play()
      howls[sound].volume(volume, id)
    }
    if (this.audio) play(this.audio)
    else void this.load().then(play)
  }

  setMuted(muted: boolean): void {
    this.muted = muted
    this.audio?.howler.mute(muted)
  }

  setMasterVolume(volume: number): void {
    this.volume = volume
    this.audio?.howler.volume(volume)
  }
}
