// Every session, newest first, filtered by circuit, dates and status; only the rows in view are rendered,
// so 10,000 sessions scroll as smoothly as ten.
import { useEffect, useState, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { formatName, scoreWords } from '@shared/history/scoreWords'
import { useWording } from '@renderer/i18n/useWording'
import { localDay } from '@shared/history/stats'
import type { HistoryFilter, SessionSummary } from '@shared/model/session'
import { unwrap } from '@renderer/lib/api'
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

const PAGE = 100

function toRequestFilter(f: ListFilter): HistoryFilter {
  return {
    ...(f.circuitId ? { circuitId: f.circuitId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.from ? { fromDay: f.from } : {}),
    ...(f.to ? { toDay: f.to } : {}),
  }
}

/** Pages of the filtered list, fetched from main as they scroll into view. */
function usePages(filter: ListFilter, version: number, first: number, last: number) {
  const [state, setState] = useState<{
    key: string
    total: number | null
    pages: Map<number, SessionSummary[]>
  }>({ key: '', total: null, pages: new Map() })
  const key = `${JSON.stringify(filter)}#${version}`
  const current =
    state.key === key ? state : { key, total: null, pages: new Map<number, SessionSummary[]>() }
  const wanted: number[] = []
  for (let p = Math.floor(first / PAGE); p <= Math.floor(Math.max(first, last - 1) / PAGE); p++)
    if (!current.pages.has(p)) wanted.push(p)
  const wantedKey = wanted.join(',')
  useEffect(() => {
    const pages = wantedKey === '' ? [] : wantedKey.split(',').map(Number)
    if (pages.length === 0 && state.key === key) return
    let live = true
    const filterForRequest = toRequestFilter(
      JSON.parse(key.slice(0, key.lastIndexOf('#'))) as ListFilter
    )
    void Promise.all(
      (pages.length ? pages : [0]).map((p) =>
        unwrap(
          window.api.listHistory({ offset: p * PAGE, limit: PAGE, filter: filterForRequest })
        ).then((r) => [p, r] as const)
      )
    ).then((results) => {
      if (!live) return
      setState((s) => {
        const base =
          s.key === key ? s : { key, total: null, pages: new Map<number, SessionSummary[]>() }
        const next = new Map(base.pages)
        let total = base.total
        for (const [p, r] of results) {
          next.set(p, r.items)
          total = r.total
        }
        return { key, total, pages: next }
      })
    })
    return () => {
      live = false
    }
  }, [key, wantedKey, state.key])
  return current
}

interface SessionListProps {
  circuits: Array<{ id: string; name: string }>
  version: number
  filter: ListFilter
  onFilter: (f: ListFilter) => void
  onOpen: (id: string) => void
  onFirstPage?: () => void
}

export function SessionList(props: SessionListProps) {
  const { circuits, version, filter, onFilter, onOpen, onFirstPage } = props
  const { t } = useTranslation('history')
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(600)
  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN)
  const guess = Math.ceil((scrollTop + height) / ROW) + OVERSCAN
  const { total, pages } = usePages(filter, version, first, guess)
  const count = total ?? 0
  const last = Math.min(count, guess)
  const rowAt = (i: number) => pages.get(Math.floor(i / PAGE))?.[i % PAGE]
  const loaded = total !== null
  useEffect(() => {
    if (loaded) onFirstPage?.()
  }, [loaded, onFirstPage])

  return (
    <div className="history-list">
      <ListFilters circuits={circuits} filter={filter} onFilter={onFilter} total={total} />
      <div
        ref={(el) => {
          if (el && el.clientHeight !== height) setHeight(el.clientHeight)
        }}
        className="history-list__scroll"
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        tabIndex={0}
        aria-label={t('list.label')}
      >
        <ul
          style={{ height: count * ROW }}
          className="history-list__rows"
          aria-label={t('list.listLabel')}
        >
          {Array.from({ length: Math.max(0, last - first) }, (_, k) => first + k).map((index) => {
            const s = rowAt(index)
            const style: CSSProperties = { top: index * ROW, height: ROW }
            if (!s)
              return (
                <li
                  key={`loading-${index}`}
                  style={style}
                  className="history-row--loading"
                  aria-hidden="true"
                />
              )
            return (
              <SessionRow
                key={s.id}
                session={s}
                index={index}
                count={count}
                style={style}
                onOpen={onOpen}
              />
            )
          })}
        </ul>
        {total === 0 && (
          <p className="muted history-list__empty">
            {filter === NO_FILTER ? t('list.noneYet') : t('list.noMatch')}
          </p>
        )}
      </div>
    </div>
  )
}

interface ListFiltersProps {
  circuits: Array<{ id: string; name: string }>
  filter: ListFilter
  onFilter: (f: ListFilter) => void
  /** How many sessions match; null until the first page is in. */
  total: number | null
}

/** The filters (circuit, dates, status), Clear filters, and how many sessions match. */
function ListFilters({ circuits, filter, onFilter, total }: ListFiltersProps) {
  const { t } = useTranslation('history')
  return (
    <div className="filters" role="group" aria-label={t('list.filters')}>
      <label>
        {t('list.circuit')}{' '}
        <select
          aria-label={t('list.circuit')}
          value={filter.circuitId}
          onChange={(e) => onFilter({ ...filter, circuitId: e.target.value })}
        >
          <option value="">{t('list.allCircuits')}</option>
          {circuits.map(({ id, name }) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('list.from')}{' '}
        <input
          aria-label={t('list.from')}
          type="date"
          value={filter.from}
          onChange={(e) => onFilter({ ...filter, from: e.target.value })}
        />
      </label>
      <label>
        {t('list.to')}{' '}
        <input
          aria-label={t('list.to')}
          type="date"
          value={filter.to}
          onChange={(e) => onFilter({ ...filter, to: e.target.value })}
        />
      </label>
      <label>
        {t('list.status')}{' '}
        <select
          aria-label={t('list.status')}
          value={filter.status}
          onChange={(e) => onFilter({ ...filter, status: e.target.value as ListFilter['status'] })}
        >
          <option value="">{t('list.any')}</option>
          <option value="completed">{t('list.completed')}</option>
          <option value="stopped">{t('list.stoppedEarly')}</option>
        </select>
      </label>
      {filter !== NO_FILTER && (
        <button type="button" className="button" onClick={() => onFilter(NO_FILTER)}>
          {t('list.clear')}
        </button>
      )}
      <span className="muted" role="status" data-testid="session-count">
        {total === null ? t('page.loading') : t('list.count', { count: total })}
      </span>
    </div>
  )
}

interface SessionRowProps {
  session: SessionSummary
  index: number
  count: number
  style: CSSProperties
  onOpen: (id: string) => void
}

/** One session in the list: a button that opens it, saying when, what, how long, how it ended, the effort. */
function SessionRow({ session: s, index, count, style, onOpen }: SessionRowProps) {
  const { t } = useTranslation('history')
  const w = useWording()
  const scores = (s.scores ?? [])
    .map((x) => t('score.plain', { format: formatName(x.format, w), score: scoreWords(x, w) }))
    .join('; ')
  return (
    <li style={style} aria-setsize={count} aria-posinset={index + 1}>
      <button type="button" className="history-row" onClick={() => onOpen(s.id)}>
        <span className="history-row__swatch" style={{ background: s.color ?? 'var(--accent)' }} />
        <span className="history-row__date">
          {formatDay(localDay(s.startedAt), w.lang)}{' '}
          <span className="muted">{localTime(s.startedAt)}</span>
        </span>
        <span className="history-row__name">
          {s.circuitName}
          {scores ? <span className="muted history-row__score"> · {scores}</span> : null}
        </span>
        <span>{minutes(s.activeMs, w.lang)}</span>
        <span className={s.status === 'completed' ? 'pill pill--ok' : 'pill'}>
          {s.status === 'completed'
            ? t('list.completed')
            : s.skippedSteps
              ? t('list.stoppedSkipped', { count: s.skippedSteps })
              : t('list.stopped')}
        </span>
        <span>
          {s.rpe ? (
            t('list.effort', { rpe: s.rpe })
          ) : (
            <span className="muted">{t('list.noRating')}</span>
          )}
        </span>
      </button>
    </li>
  )
}
