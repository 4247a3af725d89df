// History aggregations: days, weeks (starting on the user's locale week start), the weekly plan, streaks.
// A session belongs to the calendar day it was done on where it was done, read from its own UTC offset,
// so travelling across time zones never moves past workouts to another day.
import type { Category } from '../model/circuit'
import type { SessionSummary } from '../model/session'

export type WeekPlan = Record<Category, number>
/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** "2026-11-21" for the local date in the ISO string itself (its written offset), not the viewer's zone. */
export function localDay(iso: string): string {
  return iso.slice(0, 10)
}

/** Days between two day keys, as whole calendar days. */
const dayNumber = (day: string): number =>
  Math.round(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000)
const dayKey = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10)

export function addDays(day: string, n: number): string {
  return dayKey(dayNumber(day) + n)
}

/** Day 0 (1970-01-01) was a Thursday. */
const weekdayOfNumber = (n: number): Weekday => ((((n + 4) % 7) + 7) % 7) as Weekday

export function weekday(day: string): Weekday {
  return weekdayOfNumber(dayNumber(day))
}

/** Day number of the first day of the week containing day number `n`: integer arithmetic for hot loops. */
const weekStartNumber = (n: number, firstDay: Weekday): number =>
  n - ((weekdayOfNumber(n) - firstDay + 7) % 7)

/** The first day of the week containing `day`, for weeks starting on `firstDay`. */
export function weekOf(day: string, firstDay: Weekday): string {
  return dayKey(weekStartNumber(dayNumber(day), firstDay))
}

/** Sessions that count toward the plan: completed ones (a stopped session shows in history but earns no tick). */
export const counts = (s: SessionSummary): boolean => s.status === 'completed'

export interface DayTotal {
  sessions: number
  minutes: number
}

export function byDay(sessions: readonly SessionSummary[]): Map<string, DayTotal> {
  const days = new Map<string, DayTotal>()
  for (const s of sessions) {
    const key = localDay(s.startedAt)
    const d = days.get(key) ?? { sessions: 0, minutes: 0 }
    d.sessions++
    d.minutes += s.activeMs / 60_000
    days.set(key, d)
  }
  return days
}

export function weekCounts(
  sessions: readonly SessionSummary[],
  week: string,
  firstDay: Weekday
): WeekPlan {
  const result: WeekPlan = { strength: 0, hiit: 0, cardio: 0, mobility: 0 }
  for (const s of sessions)
    if (counts(s) && weekOf(localDay(s.startedAt), firstDay) === week) result[s.category]++
  return result
}

export function meetsPlan(done: WeekPlan, plan: WeekPlan): boolean {
  return (Object.keys(plan) as Category[]).every((k) => done[k] >= plan[k])
}

export interface Streaks {
  /** Consecutive weeks meeting the plan up to now (this week counts once it is met). */
  current: number
  longest: number
}

export function streaks(
  sessions: readonly SessionSummary[],
  plan: WeekPlan,
  today: string,
  firstDay: Weekday
): Streaks {
  const perWeek = new Map<string, WeekPlan>()
  for (const s of sessions) {
    if (!counts(s)) continue
    const week = weekOf(localDay(s.startedAt), firstDay)
    const w = perWeek.get(week) ?? { strength: 0, hiit: 0, cardio: 0, mobility: 0 }
    w[s.category]++
    perWeek.set(week, w)
  }
  const met = (week: string) => {
    const w = perWeek.get(week)
    return w !== undefined && meetsPlan(w, plan)
  }
  const thisWeek = weekOf(today, firstDay)
  let current = 0
  // This week may still be in progress: it adds to the streak when met, and does not break it when not yet.
  let week = met(thisWeek) ? thisWeek : addDays(thisWeek, -7)
  while (met(week)) {
    current++
    week = addDays(week, -7)
  }
  let longest = 0
  let run = 0
  const weeks = [...perWeek.keys()].sort()
  let previous: string | null = null
  for (const w of weeks) {
    if (!met(w)) {
      run = 0
    } else {
      run = previous !== null && addDays(previous, 7) === w && met(previous) ? run + 1 : 1
      longest = Math.max(longest, run)
    }
    previous = w
  }
  return { current, longest: Math.max(longest, current) }
}

export interface WeekTotal {
  week: string
  sessions: number
  minutes: number
}

/** Sessions and minutes for each of the last `count` weeks, oldest first. */
export function weeklyTotals(
  sessions: readonly SessionSummary[],
  today: string,
  firstDay: Weekday,
  count = 12
): WeekTotal[] {
  const last = weekOf(today, firstDay)
  const weeks = Array.from({ length: count }, (_, i) => addDays(last, -7 * (count - 1 - i)))
  const totals = new Map(weeks.map((w) => [w, { week: w, sessions: 0, minutes: 0 }]))
  for (const s of sessions) {
    const t = totals.get(weekOf(localDay(s.startedAt), firstDay))
    if (!t) continue
    t.sessions++
    t.minutes += Math.round(s.activeMs / 60_000)
  }
  return weeks.map((w) => totals.get(w)!)
}

/** The locale's first day of the week where the platform knows it (Intl.Locale weekInfo), else Monday. */
export function localeFirstDay(locale: string): Weekday {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number }
      weekInfo?: { firstDay: number }
    }
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay
    // Intl counts 1 = Monday ... 7 = Sunday.
    if (firstDay) return (firstDay % 7) as Weekday
  } catch {
    // Unknown locale: fall through.
  }
  return 1
}
