// What a screen may ask of the session in main, checked at the IPC boundary, and the frames main sends back.
import { z } from 'zod'
import { CircuitSchema } from '../model/circuit'
import type { RunView } from '../run/runView'

const SIMPLE = [
  'start',
  'toggle',
  'next',
  'previous',
  'done',
  'roundDone',
  'addTime',
  'removeTime',
  'suspend',
  'stop',
  'retrySave',
  'again',
  'close',
] as const

export const SessionCommandSchema = z.union([
  /** A stored circuit, read in main: the page's copy is never trusted or parsed again. */
  z.object({ type: z.literal('open'), circuitId: z.string().min(1).max(64) }).strict(),
  /** A circuit that may no longer be stored (Again from history). */
  z.object({ type: z.literal('open'), circuit: CircuitSchema }).strict(),
  /** The interrupted session in the journal, which main reads itself. */
  z.object({ type: z.literal('resume') }).strict(),
  z.object({ type: z.enum(SIMPLE) }).strict(),
])
export type SessionCommand = z.infer<typeof SessionCommandSchema>

/** The session as every screen draws it, and the session clock's time when main sent it. */
export interface SessionFrame {
  view: RunView | null
  sentAt: number
}
export const SessionFrameSchema = z.custom<SessionFrame>()
