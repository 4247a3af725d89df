// One session: planned against actual for every step, pauses and added time, effort and note; delete or run again.
import { ScoreSummary } from '../scores/ScoreSummary'
import { useEffect, useRef } from 'react'
import { KIND_LABELS } from '@shared/engine/plan'
import { formatDuration } from '@shared/model/durations'
import { localDay } from '@shared/history/stats'
import { STEP_KIND_MET } from '@shared/library'
import type { Session } from '@shared/model/session'
import { useQuery } from '@renderer/lib/useApi'
import { formatDay, localTime } from './useHistory'

export function SessionDetail({
  id,
  onClose,
  onDelete,
  onRunAgain,
}: {
  id: string
  onClose: () => void
  onDelete: (s: Session) => void
  onRunAgain: (s: Session) => void
}) {
  const { data: session, error } = useQuery('this session', () => window.api.getSession({ id }), id)
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    close.current?.focus()
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="detail-title">
      <div className="overlay__card detail">
        <div className="page__head">
          <h2 id="detail-title">{session ? session.circuit.name : 'Session'}</h2>
          <button ref={close} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
        {error && (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        )}
        {session && (
          <>
            <SessionFacts session={session} />
            {/* A summary first; the step-by-step table is there for whoever wants it. */}
            <details className="detail__more">
              <summary>Every step ({session.steps.length})</summary>
              <StepTable session={session} />
            </details>
            <div className="overlay__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => onRunAgain(session)}
              >
                Run again
              </button>
              <button
                type="button"
                className="button button--danger"
                onClick={() => onDelete(session)}
              >
                Delete session
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  )
}

/** When and how it went: times, outcome, active and paused time, rounds, effort, energy, scores, note, loads. */
function SessionFacts({ session }: { session: Session }) {
  const fact = (term: string, value: string, title?: string) => (
    <div>
      <dt>{term}</dt>
      <dd title={title}>{value}</dd>
    </div>
  )
  return (
    <>
      <p className="muted">
        {formatDay(localDay(session.startedAt))}, {localTime(session.startedAt)}–
        {localTime(session.endedAt)} ({session.timeZone}) ·{' '}
        {session.status === 'completed' ? 'Completed' : 'Stopped early'}
      </p>
      <ScoreSummary session={session} />
      <dl className="finish__stats detail__stats">
        {fact('Active', formatDuration(session.activeMs))}
        {session.pausedMs > 0 && fact('Paused', formatDuration(session.pausedMs))}
        {fact('Rounds', String(session.roundsCompleted))}
        {fact('Effort', session.rpe ? `${session.rpe}/10` : 'Not rated')}
        {session.energy &&
          fact(
            'Energy (estimate)',
            `≈ ${Math.round(session.energy.kcal)} kcal`,
            `Estimate: MET × ${session.energy.bodyWeightKg} kg × hours for each step; rests count as ${STEP_KIND_MET.rest.basis} (MET ${STEP_KIND_MET.rest.met}).`
          )}
      </dl>
      {session.note && <blockquote className="detail__note">{session.note}</blockquote>}
      {session.loads.length > 0 && (
        <p>
          Loads: {session.loads.map((l) => `${l.exerciseName} ${l.value} ${l.unit}`).join(', ')}
        </p>
      )}
    </>
  )
}

/** Planned against actual for every step, as numbers and as bars. */
function StepTable({ session }: { session: Session }) {
  const longest = Math.max(1, ...session.steps.map((s) => Math.max(s.plannedMs ?? 0, s.actualMs)))
  return (
    <table className="detail__steps">
      <caption className="visually-hidden">Planned and actual time for each step</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Planned</th>
          <th scope="col">Actual</th>
          <th scope="col" className="detail__barcol">
            <span className="visually-hidden">Chart</span>
          </th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {session.steps.map((s, i) => (
          <tr key={i} className={`detail__row detail__row--${s.outcome}`}>
            <th scope="row">
              {s.kind === 'work' ? s.label : KIND_LABELS[s.kind]}
              {s.round ? <span className="muted"> · round {s.round}</span> : null}
            </th>
            <td>{s.plannedMs === null ? 'reps' : formatDuration(s.plannedMs)}</td>
            <td>{formatDuration(s.actualMs)}</td>
            <td className="detail__barcol" aria-hidden="true">
              <span
                className="detail__planned"
                style={{ width: `${((s.plannedMs ?? s.actualMs) / longest) * 100}%` }}
              />
              <span
                className={`detail__actual detail__actual--${s.kind === 'work' ? 'work' : 'rest'}`}
                style={{ width: `${(s.actualMs / longest) * 100}%` }}
              />
            </td>
            <td>
              {[
                s.outcome !== 'completed' ? s.outcome : null,
                s.pausedMs ? `paused ${formatDuration(s.pausedMs)}` : null,
                s.addedMs
                  ? `${s.addedMs > 0 ? '+' : '−'}${formatDuration(Math.abs(s.addedMs))}`
                  : null,
              ]
                .filter(Boolean)
                .join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
