// The playlists (a default one, and one per circuit that has its own), kept in music.json in the data folder.
// Its paths are the allow-list of what app://cadence/music/ serves: nothing else on disk can be asked for.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { TrackSchema, type Playlist } from '@shared/model/music'
import { writeFileAtomic } from '../store/durableFile'
import { moveAside } from '../store/keepOriginal'
import type { StoredTrack } from './musicFiles'

const StoredTrackSchema = TrackSchema.extend({
  path: z.string().min(1).max(4096),
  type: z.string().regex(/^audio\/[a-z0-9.+-]+$/),
})
const FileSchema = z.object({
  default: z.array(StoredTrackSchema),
  circuits: z.record(z.string().min(1).max(64), z.array(StoredTrackSchema)),
})
type MusicFile = z.infer<typeof FileSchema>

export interface PlaylistStore {
  /** A circuit's own playlist, or the default one when it has none (or for `null`). */
  playlist(circuitId: string | null): Playlist
  /** Replaces a circuit's playlist (or the default one); an empty list falls back to the default. */
  set(circuitId: string | null, tracks: StoredTrack[]): Playlist
  /** The file behind a track id, if some playlist lists it: the only paths main serves. */
  track(id: string): StoredTrack | null
}

export function createPlaylistStore(
  dataDir: string,
  now: () => Date = () => new Date()
): PlaylistStore {
  const file = join(dataDir, 'music.json')
  let data = readFile(file, now)
  let byId = index(data)
  const pageTracks = (tracks: StoredTrack[]) =>
    tracks.map(({ path: _path, type: _type, ...track }) => track)

  const store: PlaylistStore = {
    playlist(circuitId) {
      const own = circuitId === null ? undefined : data.circuits[circuitId]
      if (own && own.length > 0) return { tracks: pageTracks(own), source: 'circuit' }
      return { tracks: pageTracks(data.default), source: 'default' }
    },
    set(circuitId, tracks) {
      if (circuitId === null) data = { ...data, default: tracks }
      else {
        const { [circuitId]: _old, ...rest } = data.circuits
        data = { ...data, circuits: tracks.length > 0 ? { ...rest, [circuitId]: tracks } : rest }
      }
      writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`)
      byId = index(data)
      return store.playlist(circuitId)
    },
    track: (id) => byId.get(id) ?? null,
  }
  return store
}

function index(data: MusicFile): Map<string, StoredTrack> {
  const all = [data.default, ...Object.values(data.circuits)].flat()
  return new Map(all.map((t) => [t.id, t]))
}

/** A damaged music.json is moved aside (kept, byte for byte) and Cadence starts with no playlists. */
function readFile(file: string, now: () => Date): MusicFile {
  const empty: MusicFile = { default: [], circuits: {} }
  if (!existsSync(file)) return empty
  try {
    return FileSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    moveAside(file, now())
    return empty
  }
}
