// Renames that survive: on Windows a file held by an antivirus or indexer refuses a rename for a moment
// (EPERM, EBUSY); the rename is retried there, and only there, with the platform injected so it is tested here.
import { describe, expect, it, vi } from 'vitest'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renameDurable } from '@main/store/durableFile'
import { useTempDir } from '@tests/unit/helpers/tempDir'

const busy = (code: string) => Object.assign(new Error(code), { code })

describe('renameDurable', () => {
  const tempDir = useTempDir()

  function flaky(failures: number, code: string) {
    let calls = 0
    const rename = vi.fn((from: string, to: string) => {
      if (calls++ < failures) throw busy(code)
      renameSync(from, to)
    })
    return rename
  }

  it.each(['EPERM', 'EBUSY'])(
    'retries a Windows rename that fails with %s, then succeeds',
    (code) => {
      const dir = tempDir()
      writeFileSync(join(dir, 'a.tmp'), 'new')
      const rename = flaky(2, code)
      const wait = vi.fn()
      renameDurable(join(dir, 'a.tmp'), join(dir, 'a.json'), { platform: 'win32', rename, wait })
      expect(rename).toHaveBeenCalledTimes(3)
      expect(wait.mock.calls.map(([ms]) => ms as number)).toEqual([10, 30])
      expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new')
    }
  )

  it('does not retry elsewhere: the error returns at once', () => {
    const dir = tempDir()
    const rename = flaky(1, 'EPERM')
    const wait = vi.fn()
    expect(() =>
      renameDurable(join(dir, 'a.tmp'), join(dir, 'a.json'), { platform: 'linux', rename, wait })
    ).toThrow('EPERM')
    expect(rename).toHaveBeenCalledTimes(1)
    expect(wait).not.toHaveBeenCalled()
  })

  it('gives up on Windows after a bounded wait and reports the error', () => {
    const dir = tempDir()
    const rename = flaky(Infinity, 'EBUSY')
    const wait = vi.fn()
    expect(() =>
      renameDurable(join(dir, 'a.tmp'), join(dir, 'a.json'), { platform: 'win32', rename, wait })
    ).toThrow('EBUSY')
    expect(rename.mock.calls.length).toBeLessThan(10)
  })
})
