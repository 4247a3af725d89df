// Importing a cue sound: audio is told by its content, a renamed picture or an oversized file is refused
// with a clear message and nothing is copied, and the copy is named by its hash.
import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { importCueSound } from '@main/music/cueSoundFiles'
import { sniffAudio } from '@main/media/sniffAudio'
import { makeTone } from '@tests/fixtures/music'
import { useTempDir } from '@tests/unit/helpers/tempDir'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array<number>(60).fill(0)])
const text = (s: string) => new Uint8Array(Buffer.from(s.padEnd(64, '\0'), 'latin1'))

describe('sniffAudio', () => {
  it('knows each accepted format by its first bytes', () => {
    expect(sniffAudio(text('RIFF\x24\0\0\0WAVEfmt '))).toBe('audio/wav')
    expect(sniffAudio(text('OggS\0\x02'))).toBe('audio/ogg')
    expect(sniffAudio(text('fLaC\0\0\0\x22'))).toBe('audio/flac')
    expect(sniffAudio(text('ID3\x04\0'))).toBe('audio/mpeg')
    expect(sniffAudio(bytes(0xff, 0xfb, 0x90, 0x64))).toBe('audio/mpeg')
    expect(sniffAudio(bytes(0xff, 0xf1, 0x50, 0x80))).toBe('audio/aac')
    expect(sniffAudio(text('\0\0\0\x20ftypM4A \0\0\0\0'))).toBe('audio/mp4')
  })

  it('refuses pictures, video, text and a WebP that is RIFF too', () => {
    expect(sniffAudio(new Uint8Array(PNG))).toBeNull()
    expect(sniffAudio(text('RIFF\x24\0\0\0WEBPVP8 '))).toBeNull()
    expect(sniffAudio(text('\0\0\0\x20ftypqt  \0\0\0\0'))).toBeNull()
    expect(sniffAudio(text('this is not music'))).toBeNull()
    expect(sniffAudio(new Uint8Array(0))).toBeNull()
  })
})

describe('importCueSound', () => {
  const tempDir = useTempDir('cadence-cue-sound-')

  it('copies a WAV under its sha256, once however often it is chosen', () => {
    const dir = tempDir()
    const source = makeTone(join(dir, 'gong.wav'), 0.3, 880)
    const media = join(dir, 'media')
    const ref = importCueSound(source, media, 'gong.wav')
    const hash = createHash('sha256').update(readFileSync(source)).digest('hex')
    expect(ref).toMatchObject({ hash, type: 'audio/wav', name: 'gong.wav' })
    expect(readdirSync(media)).toEqual([`${hash}.wav`])
    importCueSound(source, media, 'again.wav')
    expect(readdirSync(media)).toEqual([`${hash}.wav`])
  })

  it('refuses a PNG renamed .mp3 and a file over the cap, copying nothing', () => {
    const dir = tempDir()
    const media = join(dir, 'media')
    const png = join(dir, 'picture.mp3')
    writeFileSync(png, Buffer.concat([PNG, Buffer.alloc(200)]))
    expect(() => importCueSound(png, media, 'picture.mp3')).toThrow(
      /“picture.mp3” is not a sound Cadence can play\. Use MP3, WAV.*Nothing was copied/
    )
    const big = makeTone(join(dir, 'long.wav'), 1, 440)
    expect(() => importCueSound(big, media, 'long.wav', 100_000)).toThrow(
      /“long.wav” is [\d.]+ MB: a cue sound can be 0\.1 MB at most\. Nothing was copied/
    )
    expect(existsSync(media) ? readdirSync(media) : []).toEqual([])
  })
})
