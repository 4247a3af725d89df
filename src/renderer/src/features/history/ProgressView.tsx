// Streaks, sessions and minutes for the last 12 weeks, and logged loads per exercise, charted with recharts.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
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
import { formatName, scoreWords } from '@shared/history/scoreWords'
import { formatList, formatNumber } from '@shared/i18n/format'
import { useWording } from '@renderer/i18n/useWording'
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

/** Days on an axis as everywhere else in History: "20 Sep", in the reader's language. */
const shortDay = (day: string, lang: string) =>
  formatDay(day, lang, { day: 'numeric', month: 'short' })

export default function ProgressView({ overview }: { overview: Overview }) {
  const { t } = useTranslation('history')
  const { lang } = useWording()
  const chart = { ...chartStyle(), lang, t }
  const weeks = useMemo(
    () =>
      overview.weeks.map((w) => ({
        ...w,
        label: shortDay(w.week, lang),
      })),
    [overview.weeks, lang]
  )
  return (
    <section aria-labelledby="progress-title" className="progress">
      <h2 id="progress-title" className="visually-hidden">
        {t('tabs.progress')}
      </h2>
      <StreakStats streak={overview.streaks} weeks={weeks} />
      <p className="muted">{t('progress.streakHint')}</p>
      <PersonalRecords records={overview.records} />
      <WeeklyChart weeks={weeks} chart={chart} />
      <LoadChart loads={overview.loads} chart={chart} />
    </section>
  )
}

type Weeks = Array<Overview['weeks'][number] & { label: string }>
type ChartStyle = ReturnType<typeof chartStyle> & { lang: string; t: TFunction<'history'> }

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
  const { t } = useTranslation('history')
  const { lang } = useWording()
  const sum = (field: 'sessions' | 'minutes') =>
    formatNumber(
      weeks.reduce((n, w) => n + w[field], 0),
      lang
    )
  return (
    <dl className="finish__stats">
      <div>
        <dt>{t('progress.current')}</dt>
        <dd data-testid="current-streak">{t('progress.weeks', { count: streak.current })}</dd>
      </div>
      <div>
        <dt>{t('progress.longest')}</dt>
        <dd data-testid="longest-streak">{t('progress.weeks', { count: streak.longest })}</dd>
      </div>
      <div>
        <dt>{t('progress.sessions12')}</dt>
        <dd data-testid="sessions-12-weeks">{sum('sessions')}</dd>
      </div>
      <div>
        <dt>{t('progress.minutes12')}</dt>
        <dd data-testid="minutes-12-weeks">{sum('minutes')}</dd>
      </div>
    </dl>
  )
}

function PersonalRecords({ records }: { records: Overview['records'] }) {
  const { t } = useTranslation('history')
  const w = useWording()
  if (records.length === 0) return null
  return (
    <>
      <h3>{t('progress.records')}</h3>
      <ul className="scores" data-testid="records">
        {records.map((r) =>
          r.best.map((b) => (
            <li key={`${r.circuitId}-${b.block}`}>
              <strong>{r.circuitName}</strong> ·{' '}
              {t('score.plain', {
                format: formatName(b.score.format, w),
                score: scoreWords(b.score, w),
              })}{' '}
              <span className="muted">({formatDay(localDay(b.startedAt), w.lang)})</span>
            </li>
          ))
        )}
      </ul>
    </>
  )
}

/** Sessions and minutes each get a chart of their own: one y-axis each, labelled, never two on one chart. */
function WeeklyChart({ weeks, chart }: { weeks: Weeks; chart: ChartStyle }) {
  const { t } = chart
  return (
    <div className="charts">
      <WeekBars
        weeks={weeks}
        chart={chart}
        field="sessions"
        title={t('progress.sessionsPerWeek')}
        unit={t('progress.sessionsAxis')}
      />
      <WeekBars
        weeks={weeks}
        chart={chart}
        field="minutes"
        title={t('progress.minutesPerWeek')}
        unit={t('progress.minutesAxis')}
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
  const { colours, axis, tooltip, yLabel, t, lang } = chart
  const values = weeks.map((w) =>
    t('progress.point', { label: w.label, value: formatNumber(w[field], lang) })
  )
  return (
    <figure className="chart-card">
      <figcaption>{title}</figcaption>
      <div
        className="chart"
        role="img"
        aria-label={t('progress.chartLabel', { title, values: formatList(values, lang) })}
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
  const { colours, axis, tooltip, yLabel, t, lang } = chart
  const exercises = useMemo(() => Object.keys(byExercise).sort(), [byExercise])
  const [exercise, setExercise] = useState<string>('')
  const chosen = exercise || exercises[0] || ''
  const loads = byExercise[chosen] ?? []
  return (
    <>
      <h3>{t('progress.loadTitle')}</h3>
      {exercises.length === 0 ? (
        <p className="muted">{t('progress.loadEmpty')}</p>
      ) : (
        <>
          <label>
            {t('progress.exercise')}{' '}
            <select value={chosen} onChange={(e) => setExercise(e.target.value)}>
              {exercises.map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </label>
          <div
            className="chart"
            role="img"
            aria-label={t('progress.loadLabel', {
              name: chosen,
              values: formatList(
                loads.map((l) =>
                  t('progress.load', { value: formatNumber(l.value, lang), unit: l.unit })
                ),
                lang
              ),
            })}
          >
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={loads} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
                <CartesianGrid stroke={colours.grid} />
                <XAxis
                  dataKey="day"
                  {...axis}
                  tickFormatter={(day: string) => shortDay(day, lang)}
                />
                <YAxis
                  {...axis}
                  label={yLabel(
                    loads[0]?.unit === 'band' ? t('progress.bandLevel') : (loads[0]?.unit ?? '')
                  )}
                />
                <Tooltip
                  {...tooltip}
                  labelFormatter={(day) => (typeof day === 'string' ? formatDay(day, lang) : '')}
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
