// What electron-store is given to write Cadence's documents, shared by the app (electron-store) and the tests
// (conf, its Electron-free base), so both write the same bytes. Reading is ours (documentRead.ts): conf's own
// read only serves its bookkeeping, and must never throw on a file we have already looked at and kept aside.
import { dirname } from 'node:path'
import { fsyncDir } from './durableFile'

/** What electron-store and conf have in common: setting `store` writes the whole file atomically. */
export interface KeyValueBackend {
  set store(value: Record<string, unknown>)
  readonly path: string
}
/** Opens the writer for the document `name` (name.json in the data folder); called on its first write. */
export type BackendFactory = (name: string) => KeyValueBackend

const BOM = '\uFEFF'

/**
 * conf reads the file when it opens and before each write (for its own `__internal__` key). A file with a
 * byte-order mark or one that does not parse would make it throw; by then our reader has kept its bytes
 * aside, so for conf it is simply empty.
 */
export function lenientDeserialize(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

/** The options the app and the tests both open electron-store / conf with, for the document `name`. */
export function backendOptions(cwd: string) {
  return {
    cwd,
    clearInvalidConfig: false,
    deserialize: lenientDeserialize,
    // Tabs, as earlier versions wrote them, so files do not change shape.
    serialize: (value: Record<string, unknown>) => JSON.stringify(value, undefined, '\t'),
  } as const
}

/**
 * Writes through the backend (atomically: temp file, fsync, rename, a link's target followed, a busy file
 * retried for a second), then fsyncs the folder the file really is in, which conf does not, so the rename
 * survives a power cut.
 */
export function writeThrough(
  backend: KeyValueBackend,
  value: Record<string, unknown>,
  realPath: string
): void {
  backend.store = value
  fsyncDir(dirname(realPath))
}
