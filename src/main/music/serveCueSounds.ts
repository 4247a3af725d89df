// Answers app://cadence/sounds/<sha256>.<ext>: the user's own cue sounds, copied into the media folder by
// content hash (see cueSoundFiles). Only names of that shape are served, so no other file can be asked for.
import { join } from 'node:path'
import { CUE_AUDIO_TYPES, type CueAudioType } from '@shared/model/cueSounds'
import { fileRoute } from '../media/rangedFile'

const EXTENSIONS = Object.values(CUE_AUDIO_TYPES).join('|')
export const CUE_SOUND_PATH = new RegExp(`^/sounds/([0-9a-f]{64})\\.(${EXTENSIONS})$`)

const TYPE_OF_EXT = Object.fromEntries(
  Object.entries(CUE_AUDIO_TYPES).map(([type, ext]) => [ext, type as CueAudioType])
)

export function createCueSoundHandler(
  mediaDir: string,
  headers: Record<string, string> = {}
): (request: Request) => Promise<Response> {
  return fileRoute(
    CUE_SOUND_PATH,
    ([, hash, ext]) => ({ path: join(mediaDir, `${hash}.${ext}`), type: TYPE_OF_EXT[ext!]! }),
    headers
  )
}
