// Streaks, sessions and minutes for the last 12 weeks, and logged loads per exercise, charted with recharts.
import { useMemo, useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
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

/** Chart colours are the design's chart palette for the theme in force (tokens.css). */
function themeColours() {
  const css = getComputedStyle(document.documentElement)
  const v = (name: string) => css.getPropertyValue(name).trim()
  return {
    first: v('--chart-1'),
    second: v('--chart-2'),
    text: v('--text'),
    axis: v('--chart-axis'),
    grid: v('--chart-grid'),
    surface: v('--surface'),
  }
}

/** Days on an axis as everywhere else in History: "20 Sep", in the user's locale. */
const shortDay = (day: string) => formatDay(day, { day: 'numeric', month: 'short' })

export default function ProgressView({ overview }: { overview: Overview }) {
  const chart = chartStyle()
  const weeks = useMemo(
    () =>
      overview.weeks.map((w) => ({
        ...w,
        label: shortDay(w.week),
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
    axis: { stroke: colours.axis, tick: { fill: colours.axis, fontSize: 12 } },
    /** A y-axis's title, read upwards beside it: each chart has one axis, and it says what it counts. */
    yLabel: (value: string) => ({
      value,
      angle: -90,
      position: 'insideLeft' as const,
      style: { fill: colours.axis, fontSize: 12, textAnchor: 'middle' as const },
    }),
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
    <dl className="finish__stats">
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
    </dl>
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

/** Sessions and minutes each get a chart of their own: one y-axis each, labelled, never two on one chart. */
function WeeklyChart({ weeks, chart }: { weeks: Weeks; chart: ChartStyle }) {
  return (
    <div className="charts">
      <WeekBars
        weeks={weeks}
        chart={chart}
        field="sessions"
        title="Sessions per week"
        unit="Sessions"
      />
      <WeekBars
        weeks={weeks}
        chart={chart}
        field="minutes"
        title="Minutes per week"
        unit="Minutes"
      />
    </div>
  )
}

function WeekBars(props: {
  weeks: Weeks
  chart: ChartStyle
  field: 'sessions' | 'minutes'
  title: string
  unit: string
}) {
  const { weeks, chart, field, title, unit } = props
  const { colours, axis, tooltip, yLabel } = chart
  return (
    <figure className="chart-card">
      <figcaption>{title}</figcaption>
      <div
        className="chart"
        role="img"
        aria-label={`${title}, last 12 weeks: ${weeks.map((w) => `${w.label} ${w[field]}`).join(', ')}`}
      >
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid stroke={colours.grid} vertical={false} />
            <XAxis dataKey="label" {...axis} />
            <YAxis allowDecimals={false} {...axis} label={yLabel(unit)} />
            <Tooltip {...tooltip} cursor={{ fill: colours.grid }} />
            <Bar
              dataKey={field}
              name={unit}
              fill={field === 'sessions' ? colours.first : colours.second}
              radius={[4, 4, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  )
}

function LoadChart({ loads: byExercise, chart }: { loads: Overview['loads']; chart: ChartStyle }) {
  const { colours, axis, tooltip, yLabel } = chart
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
                <CartesianGrid stroke={colours.grid} />
                <XAxis dataKey="day" {...axis} tickFormatter={shortDay} />
                <YAxis
                  {...axis}
                  label={yLabel(loads[0]?.unit === 'band' ? 'Band level' : (loads[0]?.unit ?? ''))}
                />
                <Tooltip
                  {...tooltip}
                  labelFormatter={(day) => (typeof day === 'string' ? formatDay(day) : '')}
                />
                <Line
                  type="monotone"
                  dataKey="value"
                  name={`${chosen} (${loads[0]?.unit ?? ''})`}
                  stroke={colours.first}
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
