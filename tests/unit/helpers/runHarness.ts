// A run controller on xstate's SimulatedClock with a recording fake of the journal and power API.
import { SimulatedClock } from 'xstate'

import type { IpcResult } from '@shared/ipc/result'
import type { Session } from '@shared/model/session'
import { summarize } from '@shared/model/session'
import { DEFAULT_SETTINGS, type Settings } from '@shared/model/settings'
import { createRunController, type RunApi } from '@shared/run/runController'
import type { RunView } from '@shared/run/runView'

export const WALL_START = Date.parse('2026-11-22T09:00:00.000Z')
type Method = keyof RunApi

export function runHarness(options: { settings?: Partial<Settings>; failing?: Method[] } = {}) {
  const clock = new SimulatedClock()
  const calls: Array<{ method: Method; request: unknown }> = []
  const failing = new Set<Method>(options.failing ?? [])
  const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value })
  const refuse = (): Promise<IpcResult<never>> =>
    Promise.resolve({ ok: false, error: { code: 'io', message: 'the disk is full' } })
  const record = (method: Method, request: unknown) => {
    calls.push({ method, request })
    return failing.has(method)
  }
  const api: RunApi = {
    beginJournal: (r) => (record('beginJournal', r) ? refuse() : ok({ ok: true as const })),
    journalProgress: (r) => (record('journalProgress', r) ? refuse() : ok({ ok: true as const })),
    snapshotJournal: (r) => (record('snapshotJournal', r) ? refuse() : ok({ ok: true as const })),
    endJournal: (session: Session) =>
      record('endJournal', session)
        ? refuse()
        : ok({
            summary: summarize(session),
            alreadySaved: false,
            journalCleared: true,
          }),
    keepAwake: (r) => (record('keepAwake', r) ? refuse() : ok({ on: r.on })),
  }
  let ids = 0
  const controller = createRunController({
    api,
    clock,
    wallNow: () => WALL_START + clock.now(),
    newId: () => `session-${String(++ids).padStart(4, '0')}`,
    timeZone: () => 'Europe/Madrid',
    settings: () => ({ ...DEFAULT_SETTINGS, ...options.settings }),
    longPauseMs: 60_000,
  })
  const views: Array<RunView | null> = []
  controller.subscribe((v) => views.push(v))
  return {
    clock,
    calls,
    failing,
    controller,
    views,
    send: controller.send,
    view: () => controller.view()!,
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
