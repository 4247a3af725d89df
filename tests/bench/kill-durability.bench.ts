// Kills a child that saves sessions with SIGKILL 200 times at random moments; counts what was acknowledged and lost.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runKillLoop } from '../fixtures/killHarness'

const kills = Number(process.env['KILLS'] ?? 200)
const dir = mkdtempSync(join(tmpdir(), 'cadence-kill-'))
const started = Date.now()
const report = await runKillLoop(dir, kills)
rmSync(dir, { recursive: true, force: true })
console.log(`${kills} kills in ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(JSON.stringify({ bench: 'kill-durability', ...report }))
