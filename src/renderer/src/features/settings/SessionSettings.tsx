// Settings for a session in progress: the default prepare time, keeping the screen awake, and which
// display the app runs on (or, where the app cannot move its window, how to move it by hand).
import { useTranslation } from 'react-i18next'
import type { ResponseOf } from '@shared/ipc/contract'
import { useAction } from '@renderer/lib/useApi'
import { useSettings } from './SettingsContext'
import { NumberField, Toggle } from './fields'

type Displays = ResponseOf<'window:displays'>

export function SessionSettings({
  displays,
  onMoved,
}: {
  displays: Displays | null
  onMoved: () => void
}) {
  const { settings, update } = useSettings()
  const { t } = useTranslation('settings')
  return (
    <fieldset className="card">
      <legend>{t('session.legend')}</legend>
      <NumberField
        label={t('session.prepare')}
        unit={t('session.seconds')}
        min={0}
        max={600}
        value={settings.defaultPrepareSec}
        onChange={(defaultPrepareSec) => void update({ defaultPrepareSec })}
      />
      <Toggle
        label={t('session.awake')}
        checked={settings.keepScreenAwake}
        onChange={(keepScreenAwake) => void update({ keepScreenAwake })}
      />
      {displays && !displays.canMoveWindows && (
        <p className="muted" data-testid="move-by-hand">
          {t('session.moveByHand')}
        </p>
      )}
      {displays && displays.canMoveWindows && displays.displays.length > 1 && (
        <DisplayChoice displays={displays} onMoved={onMoved} />
      )}
    </fieldset>
  )
}

function DisplayChoice({ displays, onMoved }: { displays: Displays; onMoved: () => void }) {
  const { t } = useTranslation('settings')
  const moveToDisplay = useAction('moveToDisplay', (id: number) => window.api.moveToDisplay({ id }))
  const moveTo = async (id: number) => {
    if ((await moveToDisplay.run(id)) !== undefined) onMoved()
  }
  return (
    <div className="field">
      <span>{t('session.display')}</span>
      <span className="field__row">
        {displays.displays.map((d) => (
          <button
            key={d.id}
            type="button"
            className={`button${d.id === displays.currentId ? ' button--primary' : ''}`}
            aria-pressed={d.id === displays.currentId}
            onClick={() => void moveTo(d.id)}
          >
            {t('session.displayName', { name: d.label, width: d.width, height: d.height })}
          </button>
        ))}
      </span>
    </div>
  )
}
