// A kill mid-write leaves the writer's temp file behind; the next start that holds the folder removes those of
// Cadence's own writers, and nothing else. The temp file here is made by a real kill inside atomically.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { removeStaleTemps, tempFileOf } from '@main/store/staleTemps'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { openTestServices } from '@tests/unit/helpers/services'
import { createServices } from '@main/services'
import { confBackend } from '@tests/fixtures/confBackend'
import { FakePlatform } from '@tests/fixtures/fakePlatform'

/** Writes `file` with atomically (electron-store's writer) in a child killed once its temp file exists. */
function killMidWrite(file: string) {
  const script = `import { writeFileSync } from 'atomically'
writeFileSync(${JSON.stringify(file)}, '{"theme":"light"}', { tmpCreated: () => process.kill(process.pid, 'SIGKILL') })`
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script])
  expect(child.signal).toBe('SIGKILL')
}

describe('stale temp files', () => {
  const tempDir = useTempDir()

  it("a kill inside electron-store's writer leaves a temp file the next start removes", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'settings.json'), '{"theme":"dark"}')
    killMidWrite(join(dir, 'settings.json'))
    const left = readdirSync(dir).filter((n) => n !== 'settings.json')
    expect(left).toHaveLength(1)
    expect(tempFileOf(left[0]!)).toBe('settings.json')

    const app = openTestServices(dir)
    expect(readdirSync(dir)).not.toContain(left[0])
    // The file itself was never replaced: the start reads what was there, not the half-written change.
    expect(await app.ok('settings:get')).toMatchObject({ theme: 'dark' })
    app.services.close()
  })

  it('leaves them while another Cadence holds the folder: it may be writing one right now', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'settings.json.tmp-1732848000abc123'), 'x')
    const services = createServices({
      dataDir: dir,
      backend: confBackend(dir),
      platform: new FakePlatform(),
      app: { name: 'Cadence', version: '9.9.9', platform: 'test' },
      readOnly: 'another Cadence is using this folder',
    })
    expect(readdirSync(dir)).toContain('settings.json.tmp-1732848000abc123')
    services.close()
  })

  it("removes only its writers' temp files of Cadence's own files", () => {
    const dir = tempDir()
    const ours = [
      'circuits.json.tmp-1732848000abc123',
      'window-state.json.tmp-0000000000ffffff',
      '.history.jsonl.4242.1732848000000.tmp',
      '.history.index.jsonl.7.1732848000000.tmp',
      '.journal.jsonl.7.1732848000000.tmp',
    ]
    const users = [
      'notes.txt.tmp-1732848000abc123',
      'settings.json.tmp-draft',
      'my-settings.json.tmp-1732848000abc123',
      '.history.jsonl.tmp',
      'history.jsonl.4242.1732848000000.tmp',
      'settings.json.tmp-1732848000ABC123',
    ]
    for (const name of [...ours, ...users]) writeFileSync(join(dir, name), 'x')
    // A folder with one of our names was not made by our writers either.
    mkdirSync(join(dir, 'exercises.json.tmp-1732848000abc123'))

    expect(removeStaleTemps(dir).sort()).toEqual([...ours].sort())
    expect(readdirSync(dir).sort()).toEqual(
      [...users, 'exercises.json.tmp-1732848000abc123'].sort()
    )
  })
})
