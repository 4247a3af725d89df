// The app-wide keyboard shortcuts, in one table that the key handler and the shortcuts overlay both read.
import type { MenuCommand } from '@shared/ipc/contract'

export interface AppShortcut {
  display: string
  /** Its words: a key under app:shortcuts.actions. */
  label: 'navigate' | 'newCircuit' | 'importCircuit' | 'exportHistory' | 'fullscreen' | 'help'
  /** With Ctrl (Cmd on macOS): the key, lower case; the page answers it as the menu would. */
  ctrlKey?: string
  command?: MenuCommand
}

export const APP_SHORTCUTS: readonly AppShortcut[] = [
  { display: 'Ctrl+1 … 4', label: 'navigate' },
  { display: 'Ctrl+N', label: 'newCircuit', ctrlKey: 'n', command: 'newCircuit' },
  { display: 'Ctrl+O', label: 'importCircuit', ctrlKey: 'o', command: 'importCircuit' },
  { display: 'Ctrl+E', label: 'exportHistory', ctrlKey: 'e', command: 'exportHistory' },
  { display: 'F11', label: 'fullscreen' },
  { display: '?', label: 'help', command: 'showShortcuts' },
]

export function commandForCtrlKey(key: string): MenuCommand | undefined {
  return APP_SHORTCUTS.find((s) => s.ctrlKey === key.toLowerCase())?.command
}
