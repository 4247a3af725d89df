// A year of training days at a glance: one square a day, darker for more minutes. Click a day to list its sessions.
import { useTranslation } from 'react-i18next'
import { addDays, weekOf, type Weekday } from '@shared/history/stats'
import { useScreenLanguage } from '@renderer/i18n/I18nProvider'
import type { Overview } from '@shared/history/overview'
import { CALENDAR_WEEKS_SHOWN as WEEKS, formatDay } from './useHistory'

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
  const trained = Object.keys(days).filter((d) => d >= start && d <= today).length
  const weekdayNames = Array.from({ length: 7 }, (_, i) =>
    formatDay(addDays(start, i), lang, { weekday: 'short' })
  )
  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('calendar.title', { count: trained })}</h2>
      <MonthLabels start={start} lang={lang} />
      <div className="heatmap" role="grid" aria-label={t('calendar.grid')}>
        <div className="heatmap__labels" aria-hidden="true">
          {weekdayNames.map((n, i) => (
            <span key={i}>{i % 2 === 0 ? n : ''}</span>
          ))}
        </div>
        {Array.from({ length: WEEKS }, (_, w) => (
          <div key={w} className="heatmap__week" role="row">
            {Array.from({ length: 7 }, (_, d) => {
              const day = addDays(start, w * 7 + d)
              if (day > today)
                return (
                  <span
                    key={d}
                    className="heatmap__day heatmap__day--future"
                    role="gridcell"
                    aria-hidden="true"
                  />
                )
              const total = days[day]
              const label = total
                ? t('calendar.day', {
                    day: formatDay(day, lang),
                    sessions: t('calendar.sessions', { count: total.sessions }),
                    minutes: t('calendar.minutes', { count: Math.round(total.minutes) }),
                  })
                : t('calendar.rest', { day: formatDay(day, lang) })
              return (
                <span key={d} role="gridcell">
                  <button
                    type="button"
                    className={`heatmap__day heatmap__day--${level(total?.minutes ?? 0)}`}
                    aria-label={label}
                    title={label}
                    onClick={() => onPick(day)}
                  />
                </span>
              )
            })}
          </div>
        ))}
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
