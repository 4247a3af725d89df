// Backs up the user's data: every file Cadence keeps in its data folder (circuits, settings, history and
// its journal, library additions, the media index and the pictures and videos in media/) into a new dated
// folder inside the one the user picks. A plain folder, not an archive: nothing to install, the files stay
// readable as they are, and the media (most of the bytes) is already compressed. It is written under a
// `.partial` name and renamed when whole, so a half-written backup never looks like a finished one.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { AppError } from '@shared/ipc/result'
import { writeFileAtomic } from '../store/durableFile'
import { LOCK_FILE } from '../store/folderLock'
import { t } from '../i18n/mainLanguage'

export const BACKUP_FORMAT = 'cadence-backup'

export interface BackupResult {
  /** The finished backup folder. */
  folder: string
  files: number
  bytes: number
}

export interface BackupOptions {
  now?: () => Date
  /** After each file: how many are copied, of how many, and their bytes so far. */
  onProgress?: (done: number, total: number) => void
}

/** The lock says who runs, and temp files are writes in flight: neither is the user's data. */
const skipped = (name: string) =>
  name === LOCK_FILE || name.startsWith('.') || name.endsWith('.tmp')

/** The data folder's files, relative to it, media/ included. Listed before the backup folder is made, so
 * a backup put inside the data folder never copies itself. */
export function dataFiles(dataDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name)
      if (skipped(entry.name)) return []
      if (entry.isDirectory()) return walk(path)
      return entry.isFile() ? [relative(dataDir, path)] : []
    })
  return walk(dataDir).sort()
}

/** "Cadence backup 2026-11-29 09-12", with " (2)" and on when that name is taken: never overwrites. */
export function backupFolderName(parent: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}-${pad(at.getMinutes())}`
  const base = join(parent, `Cadence backup ${stamp}`)
  let name = base
  for (let n = 2; existsSync(name) || existsSync(`${name}.partial`); n++) name = `${base} (${n})`
  return name
}

export function backUpData(
  dataDir: string,
  parent: string,
  options: BackupOptions = {}
): BackupResult {
  const now = options.now ?? (() => new Date())
  if (!existsSync(parent) || !statSync(parent).isDirectory())
    throw new AppError('not-found', t('demo:backup.notFolder', { folder: parent }))
  const folder = backupFolderName(parent, now())
  const partial = `${folder}.partial`
  const files = dataFiles(dataDir)
  let bytes = 0
  try {
    mkdirSync(partial, { recursive: true })
    files.forEach((file, i) => {
      const target = join(partial, file)
      mkdirSync(dirname(target), { recursive: true })
      copyFileSync(join(dataDir, file), target)
      bytes += statSync(target).size
      options.onProgress?.(i + 1, files.length)
    })
    const manifest = { format: BACKUP_FORMAT, version: 1, createdAt: now().toISOString(), files }
    writeFileAtomic(join(partial, 'backup.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    renameSync(partial, folder)
  } catch (error) {
    if (error instanceof AppError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    // What was copied stays, under its .partial name, so nothing is lost and nothing looks finished.
    throw new AppError('io', t('demo:backup.stopped', { code, folder: partial }))
  }
  return { folder, files: files.length, bytes }
}
