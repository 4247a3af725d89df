// Answers app://cadence/media/<sha256>.<ext> from the media folder, with byte ranges (see rangedFile),
// which a <video> needs to seek and loop. Electron-free.
import { join } from 'node:path'
import { MEDIA_TYPES, type MediaType } from '@shared/model/media'
import { fileRoute } from './rangedFile'

export { parseRange, MAX_ANSWER_BYTES, type Range } from './rangedFile'

export const MEDIA_PATH = /^\/media\/([0-9a-f]{64})\.(png|jpg|webp|gif|mp4|webm)$/

const TYPE_OF_EXT = Object.fromEntries(
  Object.entries(MEDIA_TYPES).map(([type, { ext }]) => [ext, type as MediaType])
)

export type MediaHandler = (request: Request) => Promise<Response>

export function createMediaHandler(
  mediaDir: string,
  headers: Record<string, string> = {}
): MediaHandler {
  return fileRoute(
    MEDIA_PATH,
    ([, hash, ext]) => ({ path: join(mediaDir, `${hash}.${ext}`), type: TYPE_OF_EXT[ext!]! }),
    headers
  )
}
