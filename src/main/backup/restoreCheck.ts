// Checks a folder before Restore puts it in place of the data folder: it must be a backup made by File →
// Back up data… (its backup.json, every file it lists present), and each file Cadence reads at start must
// read with the same schemas and readers its store uses. A foreign or damaged folder is refused with the
// reason, before anything is copied or moved.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, join, normalize, sep } from 'node:path'
import { z, type ZodType } from 'zod'
import { AppError } from '@shared/ipc/result'
import { SettingsSchema } from '@shared/model/settings'
import { mediaFileName } from '@shared/model/media'
import { t } from '../i18n/mainLanguage'
import { MediaIndexSchema } from '../media/mediaStore'
import { CIRCUITS_MIGRATIONS, CircuitsDocSchema } from '../store/circuitsStore'
import { decodeDocument } from '../store/documentRead'
import { EXERCISES_MIGRATIONS, ExercisesDocSchema } from '../store/exercisesStore'
import { readHistoryLog } from '../store/historyLog'
import type { Migration } from '../store/migrations'
import { SETTINGS_MIGRATIONS } from '../store/settingsStore'
import { BACKUP_FORMAT } from './backupData'

/** A listed file stays inside the backup: no absolute paths, no way up. */
const Inside = z
  .string()
  .min(1)
  .refine((f) => !isAbsolute(f) && !normalize(f).split(sep).includes('..'))

export const BackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  files: z.array(Inside),
})
export type BackupManifest = z.infer<typeof BackupManifestSchema>

const refuse = (key: string, values: Record<string, string | number> = {}): never => {
  throw new AppError('invalid-payload', t(`demo:restore.${key}`, values))
}

/** The backup's manifest, once every file in it has been read as its store would read it. */
export function checkBackup(folder: string): BackupManifest {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) refuse('notFolder', { folder })
  const manifest = readManifest(folder)
  for (const file of manifest.files) {
    if (!existsSync(join(folder, file))) refuse('missing', { file })
  }
  const has = (file: string) => manifest.files.includes(file)
  const documents: Array<[string, ZodType<unknown>, readonly Migration[]]> = [
    ['settings.json', SettingsSchema, SETTINGS_MIGRATIONS],
    ['circuits.json', CircuitsDocSchema, CIRCUITS_MIGRATIONS],
    ['exercises.json', ExercisesDocSchema, EXERCISES_MIGRATIONS],
  ]
  for (const [file, schema, migrations] of documents) {
    if (!has(file)) continue
    const decoded = decodeDocument(join(folder, file), { schema, migrations, defaults: undefined })
    const why = decoded.problem?.reason ?? decoded.frozen
    if (why !== null) refuse('damaged', { file, reason: why })
  }
  if (has('history.jsonl')) checkHistory(join(folder, 'history.jsonl'))
  if (has('media.json')) checkMedia(folder, manifest.files)
  return manifest
}

function readManifest(folder: string): BackupManifest {
  const path = join(folder, 'backup.json')
  if (!existsSync(path)) refuse('notBackup', { folder })
  try {
    return BackupManifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    return refuse('notBackup', { folder })
  }
}

/** Every line a session change the history store accepts; a cut-short last line is damage too. */
function checkHistory(path: string): void {
  const read = readHistoryLog(readFileSync(path))
  const first = read.badLines[0]
  if (first !== undefined) refuse('damagedLine', { file: 'history.jsonl', line: first })
  if (read.tornBytes > 0)
    refuse('damagedLine', {
      file: 'history.jsonl',
      line: read.lines.length + read.badLines.length + 1,
    })
}

/** The media index as the media store reads it, and every copy it names present in the backup. */
function checkMedia(folder: string, files: readonly string[]): void {
  let index: z.infer<typeof MediaIndexSchema>
  try {
    index = MediaIndexSchema.parse(JSON.parse(readFileSync(join(folder, 'media.json'), 'utf8')))
  } catch {
    return refuse('damagedMedia', { file: 'media.json' })
  }
  for (const ref of Object.values(index)) {
    const copy = join('media', mediaFileName(ref))
    if (!files.includes(copy)) refuse('missing', { file: copy })
  }
}
