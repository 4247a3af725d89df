// Stores documents with electron-store inside the real app (it imports electron, so only index.ts wires it).
import ElectronStore from 'electron-store'
import type { BackendFactory } from '../store/document'

export function electronStoreBackend(cwd: string): BackendFactory {
  return (name) =>
    new ElectronStore<Record<string, unknown>>({ cwd, name, clearInvalidConfig: false })
}
