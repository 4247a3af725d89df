// Answers app://cadence/music/<id> with the track's bytes, in ranges. The page names a track only by the id
// main gave it; the path comes from the playlists (the allow-list), never from the request, so the page
// cannot read any other file on disk. Electron-free.
import { answerFile } from '../media/rangedFile'
import type { StoredTrack } from './musicFiles'

export const MUSIC_PATH = /^\/music\/([0-9a-f]{64})$/

export type MusicLookup = (id: string) => Pick<StoredTrack, 'path' | 'type'> | null

export function createMusicHandler(
  lookup: MusicLookup,
  headers: Record<string, string> = {}
): (request: Request) => Promise<Response> {
  const refuse = (status: number, body: string) =>
    new Response(body, { status, headers: { ...headers, 'x-content-type-options': 'nosniff' } })
  return (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return Promise.resolve(refuse(405, 'Not allowed'))
    const match = MUSIC_PATH.exec(new URL(request.url).pathname)
    const track = match ? lookup(match[1]!) : null
    if (!track) return Promise.resolve(refuse(404, 'Not found'))
    return Promise.resolve(answerFile(request, track.path, track.type, headers))
  }
}
