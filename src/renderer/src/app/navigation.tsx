// Which screen is showing, shared so that any feature can move the user (starting a run opens Run).
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import type { RouteId } from './routes'

interface Navigation {
  route: RouteId
  navigate: (route: RouteId) => void
}

const NavigationContext = createContext<Navigation | null>(null)

export function NavigationProvider({
  children,
  initial = 'circuits',
}: {
  children: ReactNode
  initial?: RouteId
}) {
  const [route, navigate] = useState<RouteId>(initial)
  const value = useMemo(() => ({ route, navigate }), [route])
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext)
  if (!value) throw new Error('useNavigation needs a NavigationProvider above it.')
  return value
}
