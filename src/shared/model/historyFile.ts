// The history export's format: a versioned envelope of sessions, written and read by main's history export.
import { z } from 'zod'
import { SessionSchema } from './session'

export const HISTORY_FILE_FORMAT = 'cadence-history'
/** Larger files are refused before they are read. */
export const MAX_HISTORY_IMPORT_BYTES = 200 * 1024 * 1024

export const HistoryFileSchema = z.object({
  format: z.literal(HISTORY_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  sessions: z.array(SessionSchema),
})
