// History: the list, a year's calendar, this week against the plan, and progress; export and import.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Overview } from '@shared/history/overview'
import { localeFirstDay, type Weekday } from '@shared/history/stats'
import type { Session } from '@shared/model/session'
import { useNavigation } from '@renderer/app/navigation'
import { useToast } from '@renderer/app/Toast'
import { useAction, useQuery } from '@renderer/lib/useApi'
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
  const stored = useQuery(
    'history',
    () => window.api.listHistory({ offset: 0, limit: 1 }),
    String(version)
  )
  const empty = stored.data?.total === 0
  const openerRef = useReturnFocus(detail)
  const openDetail = (id: string) => {
    openerRef.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null
    setDetail(id)
  }

  return (
    <section className="page history" aria-labelledby="history-title">
      <HistoryHead files={files} error={error} tab={tab} onTab={setTab} empty={empty} />
      <HistoryLoading />
      {empty ? (
        <EmptyHistory />
      ) : (
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
            onOpen={openDetail}
            onFirstPage={() => setListReady(true)}
          />
        </div>
      )}
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

/** What an empty History says, in place of views with nothing in them. */
function EmptyHistory() {
  const { t } = useTranslation('history')
  return (
    <div className="card empty-state" data-testid="history-empty">
      <h2>{t('page.emptyTitle')}</h2>
      <p>{t('page.emptyText')}</p>
    </div>
  )
}

/**
 * Where focus goes back when the session detail closes: the control that opened it (a list row, a
 * week's session), so a keyboard user carries on where they were. Set `current` before opening.
 */
function useReturnFocus(detail: string | null) {
  const opener = useRef<HTMLElement | null>(null)
  useEffect(() => {
    if (detail !== null) return
    const back = opener.current
    opener.current = null
    if (back?.isConnected) back.focus()
  }, [detail])
  return opener
}

/** Deletes a session, offering Undo; resolves to whether it was deleted. */
function useRemoveSession(reload: () => void) {
  const toast = useToast()
  const { t } = useTranslation('history')
  const del = useAction('deleteSession', (id: string) => window.api.deleteSession({ id }))
  const undelete = useAction('undeleteSession', (id: string) => window.api.undeleteSession({ id }))
  return async (session: Session): Promise<boolean> => {
    if (!(await del.run(session.id))) return false
    reload()
    toast(t('page.deleted', { name: session.circuit.name }), {
      label: t('page.undo'),
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
  const { t } = useTranslation('history')
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
    <p className="muted">{t('page.loading')}</p>
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
    <Suspense fallback={<p className="muted">{t('page.loadingCharts')}</p>}>
      <ProgressView overview={overview} />
    </Suspense>
  )
}
