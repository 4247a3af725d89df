// Every session's summary, loaded once per visit to History and shared by its views; reloaded after changes.
import { useCallback, useEffect, useState } from 'react'
import type { SessionSummary } from '../../../../shared/model/session'
import { messageOf, unwrap } from '../../lib/api'

export function useHistory() {
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    try {
      setSessions(await unwrap(window.api.historySummaries()))
      setError(null)
    } catch (e) {
      setError(`Could not load your history: ${messageOf(e)}`)
    }
  }, [])
  useEffect(() => {
    unwrap(window.api.historySummaries())
      .then(setSessions)
      .catch((e: unknown) => setError(`Could not load your history: ${messageOf(e)}`))
  }, [])
  return { sessions, error, reload }
}

export const today = (): string => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export const formatDay = (
  day: string,
  options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }
) => new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { ...options, timeZone: 'UTC' })

/** The time of day as it was where the session happened (from its own offset). */
export const localTime = (iso: string) => iso.slice(11, 16)

export const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`
