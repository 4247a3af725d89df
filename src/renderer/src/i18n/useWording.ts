// The page's translator and language as the pure word makers take them (@shared/engine/stepWords' Wording):
// the run screen, the TV and the voice hand this to runWords, formatLine and announcement.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Wording } from '@shared/engine/stepWords'

export function useWording(): Wording {
  const { i18n } = useTranslation()
  const lang = i18n.language
  return useMemo(
    () => ({ t: (key, options) => i18n.t(key, { lng: lang, ...options }), lang }),
    [i18n, lang]
  )
}
