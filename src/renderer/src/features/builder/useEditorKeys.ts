// The editor's shortcuts: Ctrl/Cmd+S saves, Ctrl/Cmd+Z undoes the latest removal (outside text fields,
// where it keeps undoing typing as the user expects).
import { useEffect, useRef } from 'react'

const typingIn = (el: Element | null) =>
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'color'].includes(el.type))

export function useEditorKeys(on: { save: () => void; undo: () => boolean }) {
  // The latest handlers, without re-adding the listener on every render.
  const latest = useRef(on)
  useEffect(() => {
    latest.current = on
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return
      const key = e.key.toLowerCase()
      if (key === 's') {
        e.preventDefault()
        latest.current.save()
      } else if (key === 'z' && !typingIn(document.activeElement)) {
        if (latest.current.undo()) e.preventDefault()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
