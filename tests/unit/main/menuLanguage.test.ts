// The menu in each language: every label comes from main.json (none left in English but the brand), roles
// keep their system behaviour, and main's words switch when the language setting changes.
import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate } from '@main/menu'
import { applyLanguage, currentLanguage, t } from '@main/i18n/mainLanguage'
import { followLanguageSetting } from '@main/i18n/followLanguage'
import type { Handlers } from '@main/ipc/dispatch'
import { createI18n, switchLanguage, translator } from '@shared/i18n/createI18n'
import { LANGUAGES, type LanguageSetting } from '@shared/model/language'
import { applySettingsPatch, DEFAULT_SETTINGS } from '@shared/model/settings'

const noActions = {
  toggleFullscreen() {},
  openProjectPage() {},
  checkForUpdates() {},
  backUpData() {},
  restoreData() {},
}

function labels(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ])
}

async function menuIn(lang: (typeof LANGUAGES)[number], isMac = false) {
  const i18n = createI18n()
  await switchLanguage(i18n, lang)
  return menuTemplate(() => {}, noActions, { isMac, isDev: true }, translator(i18n))
}

describe('menu language', () => {
  it('labels the menu in German, roles included', async () => {
    const german = labels(await menuIn('de'))
    expect(german).toEqual(
      expect.arrayContaining(['Datei', 'Neuer Zirkel', 'Bearbeiten', 'Kopieren'])
    )
    expect(german).toContain('Verlauf exportieren …')
    expect(german).not.toContain('File')
  })

  it.each(LANGUAGES)('%s: every item that shows text has a label of its own', async (lang) => {
    for (const isMac of [false, true]) {
      const template = await menuIn(lang, isMac)
      const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
        items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])])
      for (const item of all(template)) {
        if (item.type === 'separator' || item.role === 'appMenu') continue
        expect(item.label, JSON.stringify(item.role)).toMatch(/\S/)
        expect(item.label).not.toMatch(/^main:/)
      }
    }
  })

  it('names the app in macOS items', async () => {
    expect(labels(await menuIn('fr', true))).toContain('Masquer Cadence')
  })
})

describe("main's language", () => {
  it('follows the system, then the setting, and switches at once', async () => {
    expect(await applyLanguage('system', ['es-ES'])).toBe('es')
    expect(t('main:menu.file')).toBe('Archivo')
    expect(await applyLanguage('de', ['es-ES'])).toBe('de')
    expect(t('main:files.exportHistory')).toBe('Verlauf exportieren')
    expect(currentLanguage()).toBe('de')
    await applyLanguage('system', ['en-US'])
  })

  it('hears a saved language change from settings:update, and nothing else', async () => {
    let settings = DEFAULT_SETTINGS
    const heard: LanguageSetting[] = []
    const handlers = followLanguageSetting(
      {
        'settings:update': (patch) => (settings = applySettingsPatch(settings, patch)),
      } as Handlers,
      (setting) => heard.push(setting)
    )
    await handlers['settings:update']({ theme: 'dark' })
    await handlers['settings:update']({ language: 'fr' })
    expect(heard).toEqual(['fr'])
    expect(settings.language).toBe('fr')
  })

  it('hears nothing when the store refuses the change', async () => {
    const heard: LanguageSetting[] = []
    const handlers = followLanguageSetting(
      {
        'settings:update': () => {
          throw new Error('disk full')
        },
      } as unknown as Handlers,
      (setting) => heard.push(setting)
    )
    await expect(handlers['settings:update']({ language: 'de' })).rejects.toThrow('disk full')
    expect(heard).toEqual([])
  })
})
