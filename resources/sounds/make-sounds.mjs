// Synthesises Cadence's cue sounds as 16-bit mono WAV files: `node resources/sounds/make-sounds.mjs`.
// Short, clean tones with quick attack so they sound on the beat, and distinct enough to tell apart across a room.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const RATE = 44_100
const here = dirname(fileURLToPath(import.meta.url))

/** A tone: frequency (Hz), start and length (s), with a 3 ms attack and an exponential decay. */
function tone(samples, freq, start, length, gain = 0.6, harmonics = [1, 0.25, 0.08]) {
  const from = Math.round(start * RATE)
  const count = Math.round(length * RATE)
  for (let i = 0; i < count; i++) {
    const t = i / RATE
    const attack = Math.min(1, t / 0.003)
    const decay = Math.exp((-4 * t) / length)
    let v = 0
    harmonics.forEach((h, k) => (v += h * Math.sin(2 * Math.PI * freq * (k + 1) * t)))
    samples[from + i] += gain * attack * decay * v
  }
}

function wav(seconds, draw) {
  const samples = new Float64Array(Math.round(seconds * RATE))
  draw(samples)
  const peak = Math.max(...samples.map(Math.abs), 1e-9)
  const scale = Math.min(1, 0.89 / peak)
  const data = Buffer.alloc(samples.length * 2)
  samples.forEach((s, i) => data.writeInt16LE(Math.round(s * scale * 32767), i * 2))
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(RATE, 24)
  header.writeUInt32LE(RATE * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}

const sounds = {
  // A short high pip for 3-2-1.
  'countdown.wav': wav(0.12, (s) => tone(s, 1046.5, 0, 0.12)),
  // Work: a bright rising pair, unmistakably "go".
  'work-start.wav': wav(0.45, (s) => {
    tone(s, 880, 0, 0.2)
    tone(s, 1318.5, 0.12, 0.33)
  }),
  // Rest: a soft falling pair, lower and gentler.
  'rest-start.wav': wav(0.5, (s) => {
    tone(s, 659.3, 0, 0.25, 0.5, [1, 0.1])
    tone(s, 440, 0.16, 0.34, 0.5, [1, 0.1])
  }),
  // Halfway: one bell-like chime.
  'halfway.wav': wav(0.6, (s) => tone(s, 1567.98, 0, 0.6, 0.45, [1, 0.5, 0.3, 0.15])),
  // Finish: a rising arpeggio.
  'finish.wav': wav(1.1, (s) => {
    tone(s, 523.25, 0, 0.35)
    tone(s, 659.25, 0.15, 0.35)
    tone(s, 783.99, 0.3, 0.35)
    tone(s, 1046.5, 0.45, 0.65)
  }),
}

for (const [name, bytes] of Object.entries(sounds)) {
  writeFileSync(join(here, name), bytes)
  console.log(`${name}: ${bytes.length} bytes`)
}
