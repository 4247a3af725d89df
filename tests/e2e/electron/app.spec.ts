// The real Electron app, for machines that have the Electron binary; elsewhere it skips and says why.
import { _electron as electron, expect, test } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

function electronBinary(): string | undefined {
  const dir = resolve('node_modules/electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

const binary = electronBinary()

test.describe('Electron app', () => {
  test.skip(
    !binary,
    'The Electron binary is not installed here (no download access); the renderer is tested in Chromium instead.'
  )

  test('launches securely and answers over the real preload', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cadence-electron-'))
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.'],
      env: { ...process.env, CADENCE_DATA_DIR: dataDir },
    })
    const page = await app.firstWindow()
    const info = await page.evaluate(() => window.api.getAppInfo())
    expect(info).toMatchObject({ ok: true, value: { dataDir } })
    // Sandboxed and isolated: the page sees neither Node's require nor process.
    const leaks = await page.evaluate(() => [
      typeof (globalThis as Record<string, unknown>)['require'],
      typeof (globalThis as Record<string, unknown>)['process'],
    ])
    expect(leaks).toEqual(['undefined', 'undefined'])
    await app.close()
  })
})
