// Answers app://cadence/media/<sha256>.<ext> from the media folder, with byte ranges (see rangedFile),
// which a <video> needs to seek and loop. Electron-free.
import { join } from 'node:path'
import { MEDIA_TYPES, type MediaType } from '@shared/model/media'
import { answerFile } from './rangedFile'

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
  return (request) => Promise.resolve(answerMedia(request))

  function answerMedia(request: Request): Response {
    const refuse = (status: number, body: string) =>
      new Response(body, { status, headers: { ...headers, 'x-content-type-options': 'nosniff' } })
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Not allowed')
    const match = MEDIA_PATH.exec(new URL(request.url).pathname)
    if (!match) return refuse(404, 'Not found')
    const type = TYPE_OF_EXT[match[2]!]!
    return answerFile(request, join(mediaDir, `${match[1]}.${match[2]}`), type, headers)
  }
}
