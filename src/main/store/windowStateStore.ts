// Where the window was: a small document beside the settings.
import { openDocument, type BackendFactory, type Document, type RecoveryNotice } from './document'
import type { SharedDocumentOptions } from './document'
import { DEFAULT_WINDOW_STATE, WindowStateSchema, type WindowState } from '../windowState'

export function openWindowState(
  dir: string,
  backend: BackendFactory,
  onRecovered: (notice: RecoveryNotice) => void,
  shared: SharedDocumentOptions = {}
): Document<WindowState> {
  return openDocument<WindowState>({
    dir,
    name: 'window-state',
    schema: WindowStateSchema,
    defaults: DEFAULT_WINDOW_STATE,
    migrations: [(doc) => ({ ...DEFAULT_WINDOW_STATE, ...doc })],
    backend,
    onRecovered,
    ...shared,
  })
}
