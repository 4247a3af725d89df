// Copies a file the user chose into the media folder under its sha256, checked first: its size against
// the cap (before a byte is copied) and its type by content. Written to a temp file, fsynced and renamed,
// so a crash leaves either the whole copy or none; a copy already there (same content) is reused.
import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  openSync,
  readSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { AppError } from '@shared/ipc/result'
import { MAX_MEDIA_BYTES, mediaFileName, type MediaRef } from '@shared/model/media'
import { formatNumber } from '@shared/i18n/format'
import { currentLanguage, t } from '../i18n/mainLanguage'
import { renameDurable } from '../store/durableFile'
import { SNIFF_BYTES, sniff } from './sniff'

const CHUNK = 1024 * 1024
const mb = (bytes: number, digits = 1) =>
  formatNumber(bytes / 1024 / 1024, currentLanguage(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: 1,
  })
/** The attach errors' words, in the screen's language (locales/<lang>/demo.json). */
const say = (key: string, values: Record<string, string | number>) =>
  t(`demo:attach.errors.${key}`, values)

export function copyMedia(
  source: string,
  mediaDir: string,
  name: string,
  limit = MAX_MEDIA_BYTES
): MediaRef {
  const fd = openSource(source)
  try {
    const size = fstatSync(fd).size
    if (!fstatSync(fd).isFile()) throw new AppError('invalid-payload', say('notFile', { name }))
    if (size === 0) throw new AppError('invalid-payload', say('empty', { name }))
    if (size > limit)
      throw new AppError(
        'invalid-payload',
        say('tooBig', { name, size: mb(size), limit: mb(limit, 0) })
      )
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, size))
    readSync(fd, head, 0, head.length, 0)
    const kind = sniff(head)
    if (!kind.ok)
      throw new AppError('invalid-payload', say('refused', { name, reason: kind.message }))
    const { hash, tmp } = copyHashing(fd, mediaDir, limit)
    const ref: MediaRef = { hash, type: kind.type, name: name.slice(0, 255), bytes: size }
    const target = join(mediaDir, mediaFileName(ref))
    if (existsSync(target)) unlinkSync(tmp)
    else renameDurable(tmp, target)
    return ref
  } finally {
    closeSync(fd)
  }
}

export function openSource(path: string): number {
  try {
    return openSync(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new AppError('not-found', say('gone', { path }))
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('io', say('mayNotRead', { path }))
    if (code === 'EISDIR') throw new AppError('invalid-payload', say('isFolder', { path }))
    throw new AppError('io', say('readFailed', { path, code: code ?? String(error) }))
  }
}

/** Streams the source into a temp file beside the copies, hashing as it goes; never past the cap. */
export function copyHashing(
  fd: number,
  mediaDir: string,
  limit: number
): { hash: string; tmp: string } {
  const hasher = createHash('sha256')
  const tmp = join(mediaDir, `.import-${process.pid}-${Date.now()}.tmp`)
  const out = openSync(tmp, 'wx', 0o600)
  try {
    const buffer = Buffer.alloc(CHUNK)
    let total = 0
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, total)
      if (read === 0) break
      total += read
      // The file may grow while it is copied; the cap holds for what is actually read.
      if (total > limit) throw new AppError('invalid-payload', say('grew', {}))
      const chunk = buffer.subarray(0, read)
      hasher.update(chunk)
      for (let at = 0; at < read;) at += writeSync(out, chunk, at, read - at)
    }
    fsyncSync(out)
  } catch (error) {
    closeSync(out)
    unlinkSync(tmp)
    throw error
  }
  closeSync(out)
  return { hash: hasher.digest('hex'), tmp }
}
