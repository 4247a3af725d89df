// Opens every store in the data folder and builds the IPC handlers over them; Electron-free, so tests use it whole.
import { mkdirSync } from 'node:fs'
import type { BackendFactory, RecoveryNotice } from './store/document'
import { createSettingsStore } from './store/settingsStore'
import { appHandlers } from './handlers/appHandlers'
import { settingsHandlers } from './handlers/settingsHandlers'
import type { Handlers } from './ipc/dispatch'

export interface ServicesOptions {
  dataDir: string
  backend: BackendFactory
  app: { name: string; version: string; platform: string }
}

export interface Services {
  handlers: Handlers
  notices: RecoveryNotice[]
}

export function createServices(options: ServicesOptions): Services {
  mkdirSync(options.dataDir, { recursive: true })
  const notices: RecoveryNotice[] = []
  const record = (notice: RecoveryNotice) => notices.push(notice)
  const settings = createSettingsStore(options.dataDir, options.backend, record)
  const handlers: Handlers = {
    ...appHandlers({ ...options.app, dataDir: options.dataDir }),
    ...settingsHandlers(settings),
  }
  return { handlers, notices }
}
