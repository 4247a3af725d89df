// A session's scores (EMOM, AMRAP, For Time) beside the circuit's personal record: on the finish panel,
// "New personal record!" when today beat it; in a session's detail, whether this one is the record.
import { useTranslation } from 'react-i18next'
import { beats } from '@shared/history/records'
import { formatName, scoreWords } from '@shared/history/scoreWords'
import { useWording } from '@renderer/i18n/useWording'
import type { Session } from '@shared/model/session'
import { localDay } from '@shared/history/stats'
import { formatDay } from '../history/useHistory'
import { useQuery } from '@renderer/lib/useApi'

/** `headline`: the finish panel's lead, set large above the other figures. */
export function ScoreSummary({
  session,
  headline = false,
}: {
  session: Session
  headline?: boolean
}) {
  const { t } = useTranslation('history')
  const w = useWording()
  const scores = session.scores ?? []
  // The best of every other completed session: what this one is measured against.
  const records = useQuery(
    'personalRecords',
    () =>
      window.api.personalRecords({ circuitId: session.circuit.id, exceptSessionId: session.id }),
    `${session.circuit.id}|${session.id}`
  )
  if (scores.length === 0) return null
  return (
    <ul
      className={headline ? 'scores scores--headline' : 'scores'}
      aria-label={t('score.label')}
      data-testid="scores"
    >
      {scores.map((score) => {
        const record = records.data?.find((r) => r.block === score.block)
        const counts = session.status === 'completed'
        return (
          <li key={score.block}>
            <strong>
              {t('score.named', {
                format: formatName(score.format, w),
                score: scoreWords(score, w),
              })}
            </strong>
            {records.data &&
              (counts && beats(score, record) ? (
                <span className="pill pill--ok">{t('score.newRecord')}</span>
              ) : record ? (
                <span className="muted">
                  {' '}
                  {t('score.record', {
                    score: scoreWords(record.score, w),
                    day: formatDay(localDay(record.startedAt), w.lang),
                  })}
                </span>
              ) : counts ? (
                <span className="muted"> {t('score.first')}</span>
              ) : null)}
          </li>
        )
      })}
    </ul>
  )
}
