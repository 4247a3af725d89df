// The user's own cue sounds: which cue plays which copied file (by content hash), the audio types Cadence
// accepts for them, and their size cap. A cue left out of the map plays its built-in sound.
import { z } from 'zod'

/** The cues a user may give a sound of their own (the names the page's built-in sounds use). */
export const CUE_SOUND_NAMES = ['countdown', 'workStart', 'restStart', 'halfway', 'finish'] as const
export const CueSoundNameSchema = z.enum(CUE_SOUND_NAMES)
export type CueSoundName = z.infer<typeof CueSoundNameSchema>

/** A cue is a second or two: 5 MB is minutes of WAV, and is checked before a byte is copied. */
export const MAX_CUE_SOUND_BYTES = 5 * 1024 * 1024

/** The audio types accepted, by content, and the extension each copy is stored and served under. */
export const CUE_AUDIO_TYPES = {
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/flac': 'flac',
} as const
export type CueAudioType = keyof typeof CUE_AUDIO_TYPES
export const CueAudioTypeSchema = z.enum(
  Object.keys(CUE_AUDIO_TYPES) as [CueAudioType, ...CueAudioType[]]
)

export const CueSoundRefSchema = z
  .object({
    /** sha256 of the content, lowercase hex: the copy's name in the data folder's media/ folder. */
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    type: CueAudioTypeSchema,
    /** The original file's name, for people. */
    name: z.string().min(1).max(255),
    bytes: z.number().int().min(1).max(MAX_CUE_SOUND_BYTES),
  })
  .strict()
export type CueSoundRef = z.infer<typeof CueSoundRefSchema>

/** Cue -> the user's sound; absent means the built-in one. */
export const CustomCueSoundsSchema = z.partialRecord(CueSoundNameSchema, CueSoundRefSchema)
export type CustomCueSounds = z.infer<typeof CustomCueSoundsSchema>

export const cueSoundFileName = (ref: Pick<CueSoundRef, 'hash' | 'type'>) =>
  `${ref.hash}.${CUE_AUDIO_TYPES[ref.type]}`

/** Where the page loads it: the app's own origin, under /sounds/. */
export const cueSoundUrl = (ref: Pick<CueSoundRef, 'hash' | 'type'>) =>
  `/sounds/${cueSoundFileName(ref)}`

/** Cue -> the address of the user's own sound, for the cues that have one (the rest play built-in sounds). */
export function ownCueSoundUrls(own: CustomCueSounds): Partial<Record<CueSoundName, string>> {
  return Object.fromEntries(Object.entries(own).map(([cue, ref]) => [cue, cueSoundUrl(ref)]))
}
