// Answers app://cadence/... requests from the built renderer folder only; Electron-free, so tests call it directly.
import { readFile, realpath, stat } from 'node:fs'
import { promisify } from 'node:util'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { APP_HOST } from '../security/appOrigin'

// The callback forms, which Electron's asar support is known to patch, so this also reads inside app.asar.
const readFileAsync = promisify(readFile)
const realpathAsync = promisify(realpath)
const statAsync = promisify(stat)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
}

export type RendererHandler = (request: Request) => Promise<Response>

/**
 * `csp` goes out as a response header on every answer, beside the <meta> tag in index.html, so the policy
 * holds even for a document that lost its tag. Traversal (`..`, encoded or not) and symlinks that lead out
 * of the folder are refused with 403; a path that is not a file there is 404.
 */
export function createRendererHandler(rootDir: string, csp: string): RendererHandler {
  const root = resolve(rootDir)
  const realRoot = realpathAsync(root)
  const answer = (status: number, body: string) =>
    new Response(body, { status, headers: securityHeaders(csp, 'text/plain; charset=utf-8') })

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, 'Not allowed')
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return answer(404, 'Not found')
    let path: string
    try {
      path = decodeURIComponent(url.pathname)
    } catch {
      return answer(400, 'Bad path')
    }
    if (path.includes('\0')) return answer(400, 'Bad path')
    // A backslash is a separator on Windows: no asset has one, so it can only be an attempt to climb out.
    if (path.includes('\\')) return answer(403, 'Forbidden')
    if (path === '/' || path === '') path = '/index.html'
    const file = resolve(root, `.${path.startsWith('/') ? path : `/${path}`}`)
    if (!isInside(root, file)) return answer(403, 'Forbidden')
    let real: string
    try {
      real = await realpathAsync(file)
    } catch {
      return answer(404, 'Not found')
    }
    if (!isInside(await realRoot, real)) return answer(403, 'Forbidden')
    const info = await statAsync(real).catch(() => null)
    if (!info?.isFile()) return answer(404, 'Not found')
    const type = TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream'
    const body = request.method === 'HEAD' ? null : await readFileAsync(real)
    return new Response(body, { status: 200, headers: securityHeaders(csp, type) })
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

function securityHeaders(csp: string, type: string): Headers {
  return new Headers({
    'content-type': type,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  })
}

/** The built renderer folder beside the main bundle (out/main -> out/renderer, also inside app.asar). */
export function rendererDir(mainBundleDir: string): string {
  return join(mainBundleDir, '..', 'renderer')
}
