// For the music-ducking benchmark: fakes a voice (headless Chromium has none) whose lines start and end
// like real speech, and taps the music's own path (after its duck gain, before the cues join it) with an
// AnalyserNode, sampling its level on the audio clock. Nothing in the app is changed for it.
import type { Page } from '@playwright/test'

export interface LevelSample {
  /** Audio-clock seconds. */
  t: number
  /** RMS of the music over the analyser's window. */
  rms: number
}

/** Speech lines last this long (ms): about a short step name said aloud. */
export const VOICE_MS = 500

export async function installMusicTap(page: Page): Promise<void> {
  await page.addInitScript((voiceMs: number) => {
    const w = window as unknown as Record<string, unknown>
    const voice = {
      name: 'Bench voice',
      lang: 'en-US',
      default: true,
      localService: true,
      voiceURI: 'bench',
    }
    class Utterance {
      voice: unknown = null
      lang = ''
      volume = 1
      rate = 1
      onstart: (() => void) | null = null
      onend: (() => void) | null = null
      onerror: (() => void) | null = null
      constructor(public text: string) {}
    }
    w['SpeechSynthesisUtterance'] = Utterance
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [voice],
        cancel: () => undefined,
        speak: (u: Utterance) => {
          setTimeout(() => u.onstart?.(), 10)
          setTimeout(() => u.onend?.(), 10 + voiceMs)
        },
      },
    })
    // The music's chain: its element's source, then the phase gain, then the duck gain.
    const next = new Map<AudioNode, AudioNode>()
    const sources: AudioNode[] = []
    const connect = AudioNode.prototype.connect as (this: AudioNode, d: AudioNode) => AudioNode
    AudioNode.prototype.connect = function (this: AudioNode, dest: AudioNode, ...rest: number[]) {
      if (dest instanceof AudioNode && !next.has(this)) next.set(this, dest)
      return (connect as (...a: unknown[]) => AudioNode).call(this, dest, ...rest)
    } as typeof AudioNode.prototype.connect
    const create = AudioContext.prototype.createMediaElementSource
    AudioContext.prototype.createMediaElementSource = function (el) {
      const node = create.call(this, el)
      sources.push(node)
      return node
    }
    const samples: Array<{ t: number; rms: number }> = []
    w['__musicLevels'] = samples
    w['__startMusicTap'] = () => {
      const source = sources[0]
      const duck = source && next.get(next.get(source)!)
      if (!duck) return false
      const ctx = duck.context as AudioContext
      const analyser = ctx.createAnalyser()
      analyser.fftSize = 256
      duck.connect(analyser)
      const data = new Float32Array(analyser.fftSize)
      setInterval(() => {
        analyser.getFloatTimeDomainData(data)
        let sum = 0
        for (const v of data) sum += v * v
        samples.push({ t: ctx.currentTime, rms: Math.sqrt(sum / data.length) })
      }, 5)
      return true
    }
  }, VOICE_MS)
}

export const musicLevels = (page: Page): Promise<LevelSample[]> =>
  page.evaluate(() => (window as unknown as { __musicLevels: LevelSample[] }).__musicLevels)
