import { describe, expect, it } from 'vitest'
import {
  addDays,
  byDay,
  localDay,
  localeFirstDay,
  meetsPlan,
  streaks,
  weekCounts,
  weekOf,
  weeklyTotals,
} from '@shared/history/stats'
import { csvField, csvRow } from '@shared/history/csv'
import type { SessionSummary } from '@shared/model/session'

const plan = { strength: 3, hiit: 2, cardio: 1, mobility: 1 }

function s(
  startedAt: string,
  category: SessionSummary['category'],
  extra: Partial<SessionSummary> = {}
): SessionSummary {
  return {
    id: startedAt + category,
    circuitId: category,
    circuitName: category,
    category,
    startedAt,
    endedAt: startedAt,
    timeZone: 'Europe/Paris',
    status: 'completed',
    activeMs: 30 * 60_000,
    roundsCompleted: 3,
    rpe: 7,
    kcal: 200,
    steps: 20,
    skippedSteps: 0,
    ...extra,
  }
}

/** A week of sessions meeting the plan, starting on a Monday. */
function fullWeek(monday: string): SessionSummary[] {
  const at = (d: number, h: string) => `${addDays(monday, d)}T${h}:00:00.000+01:00`
  return [
    s(at(0, '07'), 'strength'),
    s(at(1, '07'), 'hiit'),
    s(at(2, '07'), 'strength'),
    s(at(3, '07'), 'cardio'),
    s(at(4, '07'), 'strength'),
    s(at(5, '07'), 'hiit'),
    s(at(6, '07'), 'mobility'),
  ]
}

describe('days and weeks', () => {
  it("puts a session on the day it was done where it was done, whatever the viewer's zone", () => {
    // 23:30 in Paris is already the next day in UTC: it still counts for the 21st.
    expect(localDay('2026-11-21T23:30:00.000+01:00')).toBe('2026-11-21')
    // After flying to New York, an early session keeps its own local date.
    expect(localDay('2026-11-22T06:00:00.000-05:00')).toBe('2026-11-22')
    expect(
      byDay([
        s('2026-11-21T23:30:00.000+01:00', 'hiit'),
        s('2026-11-21T07:00:00.000+01:00', 'hiit'),
      ]).get('2026-11-21')
    ).toEqual({ sessions: 2, minutes: 60 })
  })

  it("starts weeks on the locale's first day", () => {
    expect(weekOf('2026-11-21', 1)).toBe('2026-11-16') // Saturday -> Monday
    expect(weekOf('2026-11-21', 0)).toBe('2026-11-15') // -> Sunday
    expect(weekOf('2026-11-21', 6)).toBe('2026-11-21') // Saturday-start weeks
    expect(weekOf('2026-01-01', 1)).toBe('2025-12-29') // across the year end
    expect(localeFirstDay('en-GB')).toBe(1)
    expect(localeFirstDay('en-US')).toBe(0)
    expect(localeFirstDay('not a locale!')).toBe(1)
  })

  it('counts completed sessions per category for a week, against the plan', () => {
    const week = fullWeek('2026-11-16')
    const done = weekCounts(
      [...week, s('2026-11-18T09:00:00.000+01:00', 'hiit', { status: 'stopped' })],
      '2026-11-16',
      1
    )
    expect(done).toEqual({ strength: 3, hiit: 2, cardio: 1, mobility: 1 })
    expect(meetsPlan(done, plan)).toBe(true)
    expect(meetsPlan({ ...done, mobility: 0 }, plan)).toBe(false)
  })
})

