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

/**
 * `label` and `keyName` are keys of run.json's `shortcuts` (the overlay says them in the screen's language);
 * `display` is what is printed on the key cap when no word is needed (arrows, letters).
 */
export interface RunShortcut {
  keys: string[]
  label: string
  action: RunAction
  display: string
  keyName?: string
}

export const RUN_SHORTCUTS: readonly RunShortcut[] = [
  { keys: [' '], display: '', keyName: 'space', label: 'toggle', action: 'toggle' },
  { keys: ['ArrowRight'], display: '→', label: 'next', action: 'next' },
  // Presentation clickers send these: forward, back, and the "blank screen" button.
  { keys: ['PageDown'], display: '', keyName: 'pageDown', label: 'clickerNext', action: 'next' },
  { keys: ['PageUp'], display: '', keyName: 'pageUp', label: 'clickerBack', action: 'previous' },
  {
    keys: ['b', 'B', '.'],
    display: '',
    keyName: 'bOrDot',
    label: 'clickerBlank',
    action: 'toggle',
  },
  { keys: ['ArrowLeft'], display: '←', label: 'previous', action: 'previous' },
  { keys: ['Enter'], display: '', keyName: 'enter', label: 'done', action: 'done' },
  { keys: ['r', 'R'], display: 'R', label: 'roundDone', action: 'roundDone' },
  { keys: ['ArrowUp'], display: '↑', label: 'addTime', action: 'addTime' },
  { keys: ['ArrowDown'], display: '↓', label: 'removeTime', action: 'removeTime' },
  { keys: ['m', 'M'], display: 'M', label: 'mute', action: 'mute' },
  { keys: ['f', 'F'], display: 'F', label: 'fullscreen', action: 'fullscreen' },
  { keys: ['Escape'], display: '', keyName: 'escape', label: 'stop', action: 'stop' },
  { keys: ['d', 'D'], display: 'D', label: 'display', action: 'display' },
]

export function actionForKey(key: string): RunAction | undefined {
  return RUN_SHORTCUTS.find((s) => s.keys.includes(key))?.action
}
