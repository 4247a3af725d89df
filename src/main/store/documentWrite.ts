// Writes a document atomically with `atomically`, the writer conf and electron-store use (temp file, fsync,
// rename, link targets followed), then fsyncs the folder, which atomically does not, so the rename survives a crash.
import { writeFileSync } from 'atomically'
import { dirname } from 'node:path'
import { fsyncDir } from './durableFile'

/** How long atomically retries a busy file: antivirus and indexers hold files on Windows; elsewhere, fail now. */
const RETRY_MS: Partial<Record<NodeJS.Platform, number>> = { win32: 1000 }

export function writeDocumentFile(
  path: string,
  value: Record<string, unknown>,
  platform: NodeJS.Platform = process.platform
): void {
  // Tabs, as conf wrote them, so files from earlier versions do not change shape.
  writeFileSync(path, `${JSON.stringify(value, undefined, '\t')}`, {
    timeout: RETRY_MS[platform] ?? 0,
  })
  fsyncDir(dirname(path))
}
