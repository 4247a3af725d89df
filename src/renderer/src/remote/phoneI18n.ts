// The phone page's words: i18next over the phone namespace alone (not createI18n, which bundles every
// namespace's English for the app's pages), so a phone on Wi-Fi loads one small file per language. Same files
// and options as everywhere else: locales/<lang>/phone.json, English as the fallback.
import i18next from 'i18next'
import english from '../../../../locales/en/phone.json' with { type: 'json' }
import { PSEUDO_LANGUAGE, pseudoString } from '@shared/i18n/pseudo'

/** The languages with locale files (model/language's LANGUAGES; not imported, as it brings zod along). */
const LANGUAGES = ['en', 'de', 'fr', 'es']

export type PhoneWords = (key: string, values?: Record<string, unknown>) => string

const pseudoPhone = () =>
  Object.fromEntries(Object.entries(english).map(([k, v]) => [k, pseudoString(v)]))

/** Ready at once in English (or the pseudo-locale); `use` switches to another language when its file is in. */
export function phoneI18n(pseudo: boolean) {
  const instance = i18next.createInstance()
  void instance.init({
    lng: pseudo ? PSEUDO_LANGUAGE : 'en',
    fallbackLng: 'en',
    ns: ['phone'],
    defaultNS: 'phone',
    resources: {
      en: { phone: english },
      ...(pseudo ? { [PSEUDO_LANGUAGE]: { phone: pseudoPhone() } } : {}),
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  const t: PhoneWords = (key, values) => instance.t(key, values ?? {})
  // The latest language asked for wins: a slow file must not switch the page back to an older choice.
  let wanted = ''
  /** Switches to `lang` when Cadence has it (its file loaded once); any other stays as it is. */
  const use = async (lang: string): Promise<boolean> => {
    const base = lang.toLowerCase().split(/[-_]/)[0] ?? ''
    if (pseudo || !LANGUAGES.includes(base)) return false
    wanted = base
    if (instance.language === base) return false
    if (!instance.hasResourceBundle(base, 'phone')) {
      const file = (await import(`../../../../locales/${base}/phone.json`, {
        with: { type: 'json' },
      })) as { default: Record<string, string> }
      instance.addResourceBundle(base, 'phone', file.default)
    }
    if (wanted !== base) return false
    await instance.changeLanguage(base)
    document.documentElement.lang = base
    return true
  }
  return { t, use }
}
