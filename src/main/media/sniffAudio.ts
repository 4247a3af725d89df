// Tells which audio a file is from its first bytes, never its name, for the user's own cue sounds: a PNG
// renamed .mp3 is refused. Our own, like sniff.ts: six signatures are a few lines.
import type { CueAudioType } from '@shared/model/cueSounds'

/** How many leading bytes `sniffAudio` needs. */
export const SNIFF_AUDIO_BYTES = 64

const ascii = (head: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...head.subarray(from, to))

/** M4A/AAC in an MP4 box: brands iTunes and encoders write for sound. */
const M4A_BRANDS = new Set(['M4A ', 'M4B ', 'mp42', 'mp41', 'isom', 'iso2', 'dash'])

export function sniffAudio(head: Uint8Array): CueAudioType | null {
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return 'audio/wav'
  if (ascii(head, 0, 4) === 'OggS') return 'audio/ogg'
  if (ascii(head, 0, 4) === 'fLaC') return 'audio/flac'
  if (ascii(head, 0, 3) === 'ID3') return 'audio/mpeg'
  if (ascii(head, 4, 8) === 'ftyp' && M4A_BRANDS.has(ascii(head, 8, 12))) return 'audio/mp4'
  const [b0, b1] = [head[0] ?? 0, head[1] ?? 0]
  if (b0 === 0xff && (b1 & 0xe0) === 0xe0) {
    // A frame sync: layer bits 00 mean ADTS (AAC), any other layer is MPEG audio (MP3).
    const layer = (b1 >> 1) & 0x03
    if (layer === 0) return (b1 & 0xf0) === 0xf0 ? 'audio/aac' : null
    return 'audio/mpeg'
  }
  return null
}
