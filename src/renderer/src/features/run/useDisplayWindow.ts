// The TV display window, from the main window's side: open or close it, and while it is open, hand it
// every new view of the session (it draws, this window keeps the controls).
import { useCallback, useEffect, useState } from 'react'
import type { RunView } from '@shared/run/runView'
import { useAction } from '@renderer/lib/useApi'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'

export interface DisplayWindow {
  open: boolean
  toggle: () => void
}

export function useDisplayWindow(view: RunView | null, displayId: number | null): DisplayWindow {
  const [open, setOpen] = useState(false)
  const openDisplay = useAction('open the display window', () =>
    window.api.openDisplay({ displayId })
  )
  const closeDisplay = useAction('close the display window', () => window.api.closeDisplay())
  useSystemEvents((event) => {
    if (event.type === 'display') setOpen(event.open)
  })
  useEffect(() => {
    // Only our own view goes to our own display window; a failure shows as a stale display, not an error.
    if (open) void window.api.publishDisplay({ view, timeOrigin: performance.timeOrigin })
  }, [open, view])
  const toggle = useCallback(() => {
    if (open) void closeDisplay.run().then((done) => done && setOpen(false))
    else void openDisplay.run().then((done) => done && setOpen(true))
  }, [open, openDisplay, closeDisplay])
  return { open, toggle }
}
