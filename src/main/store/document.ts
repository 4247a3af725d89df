// A validated JSON document on disk (settings, circuits, exercises, window state): read strictly by us, written
// through electron-store. A file that cannot be read is copied aside byte for byte; keys from a newer Cadence are
// kept; it is written only when its content changes, so a read-only folder opens and says why saving cannot happen.
import { isDeepStrictEqual } from 'node:util'
import { join } from 'node:path'
import type { z } from 'zod'
import type { Notice } from '@shared/ipc/contract'
import { claimFileSlot, type SlotLabel } from './fileSlot'
import { decodeDocument, type Decoded } from './documentRead'
import { writeThrough, type BackendFactory, type KeyValueBackend } from './documentBackend'
import { keepBytes, keptNotice } from './keepOriginal'
import type { Migration } from './migrations'
import {
  createStoreAccess,
  isPermissionError,
  readOnlyError,
  writeError,
  type StoreAccess,
} from './storeAccess'
import { t } from '../i18n/mainLanguage'

export type { BackendFactory, KeyValueBackend } from './documentBackend'

/** What was found damaged and where it went: shown to the user as a notice. */
export type RecoveryNotice = Notice

export interface DocumentOptions<T> {
  dir: string
  name: string
  schema: z.ZodType<T>
  defaults: T
  migrations: readonly Migration[]
  /** The writer: electron-store in the app, conf in tests. Opened on the first write, so a start costs no read. */
  backend: BackendFactory
  onRecovered: (notice: RecoveryNotice) => void
  now?: () => Date
  /** Shared by the folder's stores: a refused write makes them all read-only. */
  access?: StoreAccess
  /**
   * Keeps what is good in a document that failed validation (say, all circuits but a broken one).
   * The original is copied aside and the user told what was dropped.
   */
  salvage?: (migrated: unknown) => { value: T; dropped: string } | null
}

/** What every document in one data folder shares: the folder's access state. */
export type SharedDocumentOptions = Pick<DocumentOptions<never>, 'access'>

export interface Document<T> {
  read(): T
  write(value: T): void
  readonly path: string
}

export function openDocument<T extends Record<string, unknown>>(
  options: DocumentOptions<T>
): Document<T> {
  const now = options.now ?? (() => new Date())
  const access = options.access ?? createStoreAccess(options.onRecovered)
  // window-state -> windowState: the document's name is its label's key.
  const label = options.name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as SlotLabel
  const slot = claimFileSlot(
    join(options.dir, `${options.name}.json`),
    label,
    now(),
    options.onRecovered
  )
  const decoded: Decoded<T> = slot.exists
    ? decodeDocument(slot.path, options)
    : { value: options.defaults, extras: {}, raw: undefined, problem: null, frozen: null }
  let current = decoded.value
  const extras = decoded.extras
  const what = 'change'
  let writer: KeyValueBackend | null = null

  function persist(value: T) {
    if (decoded.frozen) throw readOnlyError(what, access)
    if (access.readOnly) throw readOnlyError(what, access)
    try {
      writer ??= options.backend(options.name)
      writeThrough(writer, { ...extras, ...value }, slot.path)
    } catch (error) {
      throw writeError(what, slot.path, error, access)
    }
  }

  /** A write at start that cannot happen leaves the document as it is, with a notice, never a failed start. */
  const writeAtStart = () => {
    try {
      persist(current)
    } catch (error) {
      // A refused write already turned the folder read-only, and said so.
      if (isPermissionError(error) || access.readOnly) return
      const message = error instanceof Error ? error.message : String(error)
      options.onRecovered(keptNotice(slot.path, null, message, now()))
    }
  }

  if (decoded.frozen) {
    options.onRecovered(keptNotice(slot.path, null, decoded.frozen, now()))
  } else if (decoded.problem) {
    settleProblem(slot.path, decoded, options, now(), writeAtStart)
  } else if (
    decoded.raw !== undefined &&
    !isDeepStrictEqual(decoded.raw, { ...extras, ...current })
  ) {
    // A migration changed it: written once, so the next start reads it as it is.
    writeAtStart()
  }

  return {
    path: slot.path,
    read: () => current,
    write(value) {
      const checked = options.schema.parse(value)
      // Nothing to write: a read-only folder, or a window put back where it was, costs no write.
      if (isDeepStrictEqual(checked, current)) return
      persist(checked)
      current = checked
    },
  }
}

/** Copies the original bytes aside, says what was kept, then writes what was salvaged (or the defaults). */
function settleProblem<T>(
  path: string,
  decoded: Decoded<T>,
  options: DocumentOptions<T>,
  at: Date,
  write: () => void
) {
  const problem = decoded.problem!
  let movedTo: string | null = null
  try {
    movedTo = keepBytes(path, problem.bytes, at)
  } catch (error) {
    if (!isPermissionError(error)) throw error
  }
  const reason = movedTo ? problem.reason : t('main:notices.leftAsItIs', { reason: problem.reason })
  options.onRecovered(keptNotice(path, movedTo, reason, at))
  if (movedTo) write()
}
