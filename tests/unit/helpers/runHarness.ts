// The session host on xstate's SimulatedClock with recording fakes of the journal, the save and keep-awake.
import { SimulatedClock } from 'xstate'

import type { Session } from '@shared/model/session'
import { summarize } from '@shared/model/session'
import { DEFAULT_SETTINGS, type Settings } from '@shared/model/settings'
import { createSessionHost } from '@shared/session/sessionHost'
import type { RunView } from '@shared/run/runView'

export const WALL_START = Date.parse('2026-11-22T09:00:00.000Z')
type Method = 'begin' | 'progress' | 'snapshot' | 'discard' | 'save' | 'keepAwake'

export function runHarness(
  options: {
    settings?: Partial<Settings>
    failing?: Method[]
    /** Step records the journal already holds, by session (a resume after a crash). */
    journaled?: Record<string, number>
  } = {}
) {
  const clock = new SimulatedClock()
  const calls: Array<{ method: Method; request: unknown }> = []
  const failing = new Set<Method>(options.failing ?? [])
  const record = (method: Method, request: unknown) => {
    calls.push({ method, request })
    if (failing.has(method)) throw new Error('the disk is full')
  }
  const written = new Map<string, number>(Object.entries(options.journaled ?? {}))
  let ids = 0
  const host = createSessionHost({
    clock,
    wallNow: () => WALL_START + clock.now(),
    newId: () => `session-${String(++ids).padStart(4, '0')}`,
    timeZone: () => 'Europe/Madrid',
    settings: () => ({ ...DEFAULT_SETTINGS, ...options.settings }),
    journal: {
      begin: (r) => record('begin', r),
      progress: (r) => {
        record('progress', r)
        written.set(r.sessionId, (written.get(r.sessionId) ?? 0) + 1)
      },
      snapshot: (r) => record('snapshot', r),
      stepsWritten: (id) => written.get(id) ?? 0,
      discard: (id) => record('discard', id),
    },
    save: (session: Session) =>
      Promise.resolve().then(() => {
        record('save', session)
        return { summary: summarize(session), alreadySaved: false }
      }),
    keepAwake: (on) => void record('keepAwake', { on }),
    longPauseMs: 60_000,
  })
  const views: Array<RunView | null> = []
  host.subscribe((v) => views.push(v))
  return {
    clock,
    calls,
    failing,
    host,
    views,
    send: host.send,
    view: () => host.view()!,
    of: (method: Method) => calls.filter((c) => c.method === method).map((c) => c.request),
    /** Moves time in 50 ms steps (timers fire close to when they are due), then lets writes finish. */
    async advance(ms: number) {
      for (let left = ms; left > 0; left -= 50) clock.increment(Math.min(50, left))
      await settle()
    },
    settle,
  }
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((done) => setImmediate(done))
}
