// The journal of the session in progress: enough to resume it, or save it as stopped, after a crash.
import { z } from 'zod'
import { CircuitSchema } from './circuit'
import { SessionStepSchema } from './session'

const SessionId = z.string().min(8).max(64)

export const JournalBeginSchema = z
  .object({
    sessionId: SessionId,
    circuit: CircuitSchema,
    startedAt: z.iso.datetime({ offset: true }),
    timeZone: z.string().min(1).max(64),
  })
  .strict()
export type JournalBegin = z.infer<typeof JournalBeginSchema>

export const JournalProgressSchema = z
  .object({ sessionId: SessionId, step: SessionStepSchema })
  .strict()
export type JournalProgress = z.infer<typeof JournalProgressSchema>

/**
 * The session machine's persisted snapshot (xstate's getPersistedSnapshot) whenever the timer changes course,
 * with the moment it was taken on the session clock: what Resume brings back. Its shape is xstate's own;
 * restoring checks it (src/shared/session/resumeSession.ts).
 */
export const PersistedRunSchema = z
  .object({ savedAt: z.number().finite(), snapshot: z.record(z.string(), z.unknown()) })
  .strict()
export type PersistedRun = z.infer<typeof PersistedRunSchema>

export const JournalSnapshotSchema = z
  .object({ sessionId: SessionId, timer: PersistedRunSchema })
  .strict()
export type JournalSnapshot = z.infer<typeof JournalSnapshotSchema>

export const PendingSessionSchema = JournalBeginSchema.extend({
  steps: z.array(SessionStepSchema),
  /** The latest snapshot, if one was written: what Resume brings back. */
  timer: PersistedRunSchema.nullable(),
})
export type PendingSession = z.infer<typeof PendingSessionSchema>
