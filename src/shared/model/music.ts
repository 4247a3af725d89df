// The music Cadence plays under the cues: a track as the page sees it (never its path), a playlist, and the
// settings that shape it (levels per phase, the duck's depth, pausing with the session).
import { z } from 'zod'

/** A track the page may ask for by id: main keeps the path and serves only ids it listed itself. */
export const TrackSchema = z
  .object({
    /** sha256 of the track's path, hex: the only name the page uses for it (app://cadence/music/<id>). */
    id: z.string().regex(/^[0-9a-f]{64}$/),
    /** The file's name, for people; the path stays in main. */
    name: z.string().min(1).max(255),
    title: z.string().max(500).nullable(),
    artist: z.string().max(500).nullable(),
    durationSec: z.number().nonnegative().nullable(),
  })
  .strict()
export type Track = z.infer<typeof TrackSchema>

/** A circuit's own playlist, or the default one (circuit null) that plays when a circuit has none. */
export const PlaylistOwnerSchema = z
  .object({ circuitId: z.string().min(1).max(64).nullable() })
  .strict()

export const PlaylistSchema = z
  .object({
    tracks: z.array(TrackSchema),
    /** Whose playlist this is: the circuit's own, or the default one it falls back to. */
    source: z.enum(['circuit', 'default']),
  })
  .strict()
export type Playlist = z.infer<typeof PlaylistSchema>

/** The page's address for a track: the app's own origin, under /music/. */
export const trackUrl = (track: Pick<Track, 'id'>) => `/music/${track.id}`

const level = z.number().min(0).max(1)

export const MusicSettingsSchema = z
  .object({
    on: z.boolean(),
    /** The music's own volume, under the cues' master volume. */
    volume: level,
    /** Per phase, a share of `volume`: louder in work, softer in rest. */
    workLevel: level,
    restLevel: level,
    /** How far the music goes down under a cue or a voice line, in dB: 10 dB at least. */
    duckDb: z.number().min(-40).max(-10),
    /** Pause the music when the session pauses; off, it plays on through a pause. */
    pauseWithSession: z.boolean(),
    shuffle: z.boolean(),
  })
  .strict()
export type MusicSettings = z.infer<typeof MusicSettingsSchema>

export const DEFAULT_MUSIC: MusicSettings = {
  on: true,
  volume: 0.7,
  workLevel: 1,
  restLevel: 0.6,
  duckDb: -18,
  pauseWithSession: true,
  shuffle: false,
}

/** Largest number of tracks in one playlist: a folder of more is cut here, with a notice. */
export const MAX_TRACKS = 2_000
