// A year of training days at a glance: one square a day, darker for more minutes. Click a day to list its sessions.
// The squares sit 24 px apart (WCAG 2.5.8's spacing for small targets) and the grid is one tab stop: the arrow
// keys move by day and by week, Home and End go to the first and last day shown.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, weekOf, type Weekday } from '@shared/history/stats'
import { useScreenLanguage } from '@renderer/i18n/I18nProvider'
import type { Overview } from '@shared/history/overview'
import { CALENDAR_WEEKS_SHOWN as WEEKS, formatDay } from './useHistory'

/** Days the arrow keys move by, in a grid whose columns are weeks. */
const MOVES: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 }

/** The day a key leads to from `day`, kept within the days shown; null for a key that is not a move. */
export function dayAfterKey(key: string, day: string, first: string, last: string): string | null {
  if (key === 'Home') return first
  if (key === 'End') return last
  const by = MOVES[key]
  if (by === undefined) return null
  const next = addDays(day, by)
  return next < first ? first : next > last ? last : next
}

/** The grid's one tab stop and its arrow keys; the scroller opens at today. */
function useCalendarKeys(start: string, today: string) {
  const [active, setActive] = useState(today)
  const grid = useRef<HTMLDivElement>(null)
  const scroller = useRef<HTMLDivElement>(null)
  // The newest weeks are the ones people look for: where the year does not fit, it opens scrolled to today.
  useEffect(() => {
    const el = scroller.current
    if (el) el.scrollLeft = el.scrollWidth
  }, [])
  const onKeyDown = (event: KeyboardEvent) => {
    const next = dayAfterKey(event.key, active, start, today)
    if (next === null) return
    event.preventDefault()
    setActive(next)
    grid.current?.querySelector<HTMLElement>(`[data-day="${next}"]`)?.focus()
  }
  return { active, setActive, grid, scroller, onKeyDown }
}

/** One day's square: a button with its sessions and minutes in words, or an empty square for days to come. */
function DayCell({
  day,
  today,
  total,
  active,
  onFocus,
  onPick,
}: {
  day: string
  today: string
  total: Overview['days'][string] | undefined
  active: boolean
  onFocus: () => void
  onPick: () => void
}) {
  const { t } = useTranslation('history')
  const lang = useScreenLanguage()
  if (day > today)
    return <span className="heatmap__day heatmap__day--future" role="gridcell" aria-hidden="true" />
  const label = total
    ? t('calendar.day', {
        day: formatDay(day, lang),
        sessions: t('calendar.sessions', { count: total.sessions }),
        minutes: t('calendar.minutes', { count: Math.round(total.minutes) }),
      })
    : t('calendar.rest', { day: formatDay(day, lang) })
  return (
    <span role="gridcell">
      <button
        type="button"
        className={`heatmap__day heatmap__day--${level(total?.minutes ?? 0)}`}
        aria-label={label}
        title={label}
        data-day={day}
        tabIndex={active ? 0 : -1}
        onFocus={onFocus}
        onClick={onPick}
      />
    </span>
  )
}

function level(minutes: number): number {
  if (minutes <= 0) return 0
  if (minutes < 20) return 1
  if (minutes < 40) return 2
  if (minutes < 60) return 3
  return 4
}

export function CalendarHeatmap({
  days,
  today,
  firstDay,
  onPick,
}: {
  days: Overview['days']
  today: string
  firstDay: Weekday
  onPick: (day: string) => void
}) {
  const { t } = useTranslation('history')
  const lang = useScreenLanguage()
  const start = addDays(weekOf(today, firstDay), -7 * (WEEKS - 1))
  const { active, setActive, grid, scroller, onKeyDown } = useCalendarKeys(start, today)
  const trained = Object.keys(days).filter((d) => d >= start && d <= today).length
  const weekdayNames = Array.from({ length: 7 }, (_, i) =>
    formatDay(addDays(start, i), lang, { weekday: 'short' })
  )
  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('calendar.title', { count: trained })}</h2>
      <div ref={scroller} className="heatmap__scroll">
        <MonthLabels start={start} lang={lang} />
        <div
          ref={grid}
          className="heatmap"
          role="grid"
          aria-label={t('calendar.grid')}
          onKeyDown={onKeyDown}
        >
          <div className="heatmap__labels" aria-hidden="true">
            {weekdayNames.map((n, i) => (
              <span key={i}>{i % 2 === 0 ? n : ''}</span>
            ))}
          </div>
          {Array.from({ length: WEEKS }, (_, w) => (
            <div key={w} className="heatmap__week" role="row">
              {Array.from({ length: 7 }, (_, d) => {
                const day = addDays(start, w * 7 + d)
                return (
                  <DayCell
                    key={d}
                    day={day}
                    today={today}
                    total={days[day]}
                    active={day === active}
                    onFocus={() => setActive(day)}
                    onPick={() => onPick(day)}
                  />
                )
              })}
            </div>
          ))}
        </div>
      </div>
      <p className="heatmap__legend muted" aria-hidden="true">
        {t('calendar.less')} <span className="heatmap__day heatmap__day--0" />{' '}
        <span className="heatmap__day heatmap__day--1" />{' '}
        <span className="heatmap__day heatmap__day--2" />{' '}
        <span className="heatmap__day heatmap__day--3" />{' '}
        <span className="heatmap__day heatmap__day--4" /> {t('calendar.more')}
      </p>
    </section>
  )
}

/** A month's short name above the first week column that starts in it, in the user's locale. */
function MonthLabels({ start, lang }: { start: string; lang: string }) {
  return (
    <div className="heatmap__months" aria-hidden="true">
      {Array.from({ length: WEEKS }, (_, w) => {
        const first = addDays(start, w * 7)
        const before = addDays(start, w * 7 - 7)
        const starts = w === 0 || first.slice(0, 7) !== before.slice(0, 7)
        return (
          <span key={w}>
            {starts && w < WEEKS - 2 ? formatDay(first, lang, { month: 'short' }) : ''}
          </span>
        )
      })}
    </div>
  )
}
