// One circuit in the list: its colour, name and length, and the buttons that act on it.
import { useTranslation } from 'react-i18next'
import type { CircuitSummary } from '@shared/model/circuitSummary'
import { formatDate, formatDuration } from '@shared/i18n/format'
import { useScreenLanguage } from '@renderer/i18n/I18nProvider'
import type { CircuitActions } from './useCircuitActions'

export function CircuitRow({ circuit: c, on }: { circuit: CircuitSummary; on: CircuitActions }) {
  const { t } = useTranslation('builder')
  const lang = useScreenLanguage()
  const button = (action: string, run: () => void, kind = '') => (
    <button
      type="button"
      className={`button${kind}`}
      aria-label={t(`row.${action}Label`, { name: c.name })}
      onClick={run}
    >
      {t(`row.${action}`)}
    </button>
  )
  const length = formatDuration(c.totalMs / 1000, lang, 'short')
  const parts = [
    c.manualSteps > 0 ? t('row.lengthWithReps', { length }) : length,
    t('row.exercises', { count: c.exercises }),
    ...(c.lastUsedAt ? [t('row.lastRun', { date: formatDate(new Date(c.lastUsedAt), lang) })] : []),
  ]
  return (
    <li className="picker__item picker__item--wide">
      <span
        className="picker__swatch"
        style={{ background: c.color ?? 'var(--accent)' }}
        aria-hidden="true"
      />
      <span className="picker__name">{c.name}</span>
      {/* A middle dot between facts reads the same in every language. */}
      <span className="picker__meta">{parts.join(' · ')}</span>
      <span className="picker__buttons">
        {button('start', () => on.start(c), ' button--primary')}
        {button('edit', () => on.edit(c))}
        {button('duplicate', () => on.duplicate(c))}
        {button('export', () => on.exportFile(c))}
        {button('copy', () => on.copyAsText(c))}
        {button('delete', () => void on.remove(c), ' button--danger')}
      </span>
    </li>
  )
}
