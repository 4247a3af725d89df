// Cadence's documents (settings, circuits, exercises, window state) are written through electron-store, opened
// on a document's first write; it imports electron, so only index.ts wires it (tests use conf, its base).
import ElectronStore from 'electron-store'
import { backendOptions, type BackendFactory } from '../store/documentBackend'

export function electronStoreBackend(cwd: string): BackendFactory {
  return (name) => new ElectronStore<Record<string, unknown>>({ ...backendOptions(cwd), name })
}
