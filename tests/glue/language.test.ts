// Main's language in the built bundle against the fake Electron: the menu speaks the system's language at
// start, the Settings choice over it, and a change through settings:update rebuilds it at once (no restart).
import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { DEFAULT_SETTINGS } from '@shared/model/settings'
import { startMain, type BootOptions, type MainProcess } from './harness/mainProcess'

const running: MainProcess[] = []
const folders: string[] = []
afterEach(async () => {
  for (const main of running.splice(0)) await main.close()
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})
async function ready(options?: BootOptions): Promise<MainProcess> {
  const main = await startMain(options)
  running.push(main)
  await main.call('ready')
  // A language other than English loads its files before the window opens.
  await expect.poll(async () => (await main.state()).windows.length).toBe(1)
  return main
}
const topLabels = async (main: MainProcess) =>
  ((await main.state()).menu ?? []).filter((m) => m.trail.length === 1).map((m) => m.label)
const labels = async (main: MainProcess) =>
  ((await main.state()).menu ?? []).map((m) => m.label).filter(Boolean)

describe('menu language', () => {
  it("speaks the system's language from the first menu", async () => {
    const main = await ready({ options: { locale: 'de-DE' } })
    await expect
      .poll(() => topLabels(main))
      .toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe'])
    expect(await labels(main)).toContain('Nach Updates suchen …')
  })

  it('falls back to English for a language Cadence does not have', async () => {
    const main = await ready({ options: { locale: 'ja' } })
    await expect.poll(() => topLabels(main)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
  })

  it("takes Settings' language over the system's, from a settings file on disk", async () => {
    const root = mkdtempSync(join(tmpdir(), 'cadence-glue-lang-'))
    folders.push(root)
    const dataDir = join(root, 'Cadence')
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({ ...DEFAULT_SETTINGS, language: 'es' })
    )
    const main = await ready({ options: { locale: 'de-DE' }, dataDir })
    await expect
      .poll(() => topLabels(main))
      .toEqual(['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda'])
  })

  it('rebuilds the menu in the new language when Settings changes it, and back to the system', async () => {
    const main = await ready({ options: { locale: 'en-GB' } })
    await expect.poll(() => topLabels(main)).toContain('File')
    const saved = await main.call('invoke', {
      channel: 'settings:update',
      payload: { language: 'fr' },
    })
    expect(saved).toMatchObject({ ok: true, value: { language: 'fr' } })
    await expect
      .poll(() => topLabels(main))
      .toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide'])
    // The menu still works in French: its items send the same commands.
    const { sent } = await main.call<{ sent: Array<[string, unknown]> }>('click', {
      trail: 'Fichier > Nouveau circuit',
    })
    expect(sent).toEqual([['system:event', { type: 'menu', command: 'newCircuit' }]])
    await main.call('invoke', { channel: 'settings:update', payload: { language: 'system' } })
    await expect.poll(() => topLabels(main)).toContain('File')
  })

  it('refuses a language Cadence does not have, and keeps the menu as it was', async () => {
    const main = await ready({ options: { locale: 'de-AT' } })
    const refused = await main.call('invoke', {
      channel: 'settings:update',
      payload: { language: 'xx' },
    })
    expect(refused).toMatchObject({ ok: false })
    expect(await topLabels(main)).toContain('Datei')
  })
})

describe('notices found while the data folder opens', () => {
  /** The reason main gives for a damaged circuits file, with `language` saved in Settings. */
  async function damagedReason(language: 'en' | 'de'): Promise<string> {
    const root = mkdtempSync(join(tmpdir(), 'cadence-glue-lang-'))
    folders.push(root)
    const dataDir = join(root, 'Cadence')
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, language }))
    writeFileSync(join(dataDir, 'circuits.json'), '{"circuits": [ this is not JSON')
    const main = await ready({ options: { locale: 'en-US' }, dataDir })
    const result = await main.call<{
      ok: boolean
      value?: Array<{ file: string; reason: string }>
    }>('invoke', { channel: 'app:notices', payload: undefined })
    const notice = (result.value ?? []).find((n) => n.file.endsWith('circuits.json'))
    expect(notice, 'a notice for the damaged circuits file').toBeDefined()
    return notice!.reason
  }

  it("are written in Settings' language, not the system's", async () => {
    const english = await damagedReason('en')
    const german = await damagedReason('de')
    expect(german).not.toBe(english)
  })
})
