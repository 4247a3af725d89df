// The run screen's keyboard shortcuts, in one table that the key handler and the shortcuts overlay both read.
// 'help' is the on-screen "?" button; the "?" key itself is app-wide (app/commands.tsx).
export type RunAction =
  | 'toggle'
  | 'next'
  | 'previous'
  | 'done'
  | 'roundDone'
  | 'addTime'
  | 'removeTime'
  | 'mute'
  | 'fullscreen'
  | 'stop'
  | 'help'
  | 'display'

export const RUN_SHORTCUTS: ReadonlyArray<{
  keys: string[]
  label: string
  action: RunAction
  display: string
}> = [
  { keys: [' '], display: 'Space', label: 'Start, pause or resume', action: 'toggle' },
  { keys: ['ArrowRight'], display: '→', label: 'Skip to the next step', action: 'next' },
  // Presentation clickers send these: forward, back, and the "blank screen" button.
  {
    keys: ['PageDown'],
    display: 'Page Down',
    label: 'Skip (a clicker’s forward button)',
    action: 'next',
  },
  {
    keys: ['PageUp'],
    display: 'Page Up',
    label: 'Back (a clicker’s back button)',
    action: 'previous',
  },
  {
    keys: ['b', 'B', '.'],
    display: 'B or .',
    label: 'Pause or resume (a clicker’s blank-screen button)',
    action: 'toggle',
  },
  {
    keys: ['ArrowLeft'],
    display: '←',
    label: 'Restart the step (or go back one in its first 2 s)',
    action: 'previous',
  },
  { keys: ['Enter'], display: 'Enter', label: 'Done (rep steps)', action: 'done' },
  { keys: ['r', 'R'], display: 'R', label: 'Round done (AMRAP)', action: 'roundDone' },
  { keys: ['ArrowUp'], display: '↑', label: 'Add 10 seconds', action: 'addTime' },
  { keys: ['ArrowDown'], display: '↓', label: 'Take off 10 seconds', action: 'removeTime' },
  { keys: ['m', 'M'], display: 'M', label: 'Mute or unmute', action: 'mute' },
  { keys: ['f', 'F'], display: 'F', label: 'Fullscreen', action: 'fullscreen' },
  { keys: ['Escape'], display: 'Esc', label: 'Stop (asks first)', action: 'stop' },
  { keys: ['d', 'D'], display: 'D', label: 'Open or close the TV display', action: 'display' },
]

export function actionForKey(key: string): RunAction | undefined {
  return RUN_SHORTCUTS.find((s) => s.keys.includes(key))?.action
}
