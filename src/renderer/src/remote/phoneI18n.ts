// The phone page's words: i18next over the phone namespace alone (not createI18n, which bundles every
// namespace's English for the app's pages). The four phone.json files (about 1 KB each) are bundled into the
// script, because the phone server serves only the files remote.html names, never a chunk loaded later.
import i18next from 'i18next'
import en from '../../../../locales/en/phone.json' with { type: 'json' }
import de from '../../../../locales/de/phone.json' with { type: 'json' }
import fr from '../../../../locales/fr/phone.json' with { type: 'json' }
import es from '../../../../locales/es/phone.json' with { type: 'json' }
import { PSEUDO_LANGUAGE, pseudoString } from '@shared/i18n/pseudo'

/** Every language with locale files (model/language's LANGUAGES; not imported, as it brings zod along). */
const PHONE_WORDS: Record<string, Record<string, string>> = { en, de, fr, es }

export type PhoneWords = (key: string, values?: Record<string, unknown>) => string

const pseudoPhone = () =>
  Object.fromEntries(Object.entries(en).map(([k, v]) => [k, pseudoString(v)]))

/** Ready at once in English (or the pseudo-locale); `use` switches to another language Cadence has. */
export function phoneI18n(pseudo: boolean) {
  const instance = i18next.createInstance()
  const resources = Object.fromEntries(
    Object.entries(PHONE_WORDS).map(([lang, phone]) => [lang, { phone }])
  )
  if (pseudo) resources[PSEUDO_LANGUAGE] = { phone: pseudoPhone() }
  void instance.init({
    lng: pseudo ? PSEUDO_LANGUAGE : 'en',
    fallbackLng: 'en',
    ns: ['phone'],
    defaultNS: 'phone',
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  const t: PhoneWords = (key, values) => instance.t(key, values ?? {})
  /** Switches to `lang` when Cadence has it and returns true; any other language changes nothing. */
  const use = (lang: string): boolean => {
    const base = lang.toLowerCase().split(/[-_]/)[0] ?? ''
    if (pseudo || !(base in PHONE_WORDS) || instance.language === base) return false
    void instance.changeLanguage(base)
    document.documentElement.lang = base
    return true
  }
  return { t, use }
}
