// The builder's card for a circuit's own playlist; without one, the circuit plays the default playlist.
import { useTranslation } from 'react-i18next'
import { PlaylistPicker } from './PlaylistPicker'

export function CircuitMusic({ circuitId }: { circuitId: string }) {
  const { t } = useTranslation('music')
  return (
    <fieldset className="card">
      <legend>{t('circuit.title')}</legend>
      <PlaylistPicker circuitId={circuitId} />
    </fieldset>
  )
}
