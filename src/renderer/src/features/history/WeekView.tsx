// This week against the weekly plan (strength, HIIT, cardio, mobility), with a way back through past weeks.
import { useEffect, useState } from 'react'
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
import type { Category } from '@shared/model/circuit'
import type { SessionSummary } from '@shared/model/session'
import { formatDay, localTime, minutes } from './useHistory'

const LABELS: Record<Category, string> = {
  strength: 'Strength',
  hiit: 'HIIT',
  cardio: 'Cardio',
  mobility: 'Mobility / stretch',
}

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
          {isThisWeek ? 'This week' : `Week of ${formatDay(week)}`}{' '}
          {meetsPlan(done, plan) ? '· plan met ✓' : ''}
        </h2>
        <span className="picker__buttons">
          <button type="button" className="button" onClick={() => setWeek(addDays(week, -7))}>
            Previous week
          </button>
          <button
            type="button"
            className="button"
            disabled={isThisWeek}
            onClick={() => setWeek(addDays(week, 7))}
          >
            Next week
          </button>
        </span>
      </div>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <PlanMeters plan={plan} done={done} />
      <p className="muted">
        Completed sessions count toward the plan; change the targets in Settings → Weekly plan.
      </p>
      <WeekSessions sessions={inWeek} onOpen={onOpen} />
    </section>
  )
}

/** One meter per kind of session: done this week against the plan. */
function PlanMeters({ plan, done }: { plan: WeekPlan; done: ReturnType<typeof weekCounts> }) {
  return (
    <ul className="plan" aria-label="Weekly plan">
      {(Object.keys(LABELS) as Category[]).map((k) => {
        const target = plan[k]
        const value = done[k]
        return (
          <li key={k} className="plan__row">
            <span className="plan__label">{LABELS[k]}</span>
            <span
              className="plan__bar"
              role="meter"
              aria-label={LABELS[k]}
              aria-valuemin={0}
              aria-valuemax={Math.max(target, 1)}
              aria-valuenow={value}
              aria-valuetext={`${value} of ${target}`}
            >
              <span
                style={{ width: `${Math.min(1, target === 0 ? 1 : value / target) * 100}%` }}
                className={value >= target ? 'plan__fill plan__fill--done' : 'plan__fill'}
              />
            </span>
            <span className="plan__count">
              {value} of {target}
            </span>
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
  return (
    <ul className="picker" aria-label="Sessions this week">
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
          <span className="picker__meta">
            {formatDay(localDay(s.startedAt))} {localTime(s.startedAt)} · {minutes(s.activeMs)} ·{' '}
            {LABELS[s.category]}
            {counts(s) ? '' : ' · stopped early (not counted)'}
          </span>
        </li>
      ))}
      {sessions.length === 0 && <li className="muted">No sessions this week yet.</li>}
    </ul>
  )
}
