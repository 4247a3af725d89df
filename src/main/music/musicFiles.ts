// Turns what the user picked (files, or a folder) into tracks: which files are music by name, then their tags
// and duration from music-metadata, which also proves the file is readable audio. Files are never copied
// (a music folder can be gigabytes): main keeps their paths and serves them by id (see serveMusic).
import { createHash } from 'node:crypto'
import { readdirSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { MAX_TRACKS, type Track } from '@shared/model/music'

/** What Chromium decodes, by extension, with the type main answers them with. */
export const MUSIC_TYPES: Record<string, string> = {
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.flac': 'audio/flac',
  '.wav': 'audio/wav',
}
export const MUSIC_EXTENSIONS = Object.keys(MUSIC_TYPES).map((e) => e.slice(1))

/** A track as main keeps it: the page's view plus the path and type only main uses. */
export type StoredTrack = Track & { path: string; type: string }

export const trackId = (path: string) => createHash('sha256').update(path).digest('hex')

/** Music files in a folder and its subfolders (sorted, so a folder plays in the order it shows), up to a cap. */
export function musicInFolder(folder: string, cap = MAX_TRACKS): string[] {
  const found: string[] = []
  const walk = (dir: string, depth: number) => {
    let names: string[]
    try {
      names = readdirSync(dir).sort((a, b) => a.localeCompare(b))
    } catch {
      return // an unreadable subfolder is left out, like an unreadable file
    }
    for (const name of names) {
      if (found.length >= cap) return
      const path = join(dir, name)
      if (name.startsWith('.')) continue
      const stat = statSync(path, { throwIfNoEntry: false })
      if (stat?.isDirectory() && depth < 4) walk(path, depth + 1)
      else if (stat?.isFile() && MUSIC_TYPES[extname(name).toLowerCase()]) found.push(path)
    }
  }
  walk(folder, 0)
  return found
}

export interface ReadTracks {
  tracks: StoredTrack[]
  /** Names of the files left out: not music by name, or not readable as audio. */
  skipped: string[]
}

/** Reads tags and duration of each file; a file music-metadata cannot read is skipped (and named). */
export async function readTracks(paths: readonly string[]): Promise<ReadTracks> {
  const tracks: StoredTrack[] = []
  const skipped: string[] = []
  // Loaded when music is first picked, never at start-up (it is ESM with a dozen parsers).
  const { parseFile } = await import('music-metadata')
  for (const path of paths.slice(0, MAX_TRACKS)) {
    const type = MUSIC_TYPES[extname(path).toLowerCase()]
    if (!type) {
      skipped.push(basename(path))
      continue
    }
    try {
      const { common, format } = await parseFile(path, { duration: true, skipCovers: true })
      if (!format.container) throw new Error('not audio')
      tracks.push({
        id: trackId(path),
        name: basename(path).slice(0, 255),
        title: common.title?.slice(0, 500) ?? null,
        artist: common.artist?.slice(0, 500) ?? null,
        durationSec: format.duration ?? null,
        path,
        type,
      })
    } catch {
      skipped.push(basename(path))
    }
  }
  return { tracks, skipped }
}
