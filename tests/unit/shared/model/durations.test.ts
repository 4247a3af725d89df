import { describe, expect, it } from 'vitest'
import { formatClock, formatDuration } from '@shared/model/durations'

describe('durations in words', () => {
  it.each([
    [0, '0 s', '0 seconds'],
    [1_000, '1 s', '1 second'],
    [40_400, '40 s', '40 seconds'],
    [60_000, '1 min', '1 minute'],
    [61_000, '1 min 1 s', '1 minute 1 second'],
    [125_000, '2 min 5 s', '2 minutes 5 seconds'],
    [3_600_000, '60 min', '60 minutes'],
  ])('%d ms reads "%s" and is said "%s"', (ms, shown, spoken) => {
    expect(formatDuration(ms)).toBe(shown)
    expect(formatDuration(ms, 'spoken')).toBe(spoken)
  })
})

describe('durations as a clock', () => {
  it('counts down showing the second still running, and up showing whole seconds', () => {
    expect(formatClock(2_001, true)).toBe('0:03')
    expect(formatClock(2_999, false)).toBe('0:02')
    expect(formatClock(3_725_000, false)).toBe('1:02:05')
    expect(formatClock(-5, true)).toBe('0:00')
  })
})
