// The session lives here, in main: one actor that every screen follows. The main window, the TV display
// and the phones get the same frames from it and send their commands to it, so a page reload or a renderer
// crash neither stops nor pauses a session. The stores are its ports; the clock is injected for tests.
import { randomUUID } from 'node:crypto'
import { AppError } from '@shared/ipc/result'
import type { SessionClock } from '@shared/engine/timerMachine'
import { summarize } from '@shared/model/session'
import type { RunAction } from '@shared/run/runTypes'
import { createSessionHost, type SessionHost } from '@shared/session/sessionHost'
import type { SessionCommand, SessionFrame } from '@shared/session/sessionCommands'
import type { Handlers } from '../ipc/dispatch'
import type { Platform } from '../platformPort'
import type { CircuitsStore } from '../store/circuitsStore'
import type { JournalStore } from '../store/journalStore'
import type { SettingsStore } from '../store/settingsStore'
import { t } from '../i18n/mainLanguage'

/**
 * Monotonic, on the wall clock's scale (this process's time origin plus the time since): a journaled
 * snapshot can be compared with the clock of the next run after a crash, and the display window, on the
 * same machine, turns it into its own clock with its time origin.
 */
export const epochMonotonicClock: SessionClock = {
  now: () => performance.timeOrigin + performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as NodeJS.Timeout),
}

export interface SessionServiceOptions {
  /** The journal, or its promise while history loads in the background (commands wait for it). */
  journal: JournalStore | Promise<JournalStore>
  circuits: CircuitsStore
  settings: SettingsStore
  platform: Platform
  clock?: SessionClock
  wallNow?: () => number
  longPauseMs?: number
}

export interface SessionService {
  handlers: Pick<Handlers, 'session:send' | 'session:frame' | 'session:now'>
  send(action: RunAction): void
  frame(): SessionFrame
  subscribe(listener: (frame: SessionFrame) => void): () => void
  close(): void
}

export function createSessionService(options: SessionServiceOptions): SessionService {
  const { circuits, settings, platform } = options
  const opening = Promise.resolve(options.journal)
  let opened: JournalStore | null = options.journal instanceof Promise ? null : options.journal
  void opening.then((store) => (opened = store)).catch(() => undefined)
  /** Only called once a command has waited for the journal, so it is open by then. */
  const journalNow = (): JournalStore => {
    if (!opened) throw new AppError('io', t('main:store.historyLoading'))
    return opened
  }
  const clock = options.clock ?? epochMonotonicClock
  const host = createSessionHost({
    clock,
    wallNow: options.wallNow ?? (() => Date.now()),
    newId: () => randomUUID(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    settings: () => settings.get(),
    journal: {
      begin(begin) {
        journalNow().begin(begin)
        // Rewriting the circuits file grows with the library: done after Start, never on its path.
        setTimeout(() => markUsed(begin.circuit.id, begin.startedAt), 0)
      },
      progress: (progress) => journalNow().progress(progress),
      snapshot: (snapshot) => journalNow().snapshot(snapshot),
      stepsWritten: (id) => {
        const pending = journalNow().pending()
        return pending?.sessionId === id ? pending.steps.length : 0
      },
      discard: (id) => {
        // Only this session's journal: another one waiting for recovery is not ours to drop.
        if (journalNow().pending()?.sessionId === id) journalNow().discard()
      },
    },
    save: (session) =>
      Promise.resolve().then(() => ({ summary: summarize(session), ...journalNow().end(session) })),
    keepAwake: (on) => void platform.power.keepAwake(on && settings.get().keepScreenAwake),
    ...(options.longPauseMs === undefined ? {} : { longPauseMs: options.longPauseMs }),
    log: (error) => console.error('[session]', error),
  })

  /** Starting a session is what "last used" means for sorting the circuit list: one circuit, not all. */
  function markUsed(id: string, at: string) {
    try {
      circuits.put({ ...circuits.get(id), lastUsedAt: at })
    } catch {
      // A circuit run from history may be gone from the library: nothing to mark.
    }
  }

  const frame = (): SessionFrame => ({ view: host.view(), sentAt: clock.now() })

  return {
    handlers: {
      'session:send': async (request) => {
        if (!opened) await opening
        command(host, circuits, journalNow, request)
        return { ok: true }
      },
      'session:frame': frame,
      'session:now': () => ({ now: clock.now() }),
    },
    send: (action) => host.send(action),
    frame,
    subscribe: (listener) => host.subscribe(() => listener(frame())),
    close: () => host.dispose(),
  }
}

/** A window's or phone's command to the session: open and resume read their circuit or journal here. */
function command(
  host: SessionHost,
  circuits: CircuitsStore,
  journalNow: () => JournalStore,
  request: SessionCommand
) {
  if (request.type === 'open') {
    const circuit = 'circuit' in request ? request.circuit : circuits.get(request.circuitId)
    return host.send({ type: 'open', circuit })
  }
  if (request.type === 'resume') {
    const pending = journalNow().pending()
    if (!pending) throw new AppError('not-found', t('main:store.noInterruptedToResume'))
    try {
      return host.send({ type: 'resume', pending })
    } catch (error) {
      throw new AppError('conflict', error instanceof Error ? error.message : String(error))
    }
  }
  host.send(request)
}
