// Which exercise shows which of the user's pictures or videos: an index (media.json) over the copies in
// media/, named by content hash, so two exercises with the same file share one copy, and a copy is deleted
// only when no exercise uses it any more.
import { existsSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { AppError } from '@shared/ipc/result'
import { MediaRefSchema, mediaFileName, type MediaRef } from '@shared/model/media'
import { writeFileAtomic } from '../store/durableFile'
import { moveAside } from '../store/keepOriginal'
import { copyMedia } from './copyMedia'

export const MediaIndexSchema = z.record(z.string().regex(/^[a-z0-9-]{2,64}$/), MediaRefSchema)
type MediaIndex = z.infer<typeof MediaIndexSchema>

export type MediaEntry = MediaRef & { missing: boolean }

export interface MediaStore {
  readonly dir: string
  list(): Record<string, MediaEntry>
  /** Copies `path` in and shows it for the exercise, releasing what it showed before. */
  attach(exerciseId: string, path: string, name: string): MediaRef
  /** Stops showing media for the exercise; `deleted` says whether its copy went too (nothing else used it). */
  detach(exerciseId: string): { removed: boolean; deleted: boolean }
}

/** The folder the copies live in, inside the data folder. */
export const mediaFolder = (dataDir: string) => join(dataDir, 'media')

export function createMediaStore(dataDir: string, now: () => Date = () => new Date()): MediaStore {
  const dir = mediaFolder(dataDir)
  const indexFile = join(dataDir, 'media.json')
  let index = readIndex(indexFile, now)
  const save = () => writeFileAtomic(indexFile, `${JSON.stringify(index, null, 2)}\n`)

  const release = (ref: MediaRef): boolean => {
    if (Object.values(index).some((r) => r.hash === ref.hash)) return false
    const file = join(dir, mediaFileName(ref))
    if (existsSync(file)) unlinkSync(file)
    return true
  }

  return {
    dir,
    list: () =>
      Object.fromEntries(
        Object.entries(index).map(([id, ref]) => [
          id,
          { ...ref, missing: !existsSync(join(dir, mediaFileName(ref))) },
        ])
      ),
    attach(exerciseId, path, name) {
      mkdirSync(dir, { recursive: true })
      const ref = copyMedia(path, dir, name)
      const before = index[exerciseId]
      index = { ...index, [exerciseId]: ref }
      save()
      if (before && before.hash !== ref.hash) release(before)
      return ref
    },
    detach(exerciseId) {
      const before = index[exerciseId]
      if (!before) return { removed: false, deleted: false }
      const { [exerciseId]: _gone, ...rest } = index
      index = rest
      save()
      return { removed: true, deleted: release(before) }
    },
  }
}

/** A damaged index is moved aside (kept, byte for byte) and Cadence starts with none. */
function readIndex(file: string, now: () => Date): MediaIndex {
  if (!existsSync(file)) return {}
  try {
    return MediaIndexSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch (error) {
    if (error instanceof AppError) throw error
    moveAside(file, now())
    return {}
  }
}
