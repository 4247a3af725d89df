// Stores documents with `conf`, electron-store's Electron-free base: used by tests and the e2e harness.
import Conf from 'conf'
import type { BackendFactory } from './document'

export function confBackend(cwd: string): BackendFactory {
  return (name) =>
    new Conf<Record<string, unknown>>({ cwd, configName: name, clearInvalidConfig: false })
}
