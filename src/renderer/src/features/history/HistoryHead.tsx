// History's title with its export and import buttons, what is under way, and the tabs of its views
// (the WAI-ARIA tabs pattern: one Tab stop, arrow keys, Home and End move between them).
import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { useHistoryFiles } from './useHistoryFiles'

/** The views, in tab order; their names are under history:tabs. */
export const TABS = [
  { id: 'list' },
  { id: 'calendar' },
  { id: 'week' },
  { id: 'progress' },
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
  const { t } = useTranslation('history')
  const button = (label: string, run: () => Promise<void>) => (
    <button type="button" className="button" disabled={busy !== null} onClick={() => void run()}>
      {label}
    </button>
  )
  return (
    <>
      <div className="page__head">
        <h1 id="history-title">{t('page.title')}</h1>
        <div className="page__actions">
          {!empty && button(t('page.exportCsv'), () => files.exportAs('csv'))}
          {!empty && button(t('page.exportSteps'), () => files.exportAs('csv', true))}
          {!empty && button(t('page.exportJson'), () => files.exportAs('json'))}
          {button(t('page.importJson'), files.importJson)}
        </div>
      </div>
      {busy && (
        <p className="notice" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> {busy}
        </p>
      )}
      {error && (
        <p role="alert" className="notice notice--error">
          {t('page.loadFailed', { message: error })}
        </p>
      )}
      {!empty && <TabList tab={tab} onTab={onTab} />}
    </>
  )
}

/** Arrow keys move to the next or previous tab and show it (automatic activation), wrapping round. */
function TabList({ tab, onTab }: { tab: Tab; onTab: (tab: Tab) => void }) {
  const list = useRef<HTMLDivElement>(null)
  const { t } = useTranslation('history')
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.findIndex((x) => x.id === tab)
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
      aria-label={t('tabs.label')}
      className="tabs"
      onKeyDown={onKeyDown}
    >
      {TABS.map(({ id }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          className="tabs__tab"
          onClick={() => onTab(id)}
        >
          {t(`tabs.${id}`)}
        </button>
      ))}
    </div>
  )
}
