// The phone page's own files, read once from the built renderer: remote.html and exactly the files it
// names. The remote server serves these from memory and nothing else, so no other file can be reached.
import { readFileSync } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'

export const PHONE_PAGE = 'remote.html'

export interface PhoneFile {
  body: Buffer
  type: string
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/** Relative references (src="./x", href="./x") in the page; the phone page names its files that way. */
export function referencedFiles(html: string): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(/(?:src|href)="\.\/([^"?#]+)"/g)) {
    const path = match[1]!
    if (!path.includes('..') && !path.startsWith('/')) found.add(path)
  }
  return [...found]
}

/** Path (as the URL names it, after the token) -> file. Throws if the page was not built. */
export function loadPhonePage(rendererDir: string): Map<string, PhoneFile> {
  const html = readFileSync(join(rendererDir, PHONE_PAGE), 'utf8')
  const files = new Map<string, PhoneFile>([
    ['', { body: Buffer.from(html), type: TYPES['.html']! }],
  ])
  for (const path of referencedFiles(html)) {
    const full = normalize(join(rendererDir, path))
    if (!full.startsWith(normalize(rendererDir) + sep)) continue
    const type = TYPES[extname(path)] ?? 'application/octet-stream'
    files.set(path, { body: readFileSync(full), type })
  }
  return files
}
