// The app shell: navigation plus the current screen, themed from settings.
import { useState } from 'react'
import { Nav } from './Nav'
import type { RouteId } from './routes'
import { useTheme } from './useTheme'
import { SettingsPage } from '../features/settings/SettingsPage'
import { SettingsProvider, useSettings } from '../features/settings/SettingsContext'
import { ErrorBoundary } from './ErrorBoundary'
import { NoticeBanner } from './NoticeBanner'
import { useSystemEvents } from '../lib/useSystemEvents'

export function App() {
  return (
    <SettingsProvider>
      <Shell />
    </SettingsProvider>
  )
}

function Shell() {
  const { settings } = useSettings()
  const [route, setRoute] = useState<RouteId>('circuits')
  useTheme(settings.theme)
  useSystemEvents((event) => {
    if (event.type === 'menu' && event.command.startsWith('navigate:')) {
      setRoute(event.command.slice('navigate:'.length) as RouteId)
    }
  })

  return (
    <div className="shell">
      <Nav current={route} onNavigate={setRoute} />
      <main className="shell__main" id="main">
        <NoticeBanner />
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
      return <EmptyScreen title="Circuits" text="Your circuits will be listed here." />
    case 'run':
      return <EmptyScreen title="Run" text="Pick a circuit to start a session." />
    case 'history':
      return <EmptyScreen title="History" text="Finished sessions will appear here." />
  }
}

function EmptyScreen({ title, text }: { title: string; text: string }) {
  return (
    <section className="page" aria-labelledby={`${title}-title`}>
      <h1 id={`${title}-title`}>{title}</h1>
      <p className="muted">{text}</p>
    </section>
  )
}
