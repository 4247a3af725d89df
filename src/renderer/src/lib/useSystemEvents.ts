// Subscribes to what main pushes (suspend, menu commands, notices) for as long as the component is mounted.
import { useEffect, useRef } from 'react'
import type { SystemEvent } from '@shared/ipc/contract'

export function useSystemEvents(listener: (event: SystemEvent) => void): void {
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => window.api.onSystemEvent((event) => latest.current(event)), [])
}
