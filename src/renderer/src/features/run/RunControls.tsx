// The on-screen twins of the keyboard shortcuts, each with an accessible name.
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('run', { keyPrefix: 'controls' })
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
  const pause = !started ? 'start' : state === 'paused' ? 'resume' : 'pause'
  return (
    <nav className="run__controls" aria-label={t('label')}>
      {button('previous', t('backLabel'), t('back'), { disabled: !started })}
      {button('removeTime', t('removeTimeLabel'), t('removeTime'), {
        disabled: !started || manual,
      })}
      {button('toggle', t(pause), t(pause), { primary: true })}
      {button('addTime', t('addTimeLabel'), t('addTime'), { disabled: !started || manual })}
      {button('next', t('skipLabel'), t('skip'), { disabled: !started })}
      {button('mute', t(muted ? 'unmute' : 'mute'), t(muted ? 'unmute' : 'mute'), {
        pressed: muted,
      })}
      {button('fullscreen', t('fullscreen'), t('fullscreen'))}
      {button(
        'display',
        t(displayOpen ? 'closeDisplayLabel' : 'openDisplayLabel'),
        t(displayOpen ? 'closeDisplay' : 'openDisplay'),
        { pressed: displayOpen }
      )}
      {button('help', t('helpLabel'), t('help'))}
      {button('stop', t('stop'), t('stop'))}
    </nav>
  )
}
