// How the language is chosen, the pseudo-locale for layout tests, and the Settings field that holds the choice.
import { describe, expect, it } from 'vitest'
import { chooseLanguage } from '@shared/model/language'
import { ENGLISH } from '@shared/i18n/resources'
import { PSEUDO_LANGUAGE, pseudoLocale, pseudoString } from '@shared/i18n/pseudo'
import { createI18n } from '@shared/i18n/createI18n'
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  SettingsPatchSchema,
  SettingsSchema,
} from '@shared/model/settings'

describe('chooseLanguage', () => {
  it("follows the system's first language Cadence has, by its base tag", () => {
    expect(chooseLanguage('system', ['de-AT'])).toBe('de')
    expect(chooseLanguage('system', ['fr_CA.UTF-8'])).toBe('fr')
    expect(chooseLanguage('system', ['ja-JP', 'es-MX', 'de'])).toBe('es')
    expect(chooseLanguage('system', ['ES'])).toBe('es')
  })

  it('falls back to English when the system speaks none of them', () => {
    expect(chooseLanguage('system', ['ja-JP', 'pt-BR'])).toBe('en')
    expect(chooseLanguage('system', [])).toBe('en')
  })

  it("takes the user's choice over the system's", () => {
    expect(chooseLanguage('fr', ['de-DE'])).toBe('fr')
  })
})

describe('the language setting', () => {
  it('reads a settings file from before it as following the system', () => {
    const { language: _gone, ...old } = DEFAULT_SETTINGS
    expect(SettingsSchema.parse(old).language).toBe('system')
  })

  it('is changed by a patch, and only to a language Cadence has', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { language: 'de' }).language).toBe('de')
    expect(SettingsPatchSchema.safeParse({ language: 'pt' }).success).toBe(false)
    expect(SettingsPatchSchema.safeParse({ language: 'en-XA' }).success).toBe(false)
    // A patch about something else leaves the language alone.
    const german = applySettingsPatch(DEFAULT_SETTINGS, { language: 'de' })
    expect(applySettingsPatch(german, SettingsPatchSchema.parse({ theme: 'dark' })).language).toBe(
      'de'
    )
  })
})

describe('the pseudo-locale', () => {
  it('accents every letter, keeps placeholders, and runs at least 40% longer', () => {
    const text = 'Cadence {{version}} is ready.'
    const pseudo = pseudoString(text)
    expect(pseudo).toContain('{{version}}')
    expect(pseudo.replace('{{version}}', '')).not.toMatch(/[a-zA-Z]/)
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.ceil(text.length * 1.4))
  })

  it('covers every English key and reads through i18next, plurals included', () => {
    const i18n = createI18n({
      lng: PSEUDO_LANGUAGE,
      extra: { [PSEUDO_LANGUAGE]: pseudoLocale(ENGLISH) },
    })
    expect(i18n.t('main:menu.file')).toBe(pseudoString('File'))
    expect(i18n.t('count.rounds', { count: 2 })).toBe(
      pseudoString('{{count}} rounds').replace('{{count}}', '2')
    )
    expect(i18n.t('library:exercises.plank.name')).not.toBe('Plank')
  })
})
