// The page's translator as a plain function, with the language it writes: what the pure word makers in
// src/shared take (they cannot depend on react-i18next's types), built once per language.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { translator, type Translate } from '@shared/i18n/createI18n'
import { useScreenLanguage } from './I18nProvider'

export interface PageWording {
  t: Translate
  lang: string
}

export function useWording(): PageWording {
  const { i18n } = useTranslation()
  const lang = useScreenLanguage()
  // i18n.language is a dependency so a switched language gives a new object and re-renders its users.
  return useMemo(() => ({ t: translator(i18n), lang }), [i18n, lang])
}
