// Plays the playlist under the cues: an <audio> element streams each track from app://cadence/music/<id>
// (in byte ranges, so a long track is never held in memory whole) into Web Audio through a
// MediaElementSource, then a phase gain (work/rest levels) and a duck gain whose ramps are set ahead on the
// audio clock. Not howler: html5:false decodes a whole track before it plays (hundreds of MB for an hour),
// and html5:true bypasses the context, so its gain cannot be automated ahead of time.
import { trackUrl, type Track } from '@shared/model/music'
import type { CuePlayer } from './cuePlayer'
import { MusicDuck } from './musicDuck'

/** How quickly the level follows a new phase, and how long the fade at the end takes (s). */
const PHASE_TIME_S = 0.15
const FADE_OUT_S = 2
/** The fade waits for the finish cue's duck to end: the chime is heard, then the music closes on its own. */
const FADE_DELAY_S = 1

interface Graph {
  ctx: AudioContext
  element: HTMLAudioElement
  phase: GainNode
  duck: MusicDuck
}

export interface MusicEvents {
  /** The track now playing (null when the music stops). */
  onTrack(track: Track | null): void
  /** A track could not be played and was skipped. */
  onUnreadable(track: Track): void
}

export class MusicPlayer {
  private graph: Graph | null = null
  private tracks: Track[] = []
  private at = 0
  private failedInRow = 0
  private fading: ReturnType<typeof setTimeout> | null = null

  private events: MusicEvents = { onTrack: () => undefined, onUnreadable: () => undefined }

  constructor(private readonly cues: CuePlayer) {}

  /** Who hears about the track changing and tracks skipped. */
  listen(events: MusicEvents): void {
    this.events = events
  }

  get current(): Track | null {
    return this.tracks[this.at] ?? null
  }

  /** The duck for the current graph, once the music has started. */
  get duck(): MusicDuck | null {
    return this.graph?.duck ?? null
  }

  /** Starts the playlist from its first track (shuffled if asked) at `level`. */
  async start(tracks: readonly Track[], shuffle: boolean, level: number): Promise<void> {
    this.tracks = shuffle ? shuffled(tracks) : [...tracks]
    this.at = 0
    this.failedInRow = 0
    if (this.tracks.length === 0) return
    const graph = await this.connect()
    this.cancelFade()
    graph.phase.gain.cancelScheduledValues(0)
    graph.phase.gain.setValueAtTime(level, graph.ctx.currentTime)
    graph.duck.reset()
    this.load()
  }

  /** The level for the phase (volume × work or rest level), reached smoothly. */
  setLevel(level: number): void {
    const g = this.graph
    if (!g || this.fading) return
    g.phase.gain.setTargetAtTime(level, g.ctx.currentTime, PHASE_TIME_S)
  }

  pause(): void {
    this.graph?.element.pause()
  }

  resume(): void {
    if (this.graph && this.current && !this.fading)
      void this.graph.element.play().catch(() => undefined)
  }

  skip(): void {
    if (this.tracks.length === 0) return
    this.at = (this.at + 1) % this.tracks.length
    this.load()
  }

  /** Fades out, then stops: the end of a session. */
  fadeOut(): void {
    const g = this.graph
    if (!g || this.fading || g.element.paused) return this.stop()
    g.phase.gain.setTargetAtTime(0, g.ctx.currentTime + FADE_DELAY_S, FADE_OUT_S / 4)
    this.fading = setTimeout(() => this.stop(), (FADE_DELAY_S + FADE_OUT_S) * 1000)
  }

  stop(): void {
    this.cancelFade()
    const g = this.graph
    if (g) {
      g.element.pause()
      g.element.removeAttribute('src')
      g.element.load()
      g.duck.reset()
    }
    this.tracks = []
    this.events.onTrack(null)
  }

  private cancelFade(): void {
    if (this.fading) clearTimeout(this.fading)
    this.fading = null
  }

  private load(): void {
    const g = this.graph
    const track = this.current
    if (!g || !track) return
    g.element.src = trackUrl(track)
    this.events.onTrack(track)
    void g.element.play().catch(() => undefined) // an unplayable track reports through 'error'
  }

  private async connect(): Promise<Graph> {
    if (this.graph) return this.graph
    const { ctx, out } = await this.cues.output()
    const element = new Audio()
    element.preload = 'auto'
    const phase = ctx.createGain()
    const duckGain = ctx.createGain()
    ctx.createMediaElementSource(element).connect(phase).connect(duckGain).connect(out)
    const duck = new MusicDuck(duckGain.gain, ctx, (ms) => this.cues.toAudioTime(ms))
    element.addEventListener('ended', () => {
      this.failedInRow = 0
      this.skip()
    })
    element.addEventListener('playing', () => {
      this.failedInRow = 0
    })
    element.addEventListener('error', () => this.unreadable())
    this.graph = { ctx, element, phase, duck }
    return this.graph
  }

  /** Skips a track that will not play; when none will, the music stops (the session goes on regardless). */
  private unreadable(): void {
    const track = this.current
    if (!track || !this.graph?.element.getAttribute('src')) return
    this.events.onUnreadable(track)
    this.failedInRow++
    if (this.failedInRow >= this.tracks.length) this.stop()
    else this.skip()
  }
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
