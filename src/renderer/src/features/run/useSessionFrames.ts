// Follows the session that lives in main: its latest frame on load (so a reload comes back to a running
// session), every new frame after, and how far this page's clock is from the session clock (a few pings,
// the shortest round trip wins), so the screen draws its digits itself from the planned instants.
import { useCallback, useEffect, useState } from 'react'
import { clockOffset, type OffsetSample } from '@shared/remote/clockOffset'
import type { RunView } from '@shared/run/runView'
import type { SessionFrame } from '@shared/session/sessionCommands'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'

const PINGS = 3
/** A foreseen frame counts as this much older than now, so main's answer replaces it however it races. */
const FORESEEN_AGE_MS = 1_000

export interface SessionFrames {
  view: RunView | null
  /** Shows a frame this page foresaw (Start) until main's own arrives, which always wins. */
  foresee: (view: RunView) => void
  /** Session clock minus this page's performance.now(), in ms. */
  offsetMs: number
}

async function measureOffset(): Promise<number | null> {
  const samples: OffsetSample[] = []
  for (let i = 0; i < PINGS; i++) {
    const sentAt = performance.now()
    const result = await window.api.sessionNow()
    if (result.ok)
      samples.push({ sentAt, receivedAt: performance.now(), serverNow: result.value.now })
  }
  return clockOffset(samples)
}

export function useSessionFrames(): SessionFrames {
  const [frame, setFrame] = useState<SessionFrame | null>(null)
  // The answer to the first request may come after a newer pushed frame: the newest wins.
  const take = (next: SessionFrame) =>
    setFrame((prev) => (prev && prev.sentAt > next.sentAt ? prev : next))
  const [offsetMs, setOffsetMs] = useState(0)
  useEffect(() => {
    let current = true
    const measure = () =>
      void measureOffset().then((offset) => {
        if (current && offset !== null) setOffsetMs(offset)
      })
    // Once per page load: both clocks are monotonic on one machine, so the offset holds.
    measure()
    void window.api.sessionFrame().then((result) => {
      if (current && result.ok) take(result.value)
    })
    return () => {
      current = false
    }
  }, [])
  useSystemEvents((event) => {
    if (event.type === 'session') take(event.frame)
  })
  const foresee = useCallback(
    (view: RunView) => setFrame({ view, sentAt: performance.now() + offsetMs - FORESEEN_AGE_MS }),
    [offsetMs]
  )
  return { view: frame?.view ?? null, offsetMs, foresee }
}
