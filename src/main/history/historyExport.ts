// Writes history to CSV or JSON files and reads a JSON export back, without blocking main for long.
import { createWriteStream, renameSync, unlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { z } from 'zod'
import { AppError } from '@shared/ipc/result'
import {
  SESSION_CSV_HEADER,
  STEP_CSV_HEADER,
  sessionCsvRow,
  stepCsvRows,
} from '@shared/history/csv'
import { SessionSchema, type HistoryFilter, type Session } from '@shared/model/session'
import { HISTORY_FILE_FORMAT, MAX_HISTORY_IMPORT_BYTES } from '@shared/model/historyFile'
import { problemsOf } from '@shared/model/problems'
import { fsyncDir } from '../store/durableFile'
import { readUserFile } from '../files/readUserFile'
import type { HistoryStore } from '../store/historyStore'
import { t } from '../i18n/mainLanguage'

/** Sessions written between two yields to the event loop, so IPC keeps flowing during a big export. */
const BATCH = 250

export type Progress = (done: number, total: number) => void

export async function exportHistory(
  history: HistoryStore,
  path: string,
  options: {
    format: 'csv' | 'json'
    perStep?: boolean | undefined
    filter?: HistoryFilter | undefined
    now: Date
    /** How a batch gives the rest of main a turn (IPC, the window); tests observe it. */
    giveWay?: () => Promise<unknown>
  },
  onProgress: Progress = () => {}
): Promise<number> {
  const total = history.summaries(options.filter).length
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  const out = createWriteStream(tmp, { encoding: 'utf8', mode: 0o600 })
  const write = (text: string) =>
    out.write(text)
      ? Promise.resolve()
      : new Promise<void>((resolve) => out.once('drain', () => resolve()))
  try {
    if (options.format === 'json') {
      await write(
        // eslint-disable-next-line i18next/no-literal-string -- the export file's JSON, which programs read
        `{"format":"${HISTORY_FILE_FORMAT}","version":1,"exportedAt":${JSON.stringify(options.now.toISOString())},"sessions":[\n`
      )
    } else {
      await write(options.perStep ? STEP_CSV_HEADER : SESSION_CSV_HEADER)
    }
    let done = 0
    for (const session of history.sessions(options.filter)) {
      if (options.format === 'json')
        await write(`${done > 0 ? ',\n' : ''}${JSON.stringify(session)}`)
      else await write(options.perStep ? stepCsvRows(session) : sessionCsvRow(session))
      done++
      if (done % BATCH === 0) {
        onProgress(done, total)
        await (options.giveWay ?? yieldToLoop)()
      }
    }
    if (options.format === 'json') await write('\n]}\n')
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve()))
    )
    renameSync(tmp, path)
    fsyncDir(dirname(path))
    onProgress(done, total)
    return done
  } catch (error) {
    out.destroy()
    try {
      unlinkSync(tmp)
    } catch {
      // Already gone.
    }
    throw error
  }
}

// Each field's key of main:historyImport says what is wrong with it, in the app's language.
const LooseHistoryFile = z.object({
  format: z.literal(HISTORY_FILE_FORMAT),
  version: z.literal(1),
  sessions: z.array(z.unknown()),
})
const ENVELOPE_WORDS = { format: 'notExport', version: 'newer', sessions: 'noSessions' } as const

/** Reads a JSON history export; all of it is checked before anything is added. */
export function readHistoryExport(path: string): Session[] {
  const text = readUserFile(path, {
    maxBytes: MAX_HISTORY_IMPORT_BYTES,
    what: 'historyExport',
  })
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new AppError('invalid-payload', t('main:historyImport.notJson', { detail }))
  }
  const envelope = LooseHistoryFile.safeParse(data)
  if (!envelope.success) {
    const field = envelope.error.issues[0]?.path[0]
    const key = ENVELOPE_WORDS[field as keyof typeof ENVELOPE_WORDS] ?? 'notExport'
    throw new AppError('invalid-payload', t(`main:historyImport.${key}`))
  }
  const sessions: Session[] = []
  for (const [i, raw] of envelope.data.sessions.entries()) {
    const parsed = SessionSchema.safeParse(raw)
    if (!parsed.success) {
      const p = problemsOf(parsed.error)[0]
      throw new AppError(
        'invalid-payload',
        t('main:historyImport.sessionDamaged', {
          number: i + 1,
          path: p?.path || 'root',
          message: p?.message,
        })
      )
    }
    sessions.push(parsed.data)
  }
  return sessions
}
