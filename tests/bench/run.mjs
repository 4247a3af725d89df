// Runs every benchmark in tests/bench (`npm run bench`) or the one named (`npm run bench -- NAME`).
// Each benchmark prints, as its last line, one JSON object of figures starting with its own name.
import { readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort()

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !available.includes(name))
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${available.join(', ')}`)
  process.exit(2)
}

let failed = 0
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`\n# bench ${name}`)
  // Path aliases (@shared/...) come from tsconfig.base.json's paths, through the tests' tsconfig.
  const run = spawnSync(
    'npx',
    ['tsx', '--tsconfig', 'tsconfig.tests.json', join(here, `${name}.bench.ts`)],
    {
      stdio: 'inherit',
    }
  )
  if (run.status !== 0) {
    console.error(`bench ${name} failed (exit ${run.status})`)
    failed++
  }
}
process.exit(failed > 0 ? 1 : 0)
