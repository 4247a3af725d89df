// What a phone and Cadence say to each other over the remote's WebSocket: every phone message is checked
// against these schemas in main before anything happens, and only the actions listed here exist.
import { z } from 'zod'
import { LanguageSchema } from '../model/language'

/**
 * What a phone may ask for: the session's actions, and skipping the music's track (main forwards that one
 * to the page, which plays the music); nothing else a phone sends can reach the app.
 */
export const REMOTE_ACTIONS = [
  'start',
  'toggle',
  'next',
  'previous',
  'done',
  'roundDone',
  'addTime',
  'removeTime',
  'stop',
  'music.skip',
] as const
export const RemoteActionSchema = z.enum(REMOTE_ACTIONS)
export type RemoteAction = z.infer<typeof RemoteActionSchema>

/** Largest message a phone may send, in bytes; the biggest legal one is under 100. */
export const MAX_PHONE_MESSAGE_BYTES = 512

/** Numbers a phone's presses, so the computer's answer names the press it is about. */
const SeqSchema = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)

export const PhoneMessageSchema = z.discriminatedUnion('type', [
  /** seq: when given, the computer answers with an ack naming it. */
  z
    .object({ type: z.literal('action'), action: RemoteActionSchema, seq: SeqSchema.optional() })
    .strict(),
  /** Measures the phone's clock against the computer's (sentAt is the phone's Date.now()). */
  z
    .object({
      type: z.literal('ping'),
      id: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31),
      sentAt: z.number().finite(),
    })
    .strict(),
])
export type PhoneMessage = z.infer<typeof PhoneMessageSchema>

const text = (max: number) => z.string().max(max)
const colour = z.string().regex(/^#[0-9a-f]{6}$/i)

/**
 * What a phone draws: the words and colours of the moment, and the step's times on the publishing page's
 * monotonic clock (turned into the phone's clock with the frame's time origin and the measured offset).
 */
export const RemoteViewSchema = z
  .object({
    circuit: text(200),
    status: z.enum(['ready', 'running', 'paused', 'finished', 'stopped']),
    phase: text(80),
    headline: text(300),
    where: text(200),
    next: text(300),
    background: colour,
    text: colour,
    /** The circuit's own colour, drawn as a band at the edge as on the run screen; null when it has none. */
    accent: colour.nullable(),
    /** A rep step: it ends when Done is pressed, and its digits count up. */
    repStep: z.boolean(),
    /** AMRAP: "Round done" is there to press. */
    canRoundDone: z.boolean(),
    /** What the digits show before Start: the first step's length. */
    readyMs: z.number().finite().min(0),
    stepEndsAt: z.number().finite().nullable(),
    stepCountsFrom: z.number().finite(),
    frozenAt: z.number().finite().nullable(),
    stepIndex: z.number().int().min(0),
    stepCount: z.number().int().min(0),
    /** The move the phone's picture shows (the one being done, or in a break the next), with its name. */
    demo: z
      .object({
        exerciseId: z.string().max(64),
        side: z.enum(['left', 'right']),
        name: text(200),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict()
export type RemoteView = z.infer<typeof RemoteViewSchema>

/** The track the computer's music is playing, as the phone shows it: one line, nothing when none plays. */
export const NowPlayingSchema = z
  .object({ title: text(500).min(1), artist: text(500).nullable() })
  .strict()
export type NowPlaying = z.infer<typeof NowPlayingSchema>

/**
 * The page's view (null when no session is open) and the page's monotonic time when it sent it. Main pairs
 * that with its own wall clock on arrival, so phones never depend on the page's clock matching the wall.
 */
export const RemoteFrameSchema = z
  .object({
    view: RemoteViewSchema.nullable(),
    sentAt: z.number().finite(),
    /** The app's language: the phone's own words follow it, so the page reads as one language. */
    lang: LanguageSchema,
    /** The music's track now, when music plays. */
    track: NowPlayingSchema.nullable(),
  })
  .strict()
export type RemoteFrame = z.infer<typeof RemoteFrameSchema>

/**
 * The computer's answer to a numbered press: accepted (it went to the session), or refused with a reason
 * the phone shows (the app's window is closed, too many presses). A refused press is never replayed.
 */
export const ActionAckSchema = z.discriminatedUnion('accepted', [
  z.object({ type: z.literal('ack'), seq: SeqSchema, accepted: z.literal(true) }).strict(),
  z
    .object({
      type: z.literal('ack'),
      seq: SeqSchema,
      accepted: z.literal(false),
      reason: text(200),
    })
    .strict(),
])
export type ActionAck = z.infer<typeof ActionAckSchema>

/** What the computer sends a phone. */
export type ServerMessage =
  | ActionAck
  /** serverAt: the computer's wall clock when the frame arrived from the page (at its sentAt). */
  | { type: 'frame'; frame: RemoteFrame; serverAt: number }
  | { type: 'pong'; id: number; sentAt: number; serverNow: number }
  | { type: 'refused'; message: string }
