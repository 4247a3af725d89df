// Settings for a session in progress: the default prepare time, keeping the screen awake, and which
// display the app runs on (or, where the app cannot move its window, how to move it by hand).
import type { ResponseOf } from '@shared/ipc/contract'
import { MOVE_BY_HAND_ADVICE } from '@shared/platformAdvice'
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
  return (
    <fieldset className="card">
      <legend>Sessions</legend>
      <NumberField
        label="Default prepare time"
        unit="s"
        min={0}
        max={600}
        value={settings.defaultPrepareSec}
        onChange={(defaultPrepareSec) => void update({ defaultPrepareSec })}
      />
      <Toggle
        label="Keep the screen awake during a session"
        checked={settings.keepScreenAwake}
        onChange={(keepScreenAwake) => void update({ keepScreenAwake })}
      />
      {displays && !displays.canMoveWindows && (
        <p className="muted" data-testid="move-by-hand">
          {MOVE_BY_HAND_ADVICE}
        </p>
      )}
      {displays && displays.canMoveWindows && displays.displays.length > 1 && (
        <DisplayChoice displays={displays} onMoved={onMoved} />
      )}
    </fieldset>
  )
}

function DisplayChoice({ displays, onMoved }: { displays: Displays; onMoved: () => void }) {
  const moveToDisplay = useAction('move to that display', (id: number) =>
    window.api.moveToDisplay({ id })
  )
  const moveTo = async (id: number) => {
    if ((await moveToDisplay.run(id)) !== undefined) onMoved()
  }
  return (
    <div className="field">
      <span>Run on display</span>
      <span className="field__row">
        {displays.displays.map((d) => (
          <button
            key={d.id}
            type="button"
            className={`button${d.id === displays.currentId ? ' button--primary' : ''}`}
            aria-pressed={d.id === displays.currentId}
            onClick={() => void moveTo(d.id)}
          >
            {d.label} ({d.width}×{d.height})
          </button>
        ))}
      </span>
    </div>
  )
}
