// The one IPC contract: each channel (`domain:verb`) with the schema of its request and its response.
import { z } from 'zod'
import { CircuitSchema } from '../model/circuit'
import { CircuitSummarySchema } from '../model/circuitSummary'
import { PendingSessionSchema } from '../model/journal'
import {
  ExerciseLoadSchema,
  HistoryFilterSchema,
  HistoryPageRequestSchema,
  HistoryPageSchema,
  SessionAnnotationSchema,
  SessionSchema,
  SessionSummarySchema,
} from '../model/session'
import { SettingsPatchSchema, SettingsSchema } from '../model/settings'
import { LanguageSchema } from '../model/language'
import { MAX_IMPORT_BYTES } from '../circuits/circuitFile'
import { RunnableCircuitSchema } from '../circuits/validateCircuit'
import { OverviewRequestSchema, OverviewSchema } from '../history/overview'
import { ExerciseSchema } from '../library/schema'
import { MediaRefSchema } from '../model/media'
import { PlaylistOwnerSchema, PlaylistSchema } from '../model/music'
import { CueSoundNameSchema } from '../model/cueSounds'
import { NowPlayingSchema, RemoteActionSchema } from '../remote/protocol'
import { SessionCommandSchema, SessionFrameSchema } from '../session/sessionCommands'
import { BlockScoreSchema } from '../model/score'

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  platform: z.string(),
})
export type AppInfo = z.infer<typeof AppInfoSchema>

export const NoticeSchema = z.object({
  file: z.string(),
  /** Where the damaged original was kept; null when nothing was moved (yet). */
  movedTo: z.string().nullable(),
  reason: z.string(),
  at: z.string(),
})
export type Notice = z.infer<typeof NoticeSchema>

/** A copy a sync tool (Syncthing, Dropbox, OneDrive) left beside one of Cadence's files. */
export const ConflictCopySchema = z.object({
  file: z.string(),
  original: z.string(),
  tool: z.enum(['Syncthing', 'Dropbox', 'OneDrive']),
  bytes: z.number(),
  /** History, circuits and exercises copies can be merged by id; the others are shown, not merged. */
  mergeable: z.boolean(),
})
export type ConflictCopy = z.infer<typeof ConflictCopySchema>

/** How the data folder was opened: read-only (and why), and the conflict copies found beside it. */
export const DataStatusSchema = z.object({
  readOnly: z.string().nullable(),
  /** History loads after the window appears: bytes read of the log's size, until loaded. */
  history: z.object({ loaded: z.boolean(), done: z.number(), total: z.number() }),
  conflicts: z.array(ConflictCopySchema),
})
export type DataStatus = z.infer<typeof DataStatusSchema>

export const DisplayInfoSchema = z.object({
  id: z.number(),
  label: z.string(),
  width: z.number(),
  height: z.number(),
  primary: z.boolean(),
})
export type DisplayInfo = z.infer<typeof DisplayInfoSchema>

const Id = z.object({ id: z.string().min(1).max(64) }).strict()

/**
 * What the display window draws: the run view (null when no session is open), and the publishing page's
 * `performance.timeOrigin`, so the display can turn the view's monotonic times into its own.
 */
export const DisplayFrameSchema = z
  .object({ view: z.unknown(), timeOrigin: z.number().finite(), lang: LanguageSchema })
  .strict()
export type DisplayFrame = z.infer<typeof DisplayFrameSchema>
/** The phone remote: off, or on at an address (with its QR code) and how many phones are connected. */
export const RemoteStatusSchema = z.object({
  on: z.boolean(),
  url: z.string().nullable(),
  /** Rows of the QR code's squares, "1" dark and "0" light; size x size of them. */
  qr: z.object({ size: z.number().int(), modules: z.string() }).nullable(),
  phones: z.number().int().min(0),
  /** The address the server listens on, when on. */
  address: z.string().nullable(),
  /** The addresses phones may reach, best first, with their interface's name: Settings offers a choice. */
  addresses: z.array(z.object({ address: z.string(), name: z.string() })),
})
export type RemoteStatus = z.infer<typeof RemoteStatusSchema>

export const PersonalRecordSchema = z.object({
  block: z.number().int(),
  score: BlockScoreSchema,
  sessionId: z.string(),
  startedAt: z.string(),
})

const Nothing = z.undefined()
const ExerciseIdSchema = ExerciseSchema.shape.id
const Done = z.object({ ok: z.literal(true) })
/** A file chosen in a dialog, or the user cancelled it. */
const Saved = z.union([
  z.object({ cancelled: z.literal(true) }),
  z.object({ cancelled: z.literal(false), path: z.string(), count: z.number() }),
])

export const ExportHistoryRequestSchema = z
  .object({
    format: z.enum(['csv', 'json']),
    /** CSV only: one row per step instead of one per session. */
    perStep: z.boolean().optional(),
    filter: HistoryFilterSchema.optional(),
  })
  .strict()

