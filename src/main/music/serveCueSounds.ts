// Answers app://cadence/sounds/<sha256>.<ext>: the user's own cue sounds, copied into the media folder by
// content hash (see cueSoundFiles). Only names of that shape are served, so no other file can be asked for.
import { join } from 'node:path'
import { CUE_AUDIO_TYPES, type CueAudioType } from '@shared/model/cueSounds'
import { answerFile } from '../media/rangedFile'

const EXTENSIONS = Object.values(CUE_AUDIO_TYPES).join('|')
export const CUE_SOUND_PATH = new RegExp(`^/sounds/([0-9a-f]{64})\\.(${EXTENSIONS})$`)

const TYPE_OF_EXT = Object.fromEntries(
  Object.entries(CUE_AUDIO_TYPES).map(([type, ext]) => [ext, type as CueAudioType])
)

export function createCueSoundHandler(
  mediaDir: string,
  headers: Record<string, string> = {}
): (request: Request) => Promise<Response> {
  const refuse = (status: number, body: string) =>
    new Response(body, { status, headers: { ...headers, 'x-content-type-options': 'nosniff' } })
  return (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return Promise.resolve(refuse(405, 'Not allowed'))
    const match = CUE_SOUND_PATH.exec(new URL(request.url).pathname)
    if (!match) return Promise.resolve(refuse(404, 'Not found'))
    const file = join(mediaDir, `${match[1]}.${match[2]}`)
    return Promise.resolve(answerFile(request, file, TYPE_OF_EXT[match[2]!]!, headers))
  }
}
