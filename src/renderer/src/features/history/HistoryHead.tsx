// History's title with its export and import buttons, what is under way, and the tabs of its views
// (the WAI-ARIA tabs pattern: one Tab stop, arrow keys, Home and End move between them).
import { useRef, type KeyboardEvent } from 'react'
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
  /** No session is stored: nothing to export, and no views to choose between. */
  empty: boolean
}

export function HistoryHead({ files, error, tab, onTab, empty }: HistoryHeadProps) {
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
          {!empty && button('Export CSV', () => files.exportAs('csv'))}
          {!empty && button('Export CSV (per step)', () => files.exportAs('csv', true))}
          {!empty && button('Export JSON', () => files.exportAs('json'))}
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
      {!empty && <TabList tab={tab} onTab={onTab} />}
    </>
  )
}

/** Arrow keys move to the next or previous tab and show it (automatic activation), wrapping round. */
function TabList({ tab, onTab }: { tab: Tab; onTab: (tab: Tab) => void }) {
  const list = useRef<HTMLDivElement>(null)
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === tab)
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : null
    if (to === null) return
    e.preventDefault()
    onTab(TABS[to]!.id)
    list.current?.querySelector<HTMLElement>(`#tab-${TABS[to]!.id}`)?.focus()
  }
  return (
    <div
      ref={list}
      role="tablist"
      aria-label="History views"
      className="tabs"
      onKeyDown={onKeyDown}
    >
      {TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          aria-selected={tab === t.id}
          aria-controls={`panel-${t.id}`}
          tabIndex={tab === t.id ? 0 : -1}
          className="tabs__tab"
          onClick={() => onTab(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  )
}
