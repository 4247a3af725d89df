// What a screen loaded on demand shows while its code arrives, so the first paint stays small.
import { useTranslation } from 'react-i18next'

/** `what` names the screen (a key under app:loading). */
export function Loading({ what }: { what: 'history' | 'settings' | 'builder' }) {
  const { t } = useTranslation('app')
  return (
    <p className="muted" role="status">
      {t(`loading.${what}`)}
    </p>
  )
}
