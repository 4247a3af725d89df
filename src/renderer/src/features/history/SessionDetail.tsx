// One session: planned against actual for every step, pauses and added time, effort and note; delete or run again.
import { ScoreSummary } from '../scores/ScoreSummary'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { KIND_LABELS } from '@shared/engine/plan'
import { formatDuration, formatList, formatNumber } from '@shared/i18n/format'
import { entryName } from '@shared/circuits/formatSentence'
import { useWording } from '@renderer/i18n/useWording'
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
  const { t } = useTranslation('history')
  const { data: session, error } = useQuery('session', () => window.api.getSession({ id }), id)
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
          <h2 id="detail-title">{session ? session.circuit.name : t('detail.title')}</h2>
          <button ref={close} type="button" className="button" onClick={onClose}>
            {t('detail.close')}
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
              <summary>{t('detail.everyStep', { count: session.steps.length })}</summary>
              <StepTable session={session} />
            </details>
            <div className="overlay__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => onRunAgain(session)}
              >
                {t('detail.runAgain')}
              </button>
              <button
                type="button"
                className="button button--danger"
                onClick={() => onDelete(session)}
              >
                {t('detail.delete')}
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
  const { t } = useTranslation('history')
  const { t: tCommon } = useTranslation('common')
  const w = useWording()
  const length = (ms: number) => formatDuration(ms / 1000, w.lang, 'short')
  const fact = (term: string, value: string, title?: string) => (
    <div>
      <dt>{term}</dt>
      <dd title={title}>{value}</dd>
    </div>
  )
  return (
    <>
      <p className="muted">
        {t('detail.when', {
          day: formatDay(localDay(session.startedAt), w.lang),
          start: localTime(session.startedAt),
          end: localTime(session.endedAt),
          zone: session.timeZone,
        })}{' '}
        · {session.status === 'completed' ? t('list.completed') : t('list.stoppedEarly')}
      </p>
      <ScoreSummary session={session} />
      <dl className="finish__stats detail__stats">
        {fact(t('detail.active'), length(session.activeMs))}
        {session.pausedMs > 0 && fact(t('detail.paused'), length(session.pausedMs))}
        {fact(t('detail.rounds'), formatNumber(session.roundsCompleted, w.lang))}
        {fact(
          t('detail.effort'),
          session.rpe ? t('detail.rpe', { rpe: session.rpe }) : t('detail.notRated')
        )}
        {session.energy &&
          fact(
            t('detail.energy'),
            t('detail.kcal', { kcal: formatNumber(Math.round(session.energy.kcal), w.lang) }),
            t('detail.energyHow', {
              weight: formatNumber(session.energy.bodyWeightKg, w.lang),
              basis: tCommon('met.rest'),
              met: formatNumber(STEP_KIND_MET.rest.met, w.lang),
            })
          )}
      </dl>
      {session.note && <blockquote className="detail__note">{session.note}</blockquote>}
      {session.loads.length > 0 && (
        <p>
          {t('detail.loads', {
            loads: formatList(
              session.loads.map((l) =>
                t('detail.load', { name: l.exerciseName, value: l.value, unit: l.unit })
              ),
              w.lang
            ),
          })}
        </p>
      )}
    </>
  )
}

/** Planned against actual for every step, as numbers and as bars. */
function StepTable({ session }: { session: Session }) {
  const { t } = useTranslation('history')
  const w = useWording()
  const length = (ms: number) => formatDuration(ms / 1000, w.lang, 'short')
  // The phase words are the run screen's (run:kind.*); English until they are there.
  const stepName = (s: Session['steps'][number]) =>
    s.kind === 'work'
      ? entryName({ name: s.label, libraryId: s.libraryId }, w)
      : t(`run:kind.${s.kind}`, { defaultValue: KIND_LABELS[s.kind] })
  const longest = Math.max(1, ...session.steps.map((s) => Math.max(s.plannedMs ?? 0, s.actualMs)))
  return (
    <table className="detail__steps">
      <caption className="visually-hidden">{t('detail.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.table.step')}</th>
          <th scope="col">{t('detail.table.planned')}</th>
          <th scope="col">{t('detail.table.actual')}</th>
          <th scope="col" className="detail__barcol">
            <span className="visually-hidden">{t('detail.table.chart')}</span>
          </th>
          <th scope="col">{t('detail.table.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {session.steps.map((s, i) => (
          <tr key={i} className={`detail__row detail__row--${s.outcome}`}>
            <th scope="row">
              {stepName(s)}
              {s.round ? (
                <span className="muted"> · {t('detail.table.round', { round: s.round })}</span>
              ) : null}
            </th>
            <td>{s.plannedMs === null ? t('detail.table.reps') : length(s.plannedMs)}</td>
            <td>{length(s.actualMs)}</td>
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
                s.outcome !== 'completed' ? t(`detail.outcome.${s.outcome}`) : null,
                s.pausedMs ? t('detail.table.pausedFor', { length: length(s.pausedMs) }) : null,
                s.addedMs ? `${s.addedMs > 0 ? '+' : '−'}${length(Math.abs(s.addedMs))}` : null,
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
