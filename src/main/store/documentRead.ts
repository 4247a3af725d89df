// Reads a document's bytes strictly: a byte-order mark is dropped, text must be UTF-8, JSON must parse, the
// version must be one this Cadence knows. Anything else is reported with the original bytes, to be kept aside.
import { readFileSync } from 'node:fs'
import type { z } from 'zod'
import { migrate, MigrationError, type Migration } from './migrations'
import { isPermissionError } from './storeAccess'
import { t } from '../i18n/mainLanguage'

export interface Decoded<T> {
  value: T
  /** Top-level keys this version does not know (written by a newer one): kept on every write. */
  extras: Record<string, unknown>
  /** The file as parsed, before migration; undefined when it could not be. */
  raw: unknown
  /** What went wrong and the original bytes; the caller keeps them aside before anything is written. */
  problem: { bytes: Buffer; reason: string } | null
  /** Why this document is shown but never written (a newer version, no permission to read); else null. */
  frozen: string | null
}

interface ReadOptions<T> {
  schema: z.ZodType<T>
  defaults: T
  migrations: readonly Migration[]
  salvage?: ((migrated: unknown) => { value: T; dropped: string } | null) | undefined
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf])
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function decodeDocument<T>(path: string, options: ReadOptions<T>): Decoded<T> {
  const base = { value: options.defaults, extras: {}, raw: undefined, problem: null, frozen: null }
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    if (!isPermissionError(error)) throw error
    return {
      ...base,
      frozen: t('main:notices.documentNotAllowed'),
    }
  }
  const body = bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes
  let raw: unknown
  try {
    raw = JSON.parse(strictUtf8.decode(body))
  } catch (error) {
    const reason =
      error instanceof SyntaxError ? t('main:notices.notJson') : t('main:notices.notUtf8')
    return { ...base, problem: { bytes, reason } }
  }
  const newer = newerVersion(raw, options.migrations.length)
  if (newer !== null) return readNewer(raw as Record<string, unknown>, newer, options, base)
  return validate(raw, bytes, options, base)
}

function newerVersion(raw: unknown, known: number): number | null {
  const version = isRecord(raw) ? raw['schemaVersion'] : undefined
  return typeof version === 'number' && Number.isInteger(version) && version > known
    ? version
    : null
}

/** A newer Cadence's file: shown as far as this version understands it, and never overwritten. */
function readNewer<T>(
  raw: Record<string, unknown>,
  version: number,
  options: ReadOptions<T>,
  base: Decoded<T>
): Decoded<T> {
  const parsed = options.schema.safeParse({ ...raw, schemaVersion: options.migrations.length })
  return {
    ...base,
    raw,
    value: parsed.success ? parsed.data : options.defaults,
    frozen: t(parsed.success ? 'main:notices.newerShown' : 'main:notices.newerHidden', {
      version,
      max: options.migrations.length,
    }),
  }
}

function validate<T>(
  raw: unknown,
  bytes: Buffer,
  options: ReadOptions<T>,
  base: Decoded<T>
): Decoded<T> {
  let migrated: unknown
  try {
    migrated = migrate(raw, options.migrations)
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error
    return { ...base, problem: { bytes, reason: error.message } }
  }
  const parsed = options.schema.safeParse(migrated)
  if (parsed.success) {
    const known = parsed.data as Record<string, unknown>
    const extras = Object.fromEntries(
      Object.entries(migrated as Record<string, unknown>).filter(([key]) => !(key in known))
    )
    return { ...base, raw, value: parsed.data, extras }
  }
  const saved = options.salvage?.(migrated)
  if (saved) return { ...base, value: saved.value, problem: { bytes, reason: saved.dropped } }
  const issue = parsed.error.issues[0]
  const reason = t('main:notices.wrongFormat', {
    path: issue?.path.join('.') || 'root',
    message: issue?.message,
  })
  return { ...base, problem: { bytes, reason } }
}
