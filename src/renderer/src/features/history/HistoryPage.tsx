// History: the list, a year's calendar, this week against the plan, and progress; export and import.
import { lazy, Suspense, useMemo, useState } from 'react'
import type { Overview } from '@shared/history/overview'
import { localeFirstDay, type Weekday } from '@shared/history/stats'
import type { Session } from '@shared/model/session'
import { useNavigation } from '@renderer/app/navigation'
import { useToast } from '@renderer/app/Toast'
import { useAction } from '@renderer/lib/useApi'
import { useRunSession } from '../run/RunSessionProvider'
import { useSettings } from '../settings/SettingsContext'
import { CalendarHeatmap } from './CalendarHeatmap'
import { HistoryHead, type Tab } from './HistoryHead'
import { SessionDetail } from './SessionDetail'
import { NO_FILTER, SessionList, type ListFilter } from './SessionList'
import { today as todayKey, useHistory } from './useHistory'
import { useHistoryFiles } from './useHistoryFiles'
import { WeekView } from './WeekView'
import { HistoryLoading } from './HistoryLoading'

// Charts are the heaviest code in the app: loaded only when Progress is opened.
const ProgressView = lazy(() => import('./ProgressView'))

export function HistoryPage() {
  const { settings } = useSettings()
  const { open } = useRunSession()
  const { navigate } = useNavigation()
  const [tab, setTab] = useState<Tab>('list')
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER)
  const [detail, setDetail] = useState<string | null>(null)
  const firstDay = useMemo(() => localeFirstDay(navigator.language), [])
  const today = todayKey()
  const [listReady, setListReady] = useState(false)
  const { overview, version, error, reload } = useHistory(
    settings.weeklyPlan,
    firstDay,
    today,
    listReady || tab !== 'list'
  )

  const files = useHistoryFiles(reload)
  const removeSession = useRemoveSession(reload)
  const remove = async (session: Session) => {
    if (await removeSession(session)) setDetail(null)
  }

  return (
    <section className="page history" aria-labelledby="history-title">
      <HistoryHead files={files} error={error} tab={tab} onTab={setTab} />
      <HistoryLoading />
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className="tabs__panel"
      >
        <HistoryView
          tab={tab}
          overview={overview}
          version={version}
          today={today}
          firstDay={firstDay}
          filter={filter}
          onFilter={setFilter}
          onTab={setTab}
          onOpen={setDetail}
          onFirstPage={() => setListReady(true)}
        />
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

/** Deletes a session, offering Undo; resolves to whether it was deleted. */
function useRemoveSession(reload: () => void) {
  const toast = useToast()
  const del = useAction('delete the session', (id: string) => window.api.deleteSession({ id }))
  const undelete = useAction('bring the session back', (id: string) =>
    window.api.undeleteSession({ id })
  )
  return async (session: Session): Promise<boolean> => {
    if (!(await del.run(session.id))) return false
    reload()
    toast(`Deleted the ${session.circuit.name} session.`, {
      label: 'Undo',
      run: () => void undelete.run(session.id).then((back) => back && reload()),
    })
    return true
  }
}

interface HistoryViewProps {
  tab: Tab
  overview: Overview | null
  version: number
  today: string
  firstDay: Weekday
  filter: ListFilter
  onFilter: (filter: ListFilter) => void
  onTab: (tab: Tab) => void
  onOpen: (id: string) => void
  onFirstPage: () => void
}

/** The open tab's view: the list, the calendar, this week, or the progress charts. */
function HistoryView(props: HistoryViewProps) {
  const { tab, overview, version, today, firstDay, filter, onFilter, onTab, onOpen, onFirstPage } =
    props
  const plan = useSettings().settings.weeklyPlan
  return tab === 'list' ? (
    <SessionList
      circuits={overview?.circuits ?? []}
      version={version}
      filter={filter}
      onFilter={onFilter}
      onOpen={onOpen}
      onFirstPage={onFirstPage}
    />
  ) : !overview ? (
    <p className="muted">Loading…</p>
  ) : tab === 'calendar' ? (
    <CalendarHeatmap
      days={overview.days}
      today={today}
      firstDay={firstDay}
      onPick={(day) => {
        onFilter({ ...NO_FILTER, from: day, to: day })
        onTab('list')
      }}
    />
  ) : tab === 'week' ? (
    <WeekView version={version} plan={plan} today={today} firstDay={firstDay} onOpen={onOpen} />
  ) : (
    <Suspense fallback={<p className="muted">Loading charts…</p>}>
      <ProgressView overview={overview} />
    </Suspense>
  )
}
