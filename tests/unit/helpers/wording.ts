// Translators for tests of the word makers: English at once, any other language once its files are loaded.
import type { Language } from '@shared/model/language'
import { createI18n, switchLanguage, translator } from '@shared/i18n/createI18n'
import type { Wording } from '@shared/engine/stepWords'

/** English, ready synchronously (its files are bundled). */
export const ENGLISH_WORDS: Wording = { t: translator(createI18n()), lang: 'en' }

export async function wordingIn(lang: Language): Promise<Wording> {
  const instance = createI18n()
  await switchLanguage(instance, lang)
  return { t: translator(instance), lang }
}
