// The app's top-level screens, in navigation order, with their keyboard shortcuts (Ctrl/Cmd + digit);
// their names are in locales/<lang>/app.json under nav.
export const ROUTES = [
  { id: 'circuits', key: '1' },
  { id: 'run', key: '2' },
  { id: 'history', key: '3' },
  { id: 'settings', key: '4' },
] as const

export type RouteId = (typeof ROUTES)[number]['id']