describe('streaks', () => {
  it('counts consecutive weeks meeting the plan across a year end', () => {
    const sessions = [
      ...fullWeek('2025-12-15'),
      ...fullWeek('2025-12-22'),
      ...fullWeek('2025-12-29'),
      ...fullWeek('2026-01-05'),
    ]
    expect(streaks(sessions, plan, '2026-01-08', 1)).toEqual({ current: 4, longest: 4 })
  })

  it('does not break the current streak for a week still in progress, and remembers the longest', () => {
    const sessions = [
      ...fullWeek('2026-10-05'),
      ...fullWeek('2026-10-12'),
      ...fullWeek('2026-10-19'),
      ...fullWeek('2026-11-09'),
    ]
    // The week of the 16th has just begun: the streak is the week of the 9th alone.
    expect(
      streaks([...sessions, s('2026-11-16T07:00:00.000+01:00', 'hiit')], plan, '2026-11-17', 1)
    ).toEqual({ current: 1, longest: 3 })
    expect(streaks(sessions, plan, '2026-11-30', 1)).toEqual({ current: 0, longest: 3 })
  })

  it('is unmoved by a session logged in another time zone near midnight', () => {
    const week = fullWeek('2026-11-09')
    // The Sunday stretch was done at 23:30 in New York: still Sunday there, so still that week.
    week[6] = s('2026-11-15T23:30:00.000-05:00', 'mobility')
    expect(streaks(week, plan, '2026-11-16', 1).current).toBe(1)
  })
})

describe('weekly totals', () => {
  it('gives sessions and minutes for the last 12 weeks, oldest first, with empty weeks as zero', () => {
    const totals = weeklyTotals(
      [...fullWeek('2026-11-09'), s('2026-08-20T07:00:00.000+01:00', 'hiit')],
      '2026-11-21',
      1
    )
    expect(totals).toHaveLength(12)
    expect(totals[0]!.week).toBe('2026-08-31')
    expect(totals.at(-1)).toEqual({ week: '2026-11-16', sessions: 0, minutes: 0 })
    expect(totals.at(-2)).toEqual({ week: '2026-11-09', sessions: 7, minutes: 210 })
    expect(totals.reduce((n, t) => n + t.sessions, 0)).toBe(7)
  })
})

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks, keeps unicode, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('ünïcødé 💪')).toBe('ünïcødé 💪')
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField(-5)).toBe('-5')
    expect(csvField(null)).toBe('')
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n')
  })
})

describe('history overview (computed in main)', () => {
  it('gives the calendar days in range, circuits, streaks, weekly totals and loads', async () => {
    const { overview } = await import('@shared/history/overview')
    const week = fullWeek('2026-11-09')
    week[0] = { ...week[0]!, loads: [{ exerciseName: 'Rows', value: 40, unit: 'kg' }] }
    week[2] = { ...week[2]!, loads: [{ exerciseName: 'Rows', value: 42.5, unit: 'kg' }] }
    const result = overview([...week, s('2025-01-01T07:00:00.000+01:00', 'hiit')], {
      today: '2026-11-17',
      firstDay: 1,
      plan,
      calendarFrom: '2025-11-17',
    })
    expect(result.total).toBe(8)
    expect(Object.keys(result.days)).toHaveLength(7)
    expect(result.circuits.map((c) => c.name)).toEqual(['cardio', 'hiit', 'mobility', 'strength'])
    expect(result.streaks).toEqual({ current: 1, longest: 1 })
    expect(result.weeks.at(-2)).toEqual({ week: '2026-11-09', sessions: 7, minutes: 210 })
    expect(result.loads['Rows']).toEqual([
      { day: '2026-11-09', value: 40, unit: 'kg' },
      { day: '2026-11-11', value: 42.5, unit: 'kg' },
    ])
  })
})

describe('calendar arithmetic', () => {
  it('agrees with the platform calendar on every day across four centuries of leap rules', () => {
    for (let n = -40_000; n <= 60_000; n += 7) {
      const day = new Date(n * 86_400_000).toISOString().slice(0, 10)
      expect(addDays(day, 0)).toBe(day)
      expect(addDays(day, 1)).toBe(new Date((n + 1) * 86_400_000).toISOString().slice(0, 10))
    }
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01')
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29')
  })
})
