// Every session, newest first, filtered by circuit, dates and status; only the rows in view are rendered,
// so 10,000 sessions scroll as smoothly as ten.
import { useMemo, useRef, useState, type CSSProperties } from 'react'
import { localDay } from '../../../../shared/history/stats'
import type { SessionSummary } from '../../../../shared/model/session'
import { formatDay, localTime, minutes } from './useHistory'

export interface ListFilter {
  circuitId: string
  status: '' | 'completed' | 'stopped'
  from: string
  to: string
}
export const NO_FILTER: ListFilter = { circuitId: '', status: '', from: '', to: '' }

const ROW = 64
const OVERSCAN = 8

export function applyFilter(sessions: readonly SessionSummary[], f: ListFilter): SessionSummary[] {
  return sessions.filter((s) => {
    const day = localDay(s.startedAt)
    return (
      (!f.circuitId || s.circuitId === f.circuitId) &&
      (!f.status || s.status === f.status) &&
      (!f.from || day >= f.from) &&
      (!f.to || day <= f.to)
    )
  })
}

export function SessionList({
  sessions,
  filter,
  onFilter,
  onOpen,
}: {
  sessions: SessionSummary[]
  filter: ListFilter
  onFilter: (f: ListFilter) => void
  onOpen: (id: string) => void
}) {
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(600)
  const box = useRef<HTMLDivElement>(null)
  const circuits = useMemo(() => {
    const names = new Map<string, string>()
    for (const s of sessions) if (!names.has(s.circuitId)) names.set(s.circuitId, s.circuitName)
    return [...names].sort((a, b) => a[1].localeCompare(b[1]))
  }, [sessions])
  const shown = useMemo(() => applyFilter(sessions, filter), [sessions, filter])
  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN)
  const last = Math.min(shown.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN)

  return (
    <div className="history-list">
      <div className="filters" role="group" aria-label="Filters">
        <label>
          Circuit{' '}
          <select
            aria-label="Circuit"
            value={filter.circuitId}
            onChange={(e) => onFilter({ ...filter, circuitId: e.target.value })}
          >
            <option value="">All circuits</option>
            {circuits.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          From{' '}
          <input
            aria-label="From"
            type="date"
            value={filter.from}
            onChange={(e) => onFilter({ ...filter, from: e.target.value })}
          />
        </label>
        <label>
          To{' '}
          <input
            aria-label="To"
            type="date"
            value={filter.to}
            onChange={(e) => onFilter({ ...filter, to: e.target.value })}
          />
        </label>
        <label>
          Status{' '}
          <select
            aria-label="Status"
            value={filter.status}
            onChange={(e) =>
              onFilter({ ...filter, status: e.target.value as ListFilter['status'] })
            }
          >
            <option value="">Any</option>
            <option value="completed">Completed</option>
            <option value="stopped">Stopped early</option>
          </select>
        </label>
        {filter !== NO_FILTER && (
          <button type="button" className="button" onClick={() => onFilter(NO_FILTER)}>
            Clear filters
          </button>
        )}
        <span className="muted" role="status" data-testid="session-count">
          {shown.length} {shown.length === 1 ? 'session' : 'sessions'}
        </span>
      </div>
      <div
        ref={(el) => {
          box.current = el
          if (el && el.clientHeight !== height) setHeight(el.clientHeight)
        }}
        className="history-list__scroll"
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        tabIndex={0}
        aria-label="Sessions"
      >
        <ul
          style={{ height: shown.length * ROW }}
          className="history-list__rows"
          aria-label="Sessions list"
        >
          {shown.slice(first, last).map((s, i) => {
            const style: CSSProperties = { top: (first + i) * ROW, height: ROW }
            return (
              <li
                key={s.id}
                style={style}
                aria-setsize={shown.length}
                aria-posinset={first + i + 1}
              >
                <button
                  type="button"
                  className="history-row"
                  onClick={() => onOpen(s.id)}
                  aria-label={`${s.circuitName}, ${formatDay(localDay(s.startedAt))} ${localTime(s.startedAt)}, ${minutes(s.activeMs)}, ${s.status}`}
                >
                  <span
                    className="history-row__swatch"
                    style={{ background: s.color ?? 'var(--accent)' }}
                  />
                  <span className="history-row__date">
                    {formatDay(localDay(s.startedAt))}{' '}
                    <span className="muted">{localTime(s.startedAt)}</span>
                  </span>
                  <span className="history-row__name">{s.circuitName}</span>
                  <span>{minutes(s.activeMs)}</span>
                  <span className={s.status === 'completed' ? 'pill pill--ok' : 'pill'}>
                    {s.status === 'completed'
                      ? 'Completed'
                      : `Stopped${s.skippedSteps ? `, ${s.skippedSteps} skipped` : ''}`}
                  </span>
                  <span>
                    {s.rpe ? `Effort ${s.rpe}/10` : <span className="muted">No rating</span>}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
        {shown.length === 0 && (
          <p className="muted history-list__empty">
            No sessions match.{' '}
            {sessions.length === 0
              ? 'Finish a session and it appears here.'
              : 'Try clearing the filters.'}
          </p>
        )}
      </div>
    </div>
  )
}
