// The Run screen: the session in progress if there is one, otherwise a choice of what to run.
import { onDemand } from '@renderer/app/onDemand'
import { CircuitPicker } from './CircuitPicker'
import { useRunSession } from './RunSessionProvider'

// The run screen's code (its face, demos and finish panel) is not part of the first paint: it loads as soon
// as the app has painted (App's ready effect calls `preloadRunScreen`), long before anyone can press Start.
const RunScreen = onDemand(() => import('./RunScreen').then((m) => m.RunScreen), 'run')
export const preloadRunScreen = RunScreen.preload

export function RunPage() {
  const { view } = useRunSession()
  return view ? <RunScreen key={view.sessionId} view={view} /> : <CircuitPicker />
}
