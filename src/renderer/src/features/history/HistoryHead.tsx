// History's title with its export and import buttons, what is under way, and the tabs of its views.
import type { useHistoryFiles } from './useHistoryFiles'

export const TABS = [
  { id: 'list', label: 'Sessions' },
  { id: 'calendar', label: 'Calendar' },
  { id: 'week', label: 'This week' },
  { id: 'progress', label: 'Progress' },
] as const
export type Tab = (typeof TABS)[number]['id']

interface HistoryHeadProps {
  files: ReturnType<typeof useHistoryFiles>
  error: string | null
  tab: Tab
  onTab: (tab: Tab) => void
}

export function HistoryHead({ files, error, tab, onTab }: HistoryHeadProps) {
  const { busy } = files
  const button = (label: string, run: () => Promise<void>) => (
    <button type="button" className="button" disabled={busy !== null} onClick={() => void run()}>
      {label}
    </button>
  )
  return (
    <>
      <div className="page__head">
        <h1 id="history-title">History</h1>
        <div className="page__actions">
          {button('Export CSV', () => files.exportAs('csv'))}
          {button('Export CSV (per step)', () => files.exportAs('csv', true))}
          {button('Export JSON', () => files.exportAs('json'))}
          {button('Import JSON…', files.importJson)}
        </div>
      </div>
      {busy && (
        <p className="notice" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> {busy}
        </p>
      )}
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <div role="tablist" aria-label="History views" className="tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            className="tabs__tab"
            onClick={() => onTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
    </>
  )
}
