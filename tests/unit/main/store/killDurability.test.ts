// A child process saving sessions is killed with SIGKILL again and again; nothing it acknowledged may be lost.
// The full 200-kill run is `npm run bench -- kill-durability`.
import { describe, expect, it } from 'vitest'
import { runKillLoop } from '@tests/fixtures/killHarness'
import { useTempDir } from '@tests/unit/helpers/tempDir'

describe('kill durability', () => {
  const tempDir = useTempDir()
  it('loses no acknowledged session and leaves every file readable across 12 SIGKILLs', async () => {
    const unreadable: string[] = []
    const report = await runKillLoop(tempDir(), 12, Math.random, (what) => unreadable.push(what))
    expect(report.acknowledged).toBeGreaterThan(0)
    // Names what read back badly, so a rare failure says where to look.
    expect(report, unreadable.join('\n')).toMatchObject({ kills: 12, lost: 0, unreadable_files: 0 })
  }, 60_000)
})
