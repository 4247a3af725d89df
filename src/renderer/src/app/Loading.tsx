// What a screen loaded on demand shows while its code arrives, so the first paint stays small.
import { useTranslation } from 'react-i18next'
import type { OnDemandScreen } from './onDemand'

/** `what` names the screen (a key under app:loading). */
export function Loading({ what }: { what: OnDemandScreen }) {
  const { t } = useTranslation('app')
  return (
    <p className="muted" role="status">
      {t(`loading.${what}`)}
    </p>
  )
}
