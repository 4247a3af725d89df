// A validated JSON document on disk (settings, circuits): a bad file is moved aside, never silently emptied.
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import { asideName } from './durableFile'
import { migrate, type Migration } from './migrations'
import type { Notice } from '@shared/ipc/contract'

/** What electron-store and its base `conf` have in common; tests and the e2e harness use `conf`. */
export interface KeyValueBackend {
  get store(): Record<string, unknown>
  set store(value: Record<string, unknown>)
  readonly path: string
}
export type BackendFactory = (name: string) => KeyValueBackend

/** What was found damaged and where it went: shown to the user as a notice. */
export type RecoveryNotice = Notice

export interface DocumentOptions<T> {
  dir: string
  name: string
  schema: z.ZodType<T>
  defaults: T
  migrations: readonly Migration[]
  backend: BackendFactory
  onRecovered: (notice: RecoveryNotice) => void
  now?: () => Date
  /**
   * Keeps what is good in a document that failed validation (say, all circuits but a broken one).
   * The original is copied aside and the user told what was dropped.
   */
  salvage?: (migrated: unknown) => { value: T; dropped: string } | null
}

export interface Document<T> {
  read(): T
  write(value: T): void
  readonly path: string
}

export function openDocument<T extends Record<string, unknown>>(
  options: DocumentOptions<T>
): Document<T> {
  const path = join(options.dir, `${options.name}.json`)
  const now = options.now ?? (() => new Date())
  const loaded = existsSync(path) ? loadOrMoveAside(path, options, now()) : undefined
  const backend = options.backend(options.name)
  let current: T = loaded ?? options.defaults
  backend.store = current
  return {
    path: backend.path,
    read: () => current,
    write(value) {
      const checked = options.schema.parse(value)
      backend.store = checked
      current = checked
    },
  }
}

function loadOrMoveAside<T>(path: string, options: DocumentOptions<T>, at: Date): T | undefined {
  let reason: string
  try {
    const migrated = migrate(JSON.parse(readFileSync(path, 'utf8')), options.migrations)
    const parsed = options.schema.safeParse(migrated)
    if (parsed.success) return parsed.data
    const saved = options.salvage?.(migrated)
    if (saved) {
      const movedTo = asideName(path, at)
      copyFileSync(path, movedTo)
      options.onRecovered({ file: path, movedTo, reason: saved.dropped, at: at.toISOString() })
      return saved.value
    }
    const issue = parsed.error.issues[0]
    reason = `it does not match the expected format (${issue?.path.join('.') || 'root'}: ${issue?.message})`
  } catch (error) {
    reason = error instanceof SyntaxError ? 'it is not valid JSON' : describe(error)
  }
  const movedTo = asideName(path, at)
  renameSync(path, movedTo)
  options.onRecovered({ file: path, movedTo, reason, at: at.toISOString() })
  return undefined
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
