// The on-screen twins of the keyboard shortcuts, each with an accessible name.
import type { RunAction } from './runKeys'

interface Props {
  state: string
  manual: boolean
  muted: boolean
  displayOpen: boolean
  onAction: (action: RunAction) => void
}

export function RunControls({ state, manual, muted, displayOpen, onAction }: Props) {
  const started = state !== 'idle'
  const button = (
    action: RunAction,
    label: string,
    text: string,
    options: { disabled?: boolean; pressed?: boolean; primary?: boolean } = {}
  ) => (
    <button
      type="button"
      className={`run__control${options.primary ? ' run__control--primary' : ''}`}
      aria-label={label}
      title={label}
      disabled={options.disabled}
      aria-pressed={options.pressed}
      onClick={() => onAction(action)}
    >
      {text}
    </button>
  )
  return (
    <nav className="run__controls" aria-label="Session controls">
      {button('previous', 'Back to the previous step', 'Back', { disabled: !started })}
      {button('removeTime', 'Take off 10 seconds', '−10', { disabled: !started || manual })}
      {button(
        'toggle',
        !started ? 'Start' : state === 'paused' ? 'Resume' : 'Pause',
        !started ? 'Start' : state === 'paused' ? 'Resume' : 'Pause',
        { primary: true }
      )}
      {button('addTime', 'Add 10 seconds', '+10', { disabled: !started || manual })}
      {button('next', 'Skip to the next step', 'Skip', { disabled: !started })}
      {button('mute', muted ? 'Unmute' : 'Mute', muted ? 'Unmute' : 'Mute', { pressed: muted })}
      {button('fullscreen', 'Fullscreen', 'Fullscreen')}
      {button(
        'display',
        displayOpen ? 'Close the TV display' : 'Open the TV display',
        displayOpen ? 'Close display' : 'TV display',
        { pressed: displayOpen }
      )}
      {button('help', 'Keyboard shortcuts', '?')}
      {button('stop', 'Stop', 'Stop')}
    </nav>
  )
}