export const contract = {
  'app:info': { request: Nothing, response: AppInfoSchema },
  'app:notices': { request: Nothing, response: z.array(NoticeSchema) },
  'app:openDataFolder': { request: Nothing, response: Done },
  'app:dataStatus': { request: Nothing, response: DataStatusSchema },
  /** Adds what a conflict copy has that Cadence lacks (sessions, circuits, exercises); the copy stays as it is. */
  'app:mergeConflict': {
    request: z.object({ file: z.string().min(1).max(4096) }).strict(),
    response: z.object({
      added: z.number(),
      duplicates: z.number(),
      skipped: z.number(),
      keptBoth: z.number(),
    }),
  },

  'settings:get': { request: Nothing, response: SettingsSchema },
  'settings:update': { request: SettingsPatchSchema, response: SettingsSchema },

  'circuits:list': { request: Nothing, response: z.array(CircuitSummarySchema) },
  'circuits:get': { request: Id, response: CircuitSchema },
  'circuits:save': { request: RunnableCircuitSchema, response: CircuitSchema },
  'circuits:delete': { request: Id, response: CircuitSchema },
  'circuits:duplicate': { request: Id, response: CircuitSchema },
  'circuits:importFile': {
    request: Nothing,
    response: z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), circuit: CircuitSchema }),
    ]),
  },
  'circuits:importText': {
    request: z
      .object({
        text: z
          .string()
          .max(MAX_IMPORT_BYTES, { error: 'The file is too large to be a circuit (over 5 MB).' }),
      })
      .strict(),
    response: CircuitSchema,
  },
  'circuits:exportFile': { request: Id, response: Saved },

  /** The user's own pictures and videos, by exercise id; `missing` when the copy is gone from the folder. */
  'media:list': {
    request: Nothing,
    response: z.record(z.string(), MediaRefSchema.extend({ missing: z.boolean() })),
  },
  /** Asks for a picture or video and shows it for the exercise (any library or custom move). */
  'media:attach': {
    request: z.object({ exerciseId: ExerciseIdSchema }).strict(),
    response: z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), media: MediaRefSchema }),
    ]),
  },
  /** Back to the drawn demo; the copy is deleted once no exercise uses it. */
  'media:detach': {
    request: z.object({ exerciseId: ExerciseIdSchema }).strict(),
    response: z.object({ removed: z.boolean(), deleted: z.boolean() }),
  },

  /** The playlist a circuit plays (its own, or the default one); `circuitId` null is the default one. */
  'music:playlist': { request: PlaylistOwnerSchema, response: PlaylistSchema },
  /** Asks for music files or a folder and makes them the playlist; unreadable files are named in `skipped`. */
  'music:pick': {
    request: PlaylistOwnerSchema.extend({ from: z.enum(['folder', 'files']) }).strict(),
    response: z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({
        cancelled: z.literal(false),
        playlist: PlaylistSchema,
        skipped: z.array(z.string()),
      }),
    ]),
  },
  /** Empties the playlist: a circuit then plays the default one. */
  'music:clear': { request: PlaylistOwnerSchema, response: PlaylistSchema },
  /**
   * Asks for a sound file and makes it the cue's sound: checked by content and size, copied into the data
   * folder, kept in settings (which come back). Settings' `cueSounds` without the cue is the built-in again.
   */
  'music:pickCueSound': {
    request: z.object({ cue: CueSoundNameSchema }).strict(),
    response: z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), settings: SettingsSchema }),
    ]),
  },
  /** The track the page's music is playing now (null: none), for the phones to show. */
  'music:nowPlaying': {
    request: z
      .object({
        track: NowPlayingSchema.nullable(),
      })
      .strict(),
    response: Done,
  },

  'exercises:list': {
    request: Nothing,
    response: z.object({ custom: z.array(ExerciseSchema), hidden: z.array(z.string()) }),
  },
  'exercises:save': { request: ExerciseSchema, response: ExerciseSchema },
  'exercises:delete': { request: Id, response: ExerciseSchema },
  'exercises:setHidden': {
    request: z.object({ id: z.string().min(1).max(64), hidden: z.boolean() }).strict(),
    response: z.object({ hidden: z.array(z.string()) }),
  },

  'history:list': { request: HistoryPageRequestSchema, response: HistoryPageSchema },
  'history:overview': { request: OverviewRequestSchema, response: OverviewSchema },
  'history:get': { request: Id, response: SessionSchema },
  /** The loads logged the last time this circuit was run (none if never), to pre-fill the finish panel. */
  'history:lastLoads': {
    request: z.object({ circuitId: z.string().min(1).max(64) }).strict(),
    response: z.array(ExerciseLoadSchema),
  },
  /** Per EMOM, AMRAP or For Time block, the circuit's best completed score (leaving one session out). */
  'history:records': {
    request: z
      .object({
        circuitId: z.string().min(1).max(64),
        exceptSessionId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    response: z.array(PersonalRecordSchema),
  },
  'history:annotate': { request: SessionAnnotationSchema, response: SessionSchema },
  'history:delete': { request: Id, response: Done },
  'history:undelete': { request: Id, response: Done },
  'history:exportFile': { request: ExportHistoryRequestSchema, response: Saved },
  'history:importFile': {
    request: Nothing,
    response: z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), added: z.number(), duplicates: z.number() }),
    ]),
  },

  /** A command for the session, which lives in main; every screen follows its frames. */
  'session:send': { request: SessionCommandSchema, response: Done },
  /** The session's latest frame, for a screen that has just (re)loaded. */
  'session:frame': { request: Nothing, response: SessionFrameSchema },
  /** The session clock's time now, to measure this screen's clock against it. */
  'session:now': { request: Nothing, response: z.object({ now: z.number() }) },
  'journal:pending': { request: Nothing, response: PendingSessionSchema.nullable() },
  'journal:saveAsStopped': { request: Nothing, response: SessionSummarySchema },
  'journal:discard': { request: Nothing, response: Done },

  'window:toggleFullscreen': { request: Nothing, response: z.object({ fullscreen: z.boolean() }) },
  'window:displays': {
    request: Nothing,
    response: z.object({
      displays: z.array(DisplayInfoSchema),
      currentId: z.number().nullable(),
      /** False on Wayland, where the window must be moved to another display by hand. */
      canMoveWindows: z.boolean(),
    }),
  },
  'window:moveToDisplay': { request: z.object({ id: z.number().int() }).strict(), response: Done },

  'power:keepAwake': {
    request: z.object({ on: z.boolean() }).strict(),
    response: z.object({ on: z.boolean() }),
  },
  /** While a session runs, the keyboard's media keys (and headset buttons) reach Cadence even unfocused. */
  'media:captureKeys': {
    request: z.object({ on: z.boolean() }).strict(),
    response: z.object({ on: z.boolean() }),
  },
  /** Opens the display window for the TV (or brings it forward), fullscreen on the display given. */
  'display:open': {
    request: z.object({ displayId: z.number().int().nullable() }).strict(),
    response: z.object({ fullscreen: z.boolean() }),
  },
  'display:close': { request: Nothing, response: Done },

  'remote:status': { request: Nothing, response: RemoteStatusSchema },
  /** Starts or stops the phone remote's server (off again whenever Cadence starts). */
  'remote:setEnabled': {
    request: z.object({ on: z.boolean() }).strict(),
    response: RemoteStatusSchema,
  },
  /** A new pairing code: every phone is disconnected and must scan the new QR code. */
  'remote:newCode': { request: Nothing, response: RemoteStatusSchema },
  /**
   * The address phones use (null: the best one), kept in settings. If the remote is on at another address
   * it restarts there, with a new code.
   */
  'remote:useAddress': {
    request: z.object({ address: z.string().max(64).nullable() }).strict(),
    response: RemoteStatusSchema,
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>

export type Contract = typeof contract
export type Channel = keyof Contract
export type RequestOf<C extends Channel> = z.output<Contract[C]['request']>
export type RequestInputOf<C extends Channel> = z.input<Contract[C]['request']>
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>

export const CHANNELS = Object.keys(contract) as Channel[]

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value)
}

