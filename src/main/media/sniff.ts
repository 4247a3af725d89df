// Tells what a file is from its first bytes, never its name: a PNG renamed .mp4 is a PNG, and an SVG
// (which can carry script) is refused whatever it is called. Our own: the six signatures are a few lines,
// and file-type (the usual library) is ESM-only with a large table of formats we do not want.
import type { MediaType } from '@shared/model/media'
import { t } from '../i18n/mainLanguage'

/** How many leading bytes `sniff` needs. */
export const SNIFF_BYTES = 64

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) =>
  bytes.every((b, i) => head[at + i] === b)
const ascii = (head: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...head.subarray(from, to))

export type Sniffed = { ok: true; type: MediaType } | { ok: false; message: string }

export function sniff(head: Uint8Array): Sniffed {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ok('image/png')
  if (startsWith(head, [0xff, 0xd8, 0xff])) return ok('image/jpeg')
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return ok('image/gif')
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return ok('image/webp')
  // ISO base media (MP4): a box size, then 'ftyp' and a brand; QuickTime and 3GP brands are not MP4.
  if (ascii(head, 4, 8) === 'ftyp' && MP4_BRANDS.has(ascii(head, 8, 12))) return ok('video/mp4')
  // Matroska's EBML header, with the document type "webm" inside it.
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]) && ascii(head, 4, head.length).includes('webm'))
    return ok('video/webm')
  const text = ascii(head, 0, head.length)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  if (
    text.startsWith('<svg') ||
    (text.startsWith('<?xml') && text.includes('<svg')) ||
    text.startsWith('<!doctype svg')
  )
    return { ok: false, message: t('demo:attach.errors.svg') }
  return { ok: false, message: t('demo:attach.errors.unknown') }
}

const ok = (type: MediaType): Sniffed => ({ ok: true, type })

const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'dash',
  'M4V ',
  'mmp4',
])
