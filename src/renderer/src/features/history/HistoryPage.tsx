// History: the list, a year's calendar, this week against the plan, and progress; export and import.
import { lazy, Suspense, useMemo, useState } from 'react'
import { localeFirstDay } from '@shared/history/stats'
import type { Session } from '@shared/model/session'
import { useNavigation } from '@renderer/app/navigation'
import { useToast } from '@renderer/app/Toast'
import { useAction } from '@renderer/lib/useApi'
import { useScreenCommand } from '@renderer/app/commands'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'
import { useRunSession } from '../run/RunSessionProvider'
import { useSettings } from '../settings/SettingsContext'
import { CalendarHeatmap } from './CalendarHeatmap'
import { SessionDetail } from './SessionDetail'
import { NO_FILTER, SessionList, type ListFilter } from './SessionList'
import { today as todayKey, useHistory } from './useHistory'
import { WeekView } from './WeekView'
import { HistoryLoading } from './HistoryLoading'

// Charts are the heaviest code in the app: loaded only when Progress is opened.
const ProgressView = lazy(() => import('./ProgressView'))

const TABS = [
  { id: 'list', label: 'Sessions' },
  { id: 'calendar', label: 'Calendar' },
  { id: 'week', label: 'This week' },
  { id: 'progress', label: 'Progress' },
] as const
type Tab = (typeof TABS)[number]['id']

export function HistoryPage() {
  const { settings } = useSettings()
  const { open } = useRunSession()
  const { navigate } = useNavigation()
  const toast = useToast()
  const [tab, setTab] = useState<Tab>('list')
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER)
  const [detail, setDetail] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const firstDay = useMemo(() => localeFirstDay(navigator.language), [])
  const today = todayKey()
  const [listReady, setListReady] = useState(false)
  const { overview, version, error, reload } = useHistory(
    settings.weeklyPlan,
    firstDay,
    today,
    listReady || tab !== 'list'
  )

  const exportFile = useAction('export your history', (format: 'csv' | 'json', perStep: boolean) =>
    window.api.exportHistoryFile({ format, ...(perStep ? { perStep } : {}) })
  )
  const importFile = useAction('import the history file', () => window.api.importHistoryFile())
  const del = useAction('delete the session', (id: string) => window.api.deleteSession({ id }))
  const undelete = useAction('bring the session back', (id: string) =>
    window.api.undeleteSession({ id })
  )
  /** Shows what is under way (with export progress) while `what` runs. */
  const busyWhile = async <T,>(label: string, what: () => Promise<T>): Promise<T> => {
    setBusy(label)
    try {
      return await what()
    } finally {
      setBusy(null)
    }
  }
  const exportAs = async (format: 'csv' | 'json', perStep = false) => {
    const result = await busyWhile('Exporting…', () => exportFile.run(format, perStep))
    if (result && !result.cancelled)
      toast(`Exported ${result.count.toLocaleString()} sessions to ${result.path}`)
  }
  useSystemEvents((event) => {
    if (event.type === 'progress' && event.task === 'export')
      setBusy(
        `Exporting… ${event.done.toLocaleString()} of ${event.total.toLocaleString()} sessions`
      )
  })
  useScreenCommand('exportHistory', () => void exportAs('csv'))

  const importJson = async () => {
    const result = await busyWhile('Importing…', () => importFile.run())
    if (!result || result.cancelled) return
    reload()
    toast(
      `Imported ${result.added} ${result.added === 1 ? 'session' : 'sessions'}${result.duplicates ? `; ${result.duplicates} already in your history were skipped` : ''}.`
    )
  }
  const remove = async (session: Session) => {
    if (!(await del.run(session.id))) return
    setDetail(null)
    reload()
    toast(`Deleted the ${session.circuit.name} session.`, {
      label: 'Undo',
      run: () => void undelete.run(session.id).then((back) => back && reload()),
    })
  }

  return (
    <section className="page history" aria-labelledby="history-title">
      <div className="page__head">
        <h1 id="history-title">History</h1>
        <div className="page__actions">
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void exportAs('csv')}
          >
            Export CSV
          </button>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void exportAs('csv', true)}
          >
            Export CSV (per step)
          </button>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void exportAs('json')}
          >
            Export JSON
          </button>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void importJson()}
          >
            Import JSON…
          </button>
        </div>
      </div>
      <HistoryLoading />
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
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className="tabs__panel"
      >
        {tab === 'list' ? (
          <SessionList
            circuits={overview?.circuits ?? []}
            version={version}
            filter={filter}
            onFilter={setFilter}
            onOpen={setDetail}
            onFirstPage={() => setListReady(true)}
          />
        ) : !overview ? (
          <p className="muted">Loading…</p>
        ) : tab === 'calendar' ? (
          <CalendarHeatmap
            days={overview.days}
            today={today}
            firstDay={firstDay}
            onPick={(day) => {
              setFilter({ ...NO_FILTER, from: day, to: day })
              setTab('list')
            }}
          />
        ) : tab === 'week' ? (
          <WeekView
            version={version}
            plan={settings.weeklyPlan}
            today={today}
            firstDay={firstDay}
            onOpen={setDetail}
          />
        ) : (
          <Suspense fallback={<p className="muted">Loading charts…</p>}>
            <ProgressView overview={overview} />
          </Suspense>
        )}
      </div>
      {detail && (
        <SessionDetail
          id={detail}
          onClose={() => setDetail(null)}
          onDelete={(s) => void remove(s)}
          onRunAgain={(s) => {
            setDetail(null)
            open(s.circuit)
            navigate('run')
          }}
        />
      )}
    </section>
  )
}
