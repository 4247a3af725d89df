// A small picture of a move for lists (the library dialog, the builder's rows): its key pose, still, which
// plays while its row is hovered or holds the focus. Still by default, so a list of 43 runs no animations.
import { useEffect, useRef, useState, type RefObject } from 'react'
import { demoFor } from '@shared/demo'
import { ExerciseDemo } from './ExerciseDemo'
import { useMediaList } from './useMediaList'

export function DemoThumb({ exerciseId, size = 56 }: { exerciseId?: string; size?: number }) {
  const box = useRef<HTMLSpanElement>(null)
  const active = useRowActive(box)
  // A copy gone missing shows the drawing here without a notice: a thumbnail has no room to explain.
  const own = useMediaList()[exerciseId ?? '']
  const media = own?.missing ? undefined : own
  const shown = exerciseId !== undefined && (media !== undefined || demoFor(exerciseId))
  return (
    // One box size for every move (wide ones letterbox), so the rows' words line up.
    <span ref={box} className="demo-thumb" style={{ height: size, width: size * 2 }}>
      {shown && (
        <ExerciseDemo exerciseId={exerciseId} fit media={media} animate={active} paused={!active} />
      )}
    </span>
  )
}

/** True while the list row around `box` has the pointer over it or the focus inside it. */
function useRowActive(box: RefObject<HTMLElement | null>): boolean {
  const [active, setActive] = useState(false)
  useEffect(() => {
    const row = box.current?.closest('li')
    if (!row) return
    const on = () => setActive(true)
    const off = (e: Event) => {
      const to = (e as FocusEvent).relatedTarget
      if (e.type === 'focusout' && to instanceof Node && row.contains(to)) return
      if (e.type === 'pointerleave' && row.contains(document.activeElement)) return
      setActive(false)
    }
    const events = [
      ['pointerenter', on],
      ['focusin', on],
      ['pointerleave', off],
      ['focusout', off],
    ] as const
    for (const [name, handler] of events) row.addEventListener(name, handler)
    return () => {
      for (const [name, handler] of events) row.removeEventListener(name, handler)
    }
  }, [box])
  return active
}
