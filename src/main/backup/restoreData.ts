// Restores a backup made by File → Back up data…: checked first (restoreCheck), copied next to the data
// folder under a temporary name, then swapped in: the current data folder is renamed to a dated
// `before-restore-…` folder beside it (kept whole, never deleted) and the copy takes its name. Until the
// swap nothing of the user's changes; if the swap fails, the data folder is put back as it was.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { AppError } from '@shared/ipc/result'
import { t } from '../i18n/mainLanguage'
import { checkBackup } from './restoreCheck'

export interface RestoreResult {
  /** Where the data folder as it was before the restore now is. */
  aside: string
  files: number
}

export interface RestoreOptions {
  now?: () => Date
  /** After each file copied: how many, of how many. */
  onProgress?: (done: number, total: number) => void
}

/** "Cadence.before-restore-2026-11-29-09-12-05", with "-2" and on when taken: never overwrites. */
export function asideName(dataDir: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const stamp = [at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes(), at.getSeconds()]
    .map(pad)
    .join('-')
  const base = join(
    dirname(dataDir),
    `${basename(dataDir)}.before-restore-${at.getFullYear()}-${stamp}`
  )
  let name = base
  for (let n = 2; existsSync(name); n++) name = `${base}-${n}`
  return name
}

export function restoreData(
  dataDir: string,
  backup: string,
  options: RestoreOptions = {}
): RestoreResult {
  const manifest = checkBackup(backup)
  const staging = join(dirname(dataDir), `.${basename(dataDir)}.restoring-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  try {
    mkdirSync(staging, { recursive: true })
    manifest.files.forEach((file, i) => {
      const target = join(staging, file)
      mkdirSync(dirname(target), { recursive: true })
      copyFileSync(join(backup, file), target)
      options.onProgress?.(i + 1, manifest.files.length)
    })
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw new AppError('io', t('demo:restore.copyFailed', { code: codeOf(error) }))
  }
  const aside = asideName(dataDir, (options.now ?? (() => new Date()))())
  swapIn(dataDir, staging, aside)
  return { aside, files: manifest.files.length }
}

/** Two renames in one folder; if the second fails, the first is undone so the data folder is as it was. */
function swapIn(dataDir: string, staging: string, aside: string): void {
  try {
    if (existsSync(dataDir)) renameSync(dataDir, aside)
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw new AppError('io', t('demo:restore.swapFailed', { code: codeOf(error) }))
  }
  try {
    renameSync(staging, dataDir)
  } catch (error) {
    if (existsSync(aside)) renameSync(aside, dataDir)
    rmSync(staging, { recursive: true, force: true })
    throw new AppError('io', t('demo:restore.swapFailed', { code: codeOf(error) }))
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error)
