// Answers a GET or HEAD for one file on disk with byte ranges (206, 416), which <audio> and <video> need to
// seek and loop (Electron's net.fetch of a file: URL ignores Range). Used for the media copies and the music.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/** A byte range, inclusive, within a file of `size` bytes; null when the header asks for none we can give. */
export type Range = { start: number; end: number }

/**
 * Reads one `bytes=` range: `a-b`, `a-` or `-n` (the last n bytes). An end past the file is cut to it;
 * a start past it, a reversed range, several ranges or another unit are unsatisfiable (undefined).
 */
export function parseRange(header: string, size: number): Range | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!m || (m[1] === '' && m[2] === '')) return undefined
  if (m[1] === '') {
    const suffix = Number(m[2])
    if (suffix === 0 || size === 0) return undefined
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(m[1])
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  if (start >= size || end < start) return undefined
  return { start, end }
}

/** The most one ranged answer carries, so a 50 MB video never sits in memory whole. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024

/** Answers `request` from the file at `path` as `type`; a file that cannot be opened is a 404. */
export function answerFile(
  request: Request,
  path: string,
  type: string,
  headers: Record<string, string>
): Response {
  const answer = (status: number, body: string | null, extra: Record<string, string> = {}) =>
    new Response(body, {
      status,
      headers: { ...headers, 'x-content-type-options': 'nosniff', ...extra },
    })
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return answer(404, 'Not found')
  }
  try {
    const size = fstatSync(fd).size
    const common = { 'content-type': type, 'accept-ranges': 'bytes', 'cache-control': 'no-cache' }
    const header = request.headers.get('range')
    if (header === null) {
      const body = request.method === 'HEAD' ? null : read(fd, 0, size)
      return new Response(body, {
        status: 200,
        headers: { ...headers, ...common, 'content-length': String(size) },
      })
    }
    const range = parseRange(header, size)
    if (!range) return answer(416, 'Range not satisfiable', { 'content-range': `bytes */${size}` })
    // A long range is answered in part (the Content-Range says how much): players ask again from there.
    range.end = Math.min(range.end, range.start + MAX_ANSWER_BYTES - 1)
    const length = range.end - range.start + 1
    const body = request.method === 'HEAD' ? null : read(fd, range.start, length)
    return new Response(body, {
      status: 206,
      headers: {
        ...headers,
        ...common,
        'content-length': String(length),
        'content-range': `bytes ${range.start}-${range.end}/${size}`,
      },
    })
  } finally {
    closeSync(fd)
  }
}

function read(fd: number, start: number, length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length)
  for (let at = 0; at < length;) {
    const n = readSync(fd, out, at, length - at, start + at)
    if (n === 0) break
    at += n
  }
  return out
}

/**
 * A read-only app:// route: GET or HEAD only, and a path matching `pattern` that `find` turns into a file
 * and its type; anything else is a 405 or a 404.
 */
export function fileRoute(
  pattern: RegExp,
  find: (match: RegExpExecArray) => { path: string; type: string } | null,
  headers: Record<string, string> = {}
): (request: Request) => Promise<Response> {
  const refuse = (status: number, body: string) =>
    new Response(body, { status, headers: { ...headers, 'x-content-type-options': 'nosniff' } })
  return (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return Promise.resolve(refuse(405, 'Not allowed'))
    const match = pattern.exec(new URL(request.url).pathname)
    const file = match ? find(match) : null
    if (!file) return Promise.resolve(refuse(404, 'Not found'))
    return Promise.resolve(answerFile(request, file.path, file.type, headers))
  }
}
