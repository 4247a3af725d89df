// One way to set up i18next for main, the renderer and the phone page: same files, same options, so a key
// reads the same everywhere. Each caller gets its own instance (main and each page run apart).
import i18next, { type i18n } from 'i18next'
import type { Language } from '../model/language'
import { ENGLISH, loadLanguage, NAMESPACES, type LanguageResources } from './resources'

export type Translator = i18n

export interface I18nOptions {
  /** The language to start in; English when its files are not loaded yet (see switchLanguage). */
  lng?: string
  /** Extra languages already at hand, e.g. the pseudo-locale in tests. */
  extra?: Record<string, LanguageResources>
}

/** A ready, synchronous instance: English is always there, so nothing shows a bare key. */
export function createI18n(options: I18nOptions = {}): Translator {
  const instance = i18next.createInstance()
  void instance.init({
    lng: options.lng ?? 'en',
    fallbackLng: 'en',
    supportedLngs: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: { en: ENGLISH, ...options.extra },
    // React escapes on its own; menus and dialogs are plain text.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  })
  return instance
}

/** Loads a language's files once, then switches to it; resolves when every string reads the new language. */
export async function switchLanguage(instance: Translator, lang: Language): Promise<void> {
  if (!instance.hasResourceBundle(lang, 'common')) {
    const resources = await loadLanguage(lang)
    for (const ns of NAMESPACES) instance.addResourceBundle(lang, ns, resources[ns], true, true)
  }
  await instance.changeLanguage(lang)
}

export { translator, type Translate } from './translate'
