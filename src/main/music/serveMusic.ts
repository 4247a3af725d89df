// Answers app://cadence/music/<id> with the track's bytes, in ranges. The page names a track only by the id
// main gave it; the path comes from the playlists (the allow-list), never from the request, so the page
// cannot read any other file on disk. Electron-free.
import { fileRoute } from '../media/rangedFile'
import type { StoredTrack } from './musicFiles'

export const MUSIC_PATH = /^\/music\/([0-9a-f]{64})$/

export type MusicLookup = (id: string) => Pick<StoredTrack, 'path' | 'type'> | null

export function createMusicHandler(
  lookup: MusicLookup,
  headers: Record<string, string> = {}
): (request: Request) => Promise<Response> {
  return fileRoute(MUSIC_PATH, (match) => lookup(match[1]!), headers)
}
