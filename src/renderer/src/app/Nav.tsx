// Main navigation: buttons reachable by Tab, plus Ctrl/Cmd+1..4 from anywhere.
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ROUTES, type RouteId } from './routes'

interface Props {
  current: RouteId
  onNavigate: (route: RouteId) => void
  sessionActive?: boolean
}

export function Nav({ current, onNavigate, sessionActive = false }: Props) {
  const { t } = useTranslation('app')
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      const route = ROUTES.find((r) => r.key === event.key)
      if (route) {
        event.preventDefault()
        onNavigate(route.id)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onNavigate])

  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <span className="nav__brand" aria-hidden="true">
        Cadence
      </span>
      {ROUTES.map((route) => (
        <button
          key={route.id}
          type="button"
          className="nav__item"
          aria-current={current === route.id ? 'page' : undefined}
          aria-keyshortcuts={`Control+${route.key}`}
          onClick={() => onNavigate(route.id)}
        >
          {t(`nav.${route.id}`)}
          {route.id === 'run' && sessionActive && (
            <span className="nav__live"> ● {t('nav.inProgress')}</span>
          )}
        </button>
      ))}
    </nav>
  )
}
