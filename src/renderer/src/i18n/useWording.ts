// The page's translator as a plain function, with the language it writes: what the pure word makers in
// src/shared take (they cannot depend on react-i18next's types), built once per language. The run screen,
// the TV and the voice hand it to runWords, formatLine and announcement; the builder and History to theirs.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { translator } from '@shared/i18n/translate'
import type { Wording } from '@shared/engine/stepWords'
import { useScreenLanguage } from './I18nProvider'

export type PageWording = Wording

export function useWording(): PageWording {
  const { i18n } = useTranslation()
  const lang = useScreenLanguage()
  // i18n.language is a dependency so a switched language gives a new object and re-renders its users.
  return useMemo(() => ({ t: translator(i18n), lang }), [i18n, lang])
}
