// The Run screen: the session in progress if there is one, otherwise a choice of what to run.
import { CircuitPicker } from './CircuitPicker'
import { RunScreen } from './RunScreen'
import { useRunSession } from './RunSessionProvider'

export function RunPage() {
  const { view } = useRunSession()
  return view ? <RunScreen key={view.sessionId} view={view} /> : <CircuitPicker />
}
