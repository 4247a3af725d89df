// Follows the session that lives in main: its latest frame on load (so a reload comes back to a running
// session), every new frame after, and how far this page's clock is from the session clock (a few pings,
// the shortest round trip wins, measured again for each new session), so the screen draws its digits
// itself from the planned instants.
import { useCallback, useEffect, useRef, useState } from 'react'
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
  const [offsetMs, setOffsetMs] = useState(0)
  // The newest measurement wins, even over an older one that answers later.
  const latest = useRef(0)
  const measure = useCallback(() => {
    const mine = ++latest.current
    void measureOffset().then((offset) => {
      if (mine === latest.current && offset !== null) setOffsetMs(offset)
    })
  }, [])
  // The answer to the first request may come after a newer pushed frame: the newest wins.
  const take = useCallback((next: SessionFrame) => {
    setFrame((prev) => (prev && prev.sentAt > next.sentAt ? prev : next))
  }, [])
  useEffect(() => {
    let current = true
    measure()
    void window.api.sessionFrame().then((result) => {
      if (current && result.ok) take(result.value)
    })
    return () => {
      current = false
    }
  }, [measure, take])
  // Both clocks are monotonic on one machine, so the offset holds; measured again for each new session
  // all the same, so hours of drift or a suspended machine never reach a session's digits.
  const sessionId = frame?.view?.sessionId
  useEffect(() => {
    if (sessionId) measure()
  }, [sessionId, measure])
  useSystemEvents((event) => {
    if (event.type === 'session') take(event.frame)
  })
  const foresee = useCallback(
    (view: RunView) => setFrame({ view, sentAt: performance.now() + offsetMs - FORESEEN_AGE_MS }),
    [offsetMs]
  )
  return { view: frame?.view ?? null, offsetMs, foresee }
}