/** What the menu asks the page to do; the page answers the same commands from its own shortcuts. */
export const MenuCommandSchema = z.enum([
  'importCircuit',
  'newCircuit',
  'exportHistory',
  'showShortcuts',
  'navigate:circuits',
  'navigate:run',
  'navigate:history',
  'navigate:settings',
  'openDataFolder',
  'openDataFolder',
])
export type MenuCommand = z.infer<typeof MenuCommandSchema>
export { SYSTEM_EVENT_CHANNEL } from './channels'

export const MediaKeySchema = z.enum(['playPause', 'next', 'previous'])
export type MediaKey = z.infer<typeof MediaKeySchema>

/** Messages main pushes to the page (no reply). */
export const SystemEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('suspend') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('fullscreen'), fullscreen: z.boolean() }),
  /** How far a long export has got. */
  z.object({
    type: z.literal('progress'),
    /** export: sessions written of all; history: bytes of history read at start of the log's size. */
    task: z.enum(['export', 'history']),
    done: z.number(),
    total: z.number(),
  }),
  /** Something was recovered after start-up: the page should fetch app:notices again. */
  z.object({ type: z.literal('notices') }),
  z.object({ type: z.literal('menu'), command: MenuCommandSchema }),
  /** The display window opened or closed. */
  z.object({ type: z.literal('display'), open: z.boolean() }),
  /** A media key (play/pause, next, previous) pressed while Cadence holds them during a session. */
  z.object({ type: z.literal('mediaKey'), key: MediaKeySchema }),
  /** The phone remote was turned on or off, or a phone came or went. */
  z.object({ type: z.literal('remote'), on: z.boolean(), phones: z.number().int() }),
  /** The session changed: its new frame. */
  z.object({ type: z.literal('session'), frame: SessionFrameSchema }),
  /** A phone asked for a session action. */
  z.object({ type: z.literal('remoteAction'), action: RemoteActionSchema }),
])
export type SystemEvent = z.infer<typeof SystemEventSchema>
