// Gives the page its words: i18next set up as in main (@shared/i18n), in the language Settings chose or the
// system's, loading that language's files on demand; the page's lang attribute follows, for speech and fonts.
import { useEffect, useState, type ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { chooseLanguage, type Language, type LanguageSetting } from '@shared/model/language'
import type { Translator } from '@shared/i18n/createI18n'

/** The system's languages, as Chromium reports them (the same list app.getLocale() comes from). */
export const systemLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages

/**
 * `setting` is Settings' language; `pseudo` shows the en-XA pseudo-locale instead (layout tests and
 * development only: pass it from a dev flag, never from a user's choice). Children render once the words
 * are there, so no screen ever shows a bare key.
 */
export function I18nProvider({
  setting,
  pseudo = false,
  children,
}: {
  setting: LanguageSetting
  pseudo?: boolean
  children: ReactNode
}) {
  const [i18n, setI18n] = useState<Translator | null>(null)
  const lang = chooseLanguage(setting, systemLanguages())
  useEffect(() => {
    let current = true
    import('./pageI18n')
      .then(({ pageI18n }) => pageI18n(lang, pseudo))
      .then((ready) => {
        if (!current) return
        document.documentElement.lang = pseudo ? 'en' : lang
        setI18n(ready)
      })
      // A language whose files fail to load leaves the page in the one it had: English at worst.
      .catch((error: unknown) => console.error('[language]', error))
    return () => {
      current = false
    }
  }, [lang, pseudo])
  return i18n ? <I18nextProvider i18n={i18n}>{children}</I18nextProvider> : null
}

/** The language the page speaks now (what voices must speak too). */
export function useScreenLanguage(): Language {
  const { i18n } = useTranslation()
  const lang = i18n.resolvedLanguage ?? i18n.language
  return (lang === 'en-XA' ? 'en' : lang) as Language
}
