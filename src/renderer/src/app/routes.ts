// The app's top-level screens, in navigation order, with their keyboard shortcuts (Ctrl/Cmd + digit).
export const ROUTES = [
  { id: 'circuits', label: 'Circuits', key: '1' },
  { id: 'run', label: 'Run', key: '2' },
  { id: 'history', label: 'History', key: '3' },
  { id: 'settings', label: 'Settings', key: '4' },
] as const

export type RouteId = (typeof ROUTES)[number]['id']
