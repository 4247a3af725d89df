// The app shell: navigation plus the current screen, themed from settings.
import { useEffect, type ReactNode } from 'react'
import { Nav } from './Nav'
import type { RouteId } from './routes'
import { useTheme } from './useTheme'
import { NavigationProvider, useNavigation } from './navigation'
import { RunPage, preloadRunScreen } from '../features/run/RunPage'
import { RunSessionProvider, useRunSession } from '../features/run/RunSessionProvider'
import { isSessionActive } from '@shared/run/runView'
import { RecoveryPrompt } from '../features/run/RecoveryPrompt'
import { CircuitsPage } from '../features/builder/CircuitsPage'
import { BuilderProvider } from '../features/builder/BuilderContext'
import { ToastProvider } from './Toast'
import { useFileDrop } from './useFileDrop'
import { SettingsProvider, useSettings } from '../features/settings/SettingsContext'
import { ErrorBoundary } from './ErrorBoundary'
import { NoticeBanner } from './NoticeBanner'
import { DataFolderBanner } from './DataFolderBanner'
import { CommandsProvider } from './commands'
import { onDemand } from './onDemand'
import { I18nProvider } from '../i18n/I18nProvider'
import { pseudoRequested } from '../i18n/pseudoFlag'

// Loaded on first visit, to keep the first paint's JavaScript small (the bundle bench measures it).
const HistoryPage = onDemand(
  () => import('../features/history/HistoryPage').then((m) => m.HistoryPage),
  'history'
)
const SettingsPage = onDemand(
  () => import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
  'settings'
)

export function App() {
  return (
    <SettingsProvider>
      <Localized>
        <NavigationProvider>
          <ToastProvider>
            <CommandsProvider>
              <RunSessionProvider>
                <BuilderProvider>
                  <Shell />
                </BuilderProvider>
              </RunSessionProvider>
            </CommandsProvider>
          </ToastProvider>
        </NavigationProvider>
      </Localized>
    </SettingsProvider>
  )
}

/**
 * Every screen below speaks the language Settings chose (or the system's), switched without a restart.
 * `?pseudo` in the page's address shows the pseudo-locale instead (pseudoFlag.ts): only the layout tests and
 * a developer can set it, since the app's own window always opens its page without a query.
 */
function Localized({ children }: { children: ReactNode }) {
  const { settings } = useSettings()
  return (
    <I18nProvider setting={settings.language} pseudo={pseudoRequested()}>
      {children}
    </I18nProvider>
  )
}

function Shell() {
  const { settings } = useSettings()
  const { route, navigate: setRoute } = useNavigation()
  const { view } = useRunSession()
  useTheme(settings.theme)
  useFileDrop()
  // Child effects (keyboard shortcuts among them) run before this one: once set, the app answers keys.
  useEffect(() => {
    document.documentElement.dataset['appReady'] = 'true'
    preloadRunScreen()
  }, [])

  return (
    <div className="shell">
      <Nav current={route} onNavigate={setRoute} sessionActive={isSessionActive(view)} />
      <main className="shell__main" id="main">
        <DataFolderBanner />
        <NoticeBanner />
        <RecoveryPrompt />
        <ErrorBoundary key={route}>
          <Screen route={route} />
        </ErrorBoundary>
      </main>
    </div>
  )
}

function Screen({ route }: { route: RouteId }) {
  switch (route) {
    case 'settings':
      return <SettingsPage />
    case 'circuits':
      return <CircuitsPage />
    case 'run':
      return <RunPage />
    case 'history':
      return <HistoryPage />
  }
}
