// This week against the weekly plan (strength, HIIT, cardio, mobility), with a way back through past weeks.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useScreenLanguage } from '@renderer/i18n/I18nProvider'
import { messageOf, unwrap } from '@renderer/lib/api'
import {
  addDays,
  counts,
  localDay,
  meetsPlan,
  weekCounts,
  weekOf,
  type WeekPlan,
  type Weekday,
} from '@shared/history/stats'
import { CategorySchema } from '@shared/model/circuit'
import type { SessionSummary } from '@shared/model/session'
import { formatDay, localTime, minutes } from './useHistory'

export function WeekView({
  version,
  plan,
  today,
  firstDay,
  onOpen,
}: {
  version: number
  plan: WeekPlan
  today: string
  firstDay: Weekday
  onOpen: (id: string) => void
}) {
  const { t } = useTranslation('history')
  const lang = useScreenLanguage()
  const [week, setWeek] = useState(weekOf(today, firstDay))
  const [inWeek, setInWeek] = useState<SessionSummary[]>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    unwrap(
      window.api.listHistory({
        offset: 0,
        limit: 500,
        filter: { fromDay: week, toDay: addDays(week, 6) },
      })
    )
      .then((page) => setInWeek(page.items))
      .catch((e: unknown) => setError(messageOf(e)))
  }, [week, version])
  const done = weekCounts(inWeek, week, firstDay)
  const isThisWeek = week === weekOf(today, firstDay)
  return (
    <section aria-labelledby="week-title">
      <div className="page__head">
        <h2 id="week-title">
          {isThisWeek ? t('week.thisWeek') : t('week.weekOf', { day: formatDay(week, lang) })}{' '}
          {meetsPlan(done, plan) ? t('week.planMet') : ''}
        </h2>
        <span className="picker__buttons">
          <button type="button" className="button" onClick={() => setWeek(addDays(week, -7))}>
            {t('week.previous')}
          </button>
          <button
            type="button"
            className="button"
            disabled={isThisWeek}
            onClick={() => setWeek(addDays(week, 7))}
          >
            {t('week.next')}
          </button>
        </span>
      </div>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <PlanMeters plan={plan} done={done} />
      <p className="muted">{t('week.hint')}</p>
      <WeekSessions sessions={inWeek} onOpen={onOpen} />
    </section>
  )
}

/** One meter per kind of session: done this week against the plan. */
function PlanMeters({ plan, done }: { plan: WeekPlan; done: ReturnType<typeof weekCounts> }) {
  const { t } = useTranslation('history')
  return (
    <ul className="plan" aria-label={t('week.plan')}>
      {CategorySchema.options.map((k) => {
        const target = plan[k]
        const value = done[k]
        return (
          <li key={k} className="plan__row">
            <span className="plan__label">{t(`week.categories.${k}`)}</span>
            <span
              className="plan__bar"
              role="meter"
              aria-label={t(`week.categories.${k}`)}
              aria-valuemin={0}
              aria-valuemax={Math.max(target, 1)}
              aria-valuenow={value}
              aria-valuetext={t('week.of', { value, target })}
            >
              <span
                style={{ width: `${Math.min(1, target === 0 ? 1 : value / target) * 100}%` }}
                className={value >= target ? 'plan__fill plan__fill--done' : 'plan__fill'}
              />
            </span>
            <span className="plan__count">{t('week.of', { value, target })}</span>
          </li>
        )
      })}
    </ul>
  )
}

/** The week's sessions, each opening its detail; stopped ones say they do not count. */
function WeekSessions({
  sessions,
  onOpen,
}: {
  sessions: SessionSummary[]
  onOpen: (id: string) => void
}) {
  const { t } = useTranslation('history')
  const lang = useScreenLanguage()
  const about = (s: SessionSummary) => [
    `${formatDay(localDay(s.startedAt), lang)} ${localTime(s.startedAt)}`,
    minutes(s.activeMs, lang),
    t(`week.categories.${s.category}`),
    ...(counts(s) ? [] : [t('week.notCounted')]),
  ]
  return (
    <ul className="picker" aria-label={t('week.sessions')}>
      {sessions.map((s) => (
        <li key={s.id} className="picker__item">
          <span
            className="picker__swatch"
            style={{ background: s.color ?? 'var(--accent)' }}
            aria-hidden="true"
          />
          <button type="button" className="linklike" onClick={() => onOpen(s.id)}>
            {s.circuitName}
          </button>
          {/* A middle dot between facts reads the same in every language. */}
          <span className="picker__meta">{about(s).join(' · ')}</span>
        </li>
      ))}
      {sessions.length === 0 && <li className="muted">{t('week.none')}</li>}
    </ul>
  )
}
