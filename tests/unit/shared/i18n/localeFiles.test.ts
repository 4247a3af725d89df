// Every locale file against English: the same keys, the same placeholders, and exactly the plural forms
// the language's CLDR rules ask for; English itself equals what the library's code says.
import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { LANGUAGES, type Language } from '@shared/model/language'
import { ENGLISH, loadLanguage, NAMESPACES, type Messages } from '@shared/i18n/resources'
import { pluralCategories } from '@shared/i18n/format'
import { libraryEnglish, presetsEnglish } from '@shared/library'

const PLURAL = /_(zero|one|two|few|many|other)$/

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

/** Keys with their plural suffix taken off, each with the suffixes found. */
function grouped(flat: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const key of flat.keys()) {
    const match = PLURAL.exec(key)
    const base = match ? key.slice(0, match.index) : key
    const forms = out.get(base) ?? []
    if (match) forms.push(match[1]!)
    out.set(base, forms)
  }
  return out
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]).sort()

const others = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en')

describe('locale files', () => {
  it('has one file per language and namespace, and no others', () => {
    for (const lang of LANGUAGES) {
      expect(readdirSync(`locales/${lang}`).sort()).toEqual(
        NAMESPACES.map((ns) => `${ns}.json`).sort()
      )
    }
    expect(readdirSync('locales').sort()).toEqual([...LANGUAGES].sort())
  })

  it.each(others)(
    '%s has every English key, no others, and the same placeholders',
    async (lang) => {
      const resources = await loadLanguage(lang)
      for (const ns of NAMESPACES) {
        const en = flatten(ENGLISH[ns])
        const tr = flatten(resources[ns])
        expect([...grouped(tr).keys()].sort(), `${lang}/${ns}.json keys`).toEqual(
          [...grouped(en).keys()].sort()
        )
        for (const [key, text] of tr) {
          const base = key.replace(PLURAL, '')
          const source = en.get(key) ?? en.get(`${base}_other`)!
          expect(placeholders(text), `${lang}/${ns}.json ${key}`).toEqual(placeholders(source))
          expect(text.trim(), `${lang}/${ns}.json ${key} is empty`).not.toBe('')
        }
      }
    }
  )

  it.each(LANGUAGES)('%s carries exactly its CLDR plural forms', async (lang) => {
    const resources = await loadLanguage(lang)
    const wanted = pluralCategories(lang)
    for (const ns of NAMESPACES) {
      for (const [key, forms] of grouped(flatten(resources[ns]))) {
        if (forms.length > 0) expect(forms.sort(), `${lang}/${ns}.json ${key}`).toEqual(wanted)
      }
    }
  })

  it('knows the plural forms i18next v4 expects: de/en one+other, fr/es one+many+other', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other'])
    expect(pluralCategories('de')).toEqual(['one', 'other'])
    expect(pluralCategories('fr')).toEqual(['many', 'one', 'other'])
    expect(pluralCategories('es')).toEqual(['many', 'one', 'other'])
  })

  it("English library and presets files equal the code's words (the code is their source)", () => {
    // On failure, regenerate them: npx tsx tests/unit/shared/i18n/writeEnglish.ts
    expect(ENGLISH.library).toEqual(libraryEnglish())
    expect(ENGLISH.presets).toEqual(presetsEnglish())
  })
})
