// Streaks, sessions and minutes for the last 12 weeks, and logged loads per exercise, charted with recharts.
import { useMemo, useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { Overview } from '@shared/history/overview'
import { formatDay } from './useHistory'
import { FORMAT_NAMES, scoreText } from '@shared/model/score'
import { localDay } from '@shared/history/stats'

/** Chart colours follow the theme: read from the CSS variables in force. */
function themeColours() {
  const css = getComputedStyle(document.documentElement)
  const v = (name: string) => css.getPropertyValue(name).trim()
  return {
    accent: v('--accent'),
    text: v('--text'),
    muted: v('--muted'),
    grid: v('--border'),
    surface: v('--surface'),
    second: '#f97316',
  }
}

export default function ProgressView({ overview }: { overview: Overview }) {
  const chart = chartStyle()
  const weeks = useMemo(
    () =>
      overview.weeks.map((w) => ({
        ...w,
        label: formatDay(w.week, { day: 'numeric', month: 'short' }),
      })),
    [overview.weeks]
  )
  return (
    <section aria-labelledby="progress-title" className="progress">
      <h2 id="progress-title" className="visually-hidden">
        Progress
      </h2>
      <StreakStats streak={overview.streaks} weeks={weeks} />
      <p className="muted">A streak counts weeks in a row that meet your weekly plan.</p>
      <PersonalRecords records={overview.records} />
      <WeeklyChart weeks={weeks} chart={chart} />
      <LoadChart loads={overview.loads} chart={chart} />
    </section>
  )
}

type Weeks = Array<Overview['weeks'][number] & { label: string }>
type ChartStyle = ReturnType<typeof chartStyle>

/** The theme's colours, and the axis and tooltip styles every chart shares. */
function chartStyle() {
  const colours = themeColours()
  return {
    colours,
    axis: { stroke: colours.muted, tick: { fill: colours.muted, fontSize: 12 } },
    tooltip: {
      contentStyle: {
        background: colours.surface,
        border: `1px solid ${colours.grid}`,
        color: colours.text,
      },
    },
  }
}

function StreakStats({ streak, weeks }: { streak: Overview['streaks']; weeks: Weeks }) {
  return (
    <div className="finish__stats">
      <div>
        <dt>Current streak</dt>
        <dd data-testid="current-streak">
          {streak.current} {streak.current === 1 ? 'week' : 'weeks'}
        </dd>
      </div>
      <div>
        <dt>Longest streak</dt>
        <dd data-testid="longest-streak">
          {streak.longest} {streak.longest === 1 ? 'week' : 'weeks'}
        </dd>
      </div>
      <div>
        <dt>Sessions, last 12 weeks</dt>
        <dd data-testid="sessions-12-weeks">{weeks.reduce((n, w) => n + w.sessions, 0)}</dd>
      </div>
      <div>
        <dt>Minutes, last 12 weeks</dt>
        <dd data-testid="minutes-12-weeks">{weeks.reduce((n, w) => n + w.minutes, 0)}</dd>
      </div>
    </div>
  )
}

function PersonalRecords({ records }: { records: Overview['records'] }) {
  if (records.length === 0) return null
  return (
    <>
      <h3>Personal records</h3>
      <ul className="scores" data-testid="records">
        {records.map((r) =>
          r.best.map((b) => (
            <li key={`${r.circuitId}-${b.block}`}>
              <strong>{r.circuitName}</strong> · {FORMAT_NAMES[b.score.format]} {scoreText(b.score)}{' '}
              <span className="muted">({formatDay(localDay(b.startedAt))})</span>
            </li>
          ))
        )}
      </ul>
    </>
  )
}

function WeeklyChart({ weeks, chart }: { weeks: Weeks; chart: ChartStyle }) {
  const { colours, axis, tooltip } = chart
  return (
    <>
      <h3>Sessions and minutes per week</h3>
      <div
        className="chart"
        role="img"
        aria-label={`Sessions per week for 12 weeks: ${weeks.map((w) => `${w.label} ${w.sessions}`).join(', ')}`}
      >
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={weeks} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" {...axis} />
            <YAxis yAxisId="s" allowDecimals={false} {...axis} />
            <YAxis yAxisId="m" orientation="right" {...axis} />
            <Tooltip {...tooltip} />
            <Legend wrapperStyle={{ color: colours.text }} />
            <Bar
              yAxisId="s"
              dataKey="sessions"
              name="Sessions"
              fill={colours.accent}
              isAnimationActive={false}
            />
            <Bar
              yAxisId="m"
              dataKey="minutes"
              name="Minutes"
              fill={colours.second}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </>
  )
}

function LoadChart({ loads: byExercise, chart }: { loads: Overview['loads']; chart: ChartStyle }) {
  const { colours, axis, tooltip } = chart
  const exercises = useMemo(() => Object.keys(byExercise).sort(), [byExercise])
  const [exercise, setExercise] = useState<string>('')
  const chosen = exercise || exercises[0] || ''
  const loads = byExercise[chosen] ?? []
  return (
    <>
      <h3>Load over time</h3>
      {exercises.length === 0 ? (
        <p className="muted">
          Log the weight or band you used on the finish screen, and each exercise's progress shows
          here.
        </p>
      ) : (
        <>
          <label>
            Exercise{' '}
            <select value={chosen} onChange={(e) => setExercise(e.target.value)}>
              {exercises.map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </label>
          <div
            className="chart"
            role="img"
            aria-label={`${chosen}: ${loads.map((l) => `${l.value} ${l.unit}`).join(', ')}`}
          >
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={loads} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
                <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" />
                <XAxis dataKey="day" {...axis} />
                <YAxis {...axis} />
                <Tooltip {...tooltip} />
                <Line
                  type="monotone"
                  dataKey="value"
                  name={`${chosen} (${loads[0]?.unit ?? ''})`}
                  stroke={colours.accent}
                  strokeWidth={3}
                  dot
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </>
  )
}
