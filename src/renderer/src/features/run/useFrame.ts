// Runs a callback on every animation frame while mounted: the display reads the time, it never counts it.
import { useEffect, useRef } from 'react'

export function useFrame(callback: (now: number) => void): void {
  const latest = useRef(callback)
  useEffect(() => {
    latest.current = callback
  })
  useEffect(() => {
    let id = requestAnimationFrame(function frame(now) {
      latest.current(now)
      id = requestAnimationFrame(frame)
    })
    return () => cancelAnimationFrame(id)
  }, [])
}
