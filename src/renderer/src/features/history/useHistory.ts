// History's shared data: the overview main computes (calendar days, streaks, weekly totals, loads), and a
// version number that tells the paged list to fetch again after a change.
import { useCallback, useEffect, useState } from 'react'
import { addDays, weekOf, type Weekday, type WeekPlan } from '@shared/history/stats'
import type { Overview, OverviewRequest } from '@shared/history/overview'
import { formatDate, formatDuration } from '@shared/i18n/format'
import { messageOf, unwrap } from '@renderer/lib/api'

const CALENDAR_WEEKS = 53

/** `enabled` lets the list draw first (a failure is main's message; the page words it): main computes the overview on the same thread that answers list pages. */
export function useHistory(plan: WeekPlan, firstDay: Weekday, today: string, enabled: boolean) {
  const [overview, setOverview] = useState<Overview | null>(null)
  const [version, setVersion] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const request = JSON.stringify({
    today,
    firstDay,
    plan,
    calendarFrom: addDays(weekOf(today, firstDay), -7 * (CALENDAR_WEEKS - 1)),
  })
  useEffect(() => {
    if (!enabled) return
    unwrap(window.api.historyOverview(JSON.parse(request) as OverviewRequest))
      .then(setOverview)
      .catch((e: unknown) => setError(messageOf(e)))
  }, [request, version, enabled])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { overview, version, error, reload }
}

export const CALENDAR_WEEKS_SHOWN = CALENDAR_WEEKS

export const today = (): string => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** A day ("2026-11-20") as the reader's language writes it: "Fri, Nov 20, 2026", "Fr., 20. Nov. 2026". */
export const formatDay = (
  day: string,
  lang: string,
  options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }
) => formatDate(new Date(`${day}T12:00:00Z`), lang, { ...options, timeZone: 'UTC' })

/** The time of day as it was where the session happened (from its own offset). */
export const localTime = (iso: string) => iso.slice(11, 16)

/** Active time to the nearest minute: a list of sessions does not need seconds. */
export const minutes = (ms: number, lang: string) =>
  formatDuration(Math.round(ms / 60_000) * 60, lang, 'short')
