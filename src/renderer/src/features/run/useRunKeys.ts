// The run screen owns the keyboard while a session is on it: each key in the shortcut table becomes its
// action, except where a control or a text field has a use for the key itself.
import { useEffect, useRef } from 'react'
import { isTypingTarget } from '@renderer/lib/keys'
import { actionForKey, type RunAction } from './runKeys'

/** Listens while `enabled`; `act` may change every render, the listener always calls the newest. */
export function useRunKeys(act: (action: RunAction) => void, enabled: boolean): void {
  const actRef = useRef(act)
  useEffect(() => {
    actRef.current = act
  })
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.defaultPrevented || isTypingTarget(event.target)) return
      const action = actionForKey(event.key)
      if (!action) return
      // Buttons keep their own Space/Enter; everywhere else the run screen owns the keys.
      const target = event.target as HTMLElement | null
      if (
        (event.key === ' ' || event.key === 'Enter') &&
        target?.closest('button, input, textarea, select')
      )
        return
      event.preventDefault()
      actRef.current(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled])
}
