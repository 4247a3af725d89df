// What to run: your circuits first (most recently used on top), then the presets.
import { useTranslation } from 'react-i18next'
import { formatDuration } from '@shared/i18n/format'
import { compilePlan } from '@shared/engine/plan'
import { EXERCISES, PRESETS, localizePreset, presetRunCircuit } from '@shared/library'
import { useAction, useQuery } from '@renderer/lib/useApi'
import { useRunSession } from './RunSessionProvider'
import { useWording } from '@renderer/i18n/useWording'

export function CircuitPicker() {
  const { open } = useRunSession()
  const { t } = useTranslation('run', { keyPrefix: 'picker' })
  const w = useWording()
  const length = (ms: number) => formatDuration(ms / 1000, w.lang, 'short')
  const { data: circuits, error } = useQuery('circuits', () => window.api.listCircuits())
  const load = useAction('openCircuit', (id: string) => window.api.getCircuit({ id }))

  const start = async (id: string) => {
    const circuit = await load.run(id)
    if (circuit) open(circuit)
  }

  return (
    <section className="page" aria-labelledby="run-title">
      <h1 id="run-title">{t('title')}</h1>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <h2>{t('yours')}</h2>
      {circuits && circuits.length === 0 && <p className="muted">{t('empty')}</p>}
      <ul className="picker">
        {circuits?.map((c) => (
          <li key={c.id} className="picker__item">
            <span
              className="picker__swatch"
              style={{ background: c.color ?? 'var(--accent)' }}
              aria-hidden="true"
            />
            <span className="picker__name">{c.name}</span>
            <span className="picker__meta">
              {t('meta', {
                length: length(c.totalMs),
                what: w.t('common:count.exercises', { count: c.exercises }),
              })}
            </span>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void start(c.id)}
              aria-label={t('startName', { name: c.name })}
            >
              {t('start')}
            </button>
          </li>
        ))}
      </ul>
      <h2>{t('presets')}</h2>
      <ul className="picker">
        {PRESETS.map((preset) => {
          // The preset in the reader's language, so the session and its history carry the words they read.
          const p = localizePreset(preset, EXERCISES, w.t)
          const circuit = presetRunCircuit(p)
          return (
            <li key={p.id} className="picker__item">
              <span className="picker__swatch" style={{ background: p.color }} aria-hidden="true" />
              <span className="picker__name">{p.name}</span>
              <span className="picker__meta">
                {t('meta', {
                  length: length(compilePlan(circuit).totals.durationMs),
                  what: p.description,
                })}
              </span>
              <button
                type="button"
                className="button button--primary"
                onClick={() => open(circuit)}
                aria-label={t('startName', { name: p.name })}
              >
                {t('start')}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
