// The app-wide keyboard shortcuts, in one table that the key handler and the shortcuts overlay both read.
import type { MenuCommand } from '@shared/ipc/contract'

export interface AppShortcut {
  display: string
  label: string
  /** With Ctrl (Cmd on macOS): the key, lower case; the page answers it as the menu would. */
  ctrlKey?: string
  command?: MenuCommand
}

export const APP_SHORTCUTS: readonly AppShortcut[] = [
  { display: 'Ctrl+1 … 4', label: 'Circuits, Run, History, Settings' },
  { display: 'Ctrl+N', label: 'New circuit', ctrlKey: 'n', command: 'newCircuit' },
  { display: 'Ctrl+O', label: 'Import a circuit', ctrlKey: 'o', command: 'importCircuit' },
  { display: 'Ctrl+E', label: 'Export history (CSV)', ctrlKey: 'e', command: 'exportHistory' },
  { display: 'F11', label: 'Fullscreen' },
  { display: '?', label: 'Show these shortcuts', command: 'showShortcuts' },
]

export function commandForCtrlKey(key: string): MenuCommand | undefined {
  return APP_SHORTCUTS.find((s) => s.ctrlKey === key.toLowerCase())?.command
}
