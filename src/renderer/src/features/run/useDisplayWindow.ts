// The TV display window, from the main window's side: open or close it. Main hands it every frame of
// the session (it draws, this window keeps the controls).
import { useCallback, useState } from 'react'
import { useAction } from '@renderer/lib/useApi'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'

export interface DisplayWindow {
  open: boolean
  toggle: () => void
}

export function useDisplayWindow(displayId: number | null): DisplayWindow {
  const [open, setOpen] = useState(false)
  const openDisplay = useAction('openDisplay', () => window.api.openDisplay({ displayId }))
  const closeDisplay = useAction('closeDisplay', () => window.api.closeDisplay())
  useSystemEvents((event) => {
    if (event.type === 'display') setOpen(event.open)
  })
  const toggle = useCallback(() => {
    if (open) void closeDisplay.run().then((done) => done && setOpen(false))
    else void openDisplay.run().then((done) => done && setOpen(true))
  }, [open, openDisplay, closeDisplay])
  return { open, toggle }
}
