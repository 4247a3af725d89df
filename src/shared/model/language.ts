// The languages Cadence speaks and the Settings choice between them; in model so settings can name them.
import { z } from 'zod'

/** Every language with complete locale files; English is the source the others translate. */
export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const
export const LanguageSchema = z.enum(LANGUAGES)
export type Language = z.infer<typeof LanguageSchema>

/** What Settings stores: a language, or 'system' to follow the operating system's. */
export const LanguageSettingSchema = z.enum(['system', ...LANGUAGES])
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>

export const SOURCE_LANGUAGE: Language = 'en'

/**
 * The language to show: the user's choice, else the first system locale Cadence has ('de-AT' -> 'de'),
 * else English. Locales come as BCP 47 tags (app.getLocale(), navigator.languages) or POSIX ('de_DE').
 */
export function chooseLanguage(
  setting: LanguageSetting,
  systemLocales: readonly string[]
): Language {
  if (setting !== 'system') return setting
  for (const locale of systemLocales) {
    const base =
      locale
        .trim()
        .toLowerCase()
        .split(/[-_.@]/)[0] ?? ''
    const found = LANGUAGES.find((lang) => lang === base)
    if (found) return found
  }
  return SOURCE_LANGUAGE
}
