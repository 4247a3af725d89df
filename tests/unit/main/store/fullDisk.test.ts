// A full disk for real: the child's file-size limit (prlimit) makes the history append fail part way with EFBIG;
// the limit is lifted mid-test and the retry saves the session exactly once, with no damage left behind.
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { openHistoryStore } from '@main/store/historyStore'
import { readHistoryLog } from '@main/store/historyLog'
import type { RecoveryNotice } from '@main/store/document'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { bundleStoreChild, startStoreChild } from './fixtures/storeChildHarness'

/** The soft limit only: raising a hard limit again needs a capability containers often lack. */
const limitFileSize = (pid: number, bytes: number | 'unlimited') =>
  execFileSync('prlimit', ['--pid', String(pid), `--fsize=${bytes}:unlimited`])

describe('a full disk', () => {
  const tempDir = useTempDir()

  it('rolls a failed append back, says the session is safe, and saves it once when space returns', async () => {
    const dir = tempDir()
    const child = await startStoreChild(await bundleStoreChild(), dir)
    for (let n = 1; n <= 3; n++) expect(await child.send('append', n)).toMatchObject({ ok: true })
    expect(await child.send('run', 0)).toEqual({ ok: true, value: 3 })
    const log = join(dir, 'history.jsonl')
    const before = statSync(log).size
    // Room for part of the next line only: the write stops mid-line, as on a full disk.
    limitFileSize(child.pid, before + 500)
    const failed = await child.send('end', 0)
    expect(failed).toMatchObject({ ok: false })
    const message = failed.ok ? '' : failed.message
    expect(message).toMatch(/^The disk is full\./)
    expect(message).toMatch(/the file is as it was before/)
    expect(message).toMatch(/safe in the journal/)
    expect(statSync(log).size).toBe(before)
    expect(existsSync(join(dir, 'journal.jsonl'))).toBe(true)
    limitFileSize(child.pid, 'unlimited')
    expect(await child.send('end', 0)).toMatchObject({ ok: true, value: { alreadySaved: false } })
    await child.stop()
    expect(readHistoryLog(readFileSync(log)).badLines).toEqual([])
    expect(existsSync(join(dir, 'journal.jsonl'))).toBe(false)
    const notices: RecoveryNotice[] = []
    const history = openHistoryStore(dir, { onRecovered: (n) => notices.push(n) })
    const ids = history.summaries().map((s) => s.id)
    expect(ids.filter((id) => id === 'session-000000')).toHaveLength(1)
    expect(ids).toHaveLength(4)
    expect(notices).toEqual([])
    history.close()
  }, 60_000)
})
