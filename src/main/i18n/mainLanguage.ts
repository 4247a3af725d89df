// Main's words (menus, dialogs, file pickers) in the language of the screen: one i18next instance for the
// process, switched when Settings changes, so whatever main shows next reads the new language.
import { chooseLanguage, type Language, type LanguageSetting } from '@shared/model/language'
import { createI18n, switchLanguage, translator, type Translate } from '@shared/i18n/createI18n'

const instance = createI18n()

/** t(key, options) in the current language; English until a language has been applied. */
export const t: Translate = translator(instance)

export function currentLanguage(): Language {
  return instance.language as Language
}

/** Chooses the language from the setting and the system's locale, loads it and switches to it. */
export async function applyLanguage(
  setting: LanguageSetting,
  systemLocales: readonly string[]
): Promise<Language> {
  const lang = chooseLanguage(setting, systemLocales)
  await switchLanguage(instance, lang)
  return lang
}
