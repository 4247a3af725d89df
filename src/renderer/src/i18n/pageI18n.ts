// The page's one i18next instance, in its own chunk: i18next and the English words load beside the first
// screen rather than inside the entry script, which keeps the entry within its size budget (bench: bundle).
import type { Language } from '@shared/model/language'
import { createI18n, switchLanguage, type Translator } from '@shared/i18n/createI18n'
import { ENGLISH } from '@shared/i18n/resources'
import { PSEUDO_LANGUAGE, pseudoLocale } from '@shared/i18n/pseudo'

let instance: Translator | null = null

/** The instance, switched to `lang` (its files loaded first); the pseudo-locale instead when asked. */
export async function pageI18n(lang: Language, pseudo: boolean): Promise<Translator> {
  if (pseudo) {
    instance ??= createI18n({
      lng: PSEUDO_LANGUAGE,
      extra: { [PSEUDO_LANGUAGE]: pseudoLocale(ENGLISH) },
    })
    return instance
  }
  instance ??= createI18n()
  await switchLanguage(instance, lang)
  return instance
}
