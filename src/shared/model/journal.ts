// The journal of the session in progress: enough to rebuild it as a stopped session after a crash.
import { z } from 'zod'
import { CircuitSchema } from './circuit'
import { SessionStepSchema } from './session'

export const JournalBeginSchema = z
  .object({
    sessionId: z.string().min(8).max(64),
    circuit: CircuitSchema,
    startedAt: z.iso.datetime({ offset: true }),
    timeZone: z.string().min(1).max(64),
  })
  .strict()
export type JournalBegin = z.infer<typeof JournalBeginSchema>

export const JournalProgressSchema = z
  .object({ sessionId: z.string().min(8).max(64), step: SessionStepSchema })
  .strict()
export type JournalProgress = z.infer<typeof JournalProgressSchema>

export const PendingSessionSchema = JournalBeginSchema.extend({ steps: z.array(SessionStepSchema) })
export type PendingSession = z.infer<typeof PendingSessionSchema>
