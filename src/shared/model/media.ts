// A picture or video the user attached to an exercise: what it is, its content hash, and the limits.
import { z } from 'zod'

/** Checked before a byte is copied: a larger file is refused with its size in the message. */
export const MAX_MEDIA_BYTES = 50 * 1024 * 1024

/** The formats Cadence accepts, by content; SVG is refused on purpose (it can carry script). */
export const MEDIA_TYPES = {
  'image/png': { ext: 'png', kind: 'image' },
  'image/jpeg': { ext: 'jpg', kind: 'image' },
  'image/webp': { ext: 'webp', kind: 'image' },
  'image/gif': { ext: 'gif', kind: 'image' },
  'video/mp4': { ext: 'mp4', kind: 'video' },
  'video/webm': { ext: 'webm', kind: 'video' },
} as const
export const MediaTypeSchema = z.enum(
  Object.keys(MEDIA_TYPES) as [keyof typeof MEDIA_TYPES, ...(keyof typeof MEDIA_TYPES)[]]
)
export type MediaType = z.infer<typeof MediaTypeSchema>

export const MediaRefSchema = z
  .object({
    /** sha256 of the content, lowercase hex: also the copy's file name in the data folder. */
    hash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'A media hash is 64 hex digits' }),
    type: MediaTypeSchema,
    /** The original file's name, for people (exports name the media; they never embed it). */
    name: z.string().min(1).max(255),
    bytes: z.number().int().min(1).max(MAX_MEDIA_BYTES),
  })
  .strict()
export type MediaRef = z.infer<typeof MediaRefSchema>

export const mediaFileName = (ref: Pick<MediaRef, 'hash' | 'type'>) =>
  `${ref.hash}.${MEDIA_TYPES[ref.type].ext}`

/** Where the page loads it: the app's own origin, under /media/. */
export const mediaUrl = (ref: Pick<MediaRef, 'hash' | 'type'>) => `/media/${mediaFileName(ref)}`

export const isVideo = (ref: Pick<MediaRef, 'type'>) => MEDIA_TYPES[ref.type].kind === 'video'
