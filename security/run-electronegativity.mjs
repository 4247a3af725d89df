// Scans src/ with electronegativity and fails on any HIGH or MEDIUM finding not justified in the allow-list.
// electronegativity itself exits 0 whatever it finds, so this script is the gate.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const electronVersion = JSON.parse(
  readFileSync('node_modules/electron/package.json', 'utf8')
).version
const out = join(mkdtempSync(join(tmpdir(), 'eng-')), 'findings.csv')
const run = spawnSync(
  'npx',
  ['electronegativity', '-i', 'src', '-o', out, '-r', '-e', electronVersion, '-v', 'false'],
  { encoding: 'utf8' }
)
if (run.status !== 0) {
  console.error(run.stdout, run.stderr)
  process.exit(1)
}

/** Splits one CSV line, honouring quoted fields. */
function fields(line) {
  const result = []
  let current = ''
  let quoted = false
  for (const ch of line) {
    if (ch === '"') quoted = !quoted
    else if (ch === ',' && !quoted) {
      result.push(current.trim())
      current = ''
    } else current += ch
  }
  result.push(current.trim())
  return result
}

const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1).filter(Boolean).map(fields)
const findings = rows
  .map(([check, severity, confidence, file, location]) => ({
    check,
    severity,
    confidence,
    file,
    location,
  }))
  .filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM')

const allow = JSON.parse(readFileSync('security/electronegativity-allow.json', 'utf8')).allowed
const allowed = (f) =>
  allow.some((a) => a.check === f.check && a.file === f.file && a.justification?.length > 20)
const unlisted = findings.filter((f) => !allowed(f))

for (const f of findings) {
  console.log(
    `${allowed(f) ? 'allowed ' : 'FINDING '} ${f.severity} ${f.check} ${f.file}:${f.location}`
  )
}
if (unlisted.length > 0) {
  console.error(
    `\n${unlisted.length} electronegativity finding(s) are not in security/electronegativity-allow.json.`
  )
  process.exit(1)
}
console.log(`electronegativity: ${findings.length} finding(s), all reviewed.`)
