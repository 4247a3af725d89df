// Wall-clock timestamps that keep the user's local offset, so history shows the time of day they trained.

/** "2026-11-21T07:30:00.000+01:00" for an instant and the offset east of UTC in minutes. */
export function isoWithOffset(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, -1)
  const sign = offsetMinutes >= 0 ? '+' : '-'
  const abs = Math.abs(offsetMinutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${local}${sign}${hh}:${mm}`
}

/** The local offset in force at an instant (JavaScript's getTimezoneOffset has the opposite sign). */
export function localOffsetMinutes(epochMs: number): number {
  return -new Date(epochMs).getTimezoneOffset()
}

export const localIso = (epochMs: number): string =>
  isoWithOffset(epochMs, localOffsetMinutes(epochMs))

/** The offset written in an ISO string, in minutes east of UTC. */
export function offsetOf(iso: string): number {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}
