// Measures what the renderer loads before first paint: the JS and CSS index.html references, raw and gzipped.
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const rendererDir = 'out/renderer'
execSync('npx electron-vite build', { stdio: 'ignore' })

const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!)

const totals = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
for (const ref of refs) {
  const bytes = readFileSync(join(rendererDir, ref))
  const kind = ref.endsWith('.css') ? 'css' : 'js'
  totals[kind].raw += bytes.length
  totals[kind].gzip += gzipSync(bytes, { level: 9 }).length
  console.log(`${ref}: ${bytes.length} B`)
}

console.log(
  JSON.stringify({
    bench: 'bundle',
    files: refs.length,
    js_bytes: totals.js.raw,
    js_gzip_bytes: totals.js.gzip,
    css_bytes: totals.css.raw,
    css_gzip_bytes: totals.css.gzip,
  })
)
