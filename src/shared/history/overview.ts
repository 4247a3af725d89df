// Everything History's calendar, streaks and charts need, computed where the sessions are (main), so only a
// small answer crosses IPC however long the history grows.
import { BlockScoreSchema } from '../model/score'
import { personalRecords } from './records'
import { z } from 'zod'
import type { SessionSummary } from '../model/session'
import { byDay, streaks, weeklyTotals, type Weekday, type WeekPlan } from './stats'

const Day = z.iso.date()

export const OverviewRequestSchema = z
  .object({
    today: Day,
    firstDay: z.number().int().min(0).max(6),
    plan: z.object({
      strength: z.number().int().min(0).max(14),
      hiit: z.number().int().min(0).max(14),
      cardio: z.number().int().min(0).max(14),
      mobility: z.number().int().min(0).max(14),
    }),
    /** Days before this are left out of `days` (the calendar shows a year). */
    calendarFrom: Day,
  })
  .strict()
export type OverviewRequest = z.infer<typeof OverviewRequestSchema>

export const OverviewSchema = z.object({
  total: z.number(),
  circuits: z.array(z.object({ id: z.string(), name: z.string() })),
  days: z.record(z.string(), z.object({ sessions: z.number(), minutes: z.number() })),
  streaks: z.object({ current: z.number(), longest: z.number() }),
  weeks: z.array(z.object({ week: z.string(), sessions: z.number(), minutes: z.number() })),
  loads: z.record(
    z.string(),
    z.array(z.object({ day: z.string(), value: z.number(), unit: z.string() }))
  ),
  /** Per circuit with EMOM, AMRAP or For Time blocks: the best score of each, and when. */
  records: z.array(
    z.object({
      circuitId: z.string(),
      circuitName: z.string(),
      best: z.array(
        z.object({
          block: z.number(),
          score: BlockScoreSchema,
          sessionId: z.string(),
          startedAt: z.string(),
        })
      ),
    })
  ),
})
export type Overview = z.infer<typeof OverviewSchema>

/** Caches one overview per history revision and request: History asks again on every visit and tab. */
export function cachedOverview(): (
  sessions: () => readonly SessionSummary[],
  revision: number,
  request: OverviewRequest
) => Overview {
  let last: { key: string; value: Overview } | null = null
  return (sessions, revision, request) => {
    const key = `${revision}|${JSON.stringify(request)}`
    if (last?.key !== key) last = { key, value: overview(sessions(), request) }
    return last.value
  }
}

export function overview(sessions: readonly SessionSummary[], request: OverviewRequest): Overview {
  const firstDay = request.firstDay as Weekday
  const plan: WeekPlan = request.plan
  const circuits = new Map<string, string>()
  const loads: Overview['loads'] = {}
  for (const s of sessions) {
    if (!circuits.has(s.circuitId)) circuits.set(s.circuitId, s.circuitName)
    for (const l of s.loads ?? [])
      (loads[l.exerciseName] ??= []).push({
        day: s.startedAt.slice(0, 10),
        value: l.value,
        unit: l.unit,
      })
  }
  for (const points of Object.values(loads)) points.sort((a, b) => a.day.localeCompare(b.day))
  const days: Overview['days'] = {}
  for (const [day, total] of byDay(sessions))
    if (day >= request.calendarFrom && day <= request.today) days[day] = total
  return {
    total: sessions.length,
    circuits: [...circuits]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    days,
    streaks: streaks(sessions, plan, request.today, firstDay),
    weeks: weeklyTotals(sessions, request.today, firstDay),
    loads,
    records: recordsByCircuit(sessions),
  }
}

function recordsByCircuit(sessions: readonly SessionSummary[]): Overview['records'] {
  const scored = new Map<string, SessionSummary[]>()
  for (const s of sessions) {
    if (!s.scores?.length) continue
    const list = scored.get(s.circuitId)
    if (list) list.push(s)
    else scored.set(s.circuitId, [s])
  }
  return [...scored]
    .map(([circuitId, list]) => ({
      circuitId,
      circuitName: list[0]!.circuitName,
      best: personalRecords(list),
    }))
    .filter((r) => r.best.length > 0)
    .sort((a, b) => a.circuitName.localeCompare(b.circuitName))
}
