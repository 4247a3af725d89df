// The presets, where you see them: Start runs one straight away; "Use preset" copies it into your circuits
// once (after that it offers to edit the copy, so pressing twice never makes two copies unasked).
import { useTranslation } from 'react-i18next'
import { compilePlan } from '@shared/engine/plan'
import type { CircuitSummary } from '@shared/model/circuitSummary'
import { formatDuration } from '@shared/i18n/format'
import {
  EXERCISES,
  PRESETS,
  circuitFromPreset,
  localizePreset,
  presetRunCircuit,
  type Preset,
} from '@shared/library'
import { useWording } from '@renderer/i18n/useWording'
import { useToast } from '@renderer/app/Toast'
import { newId } from '@renderer/lib/ids'
import { useRunSession } from '../run/RunSessionProvider'
import type { CircuitActions } from './useCircuitActions'

interface Props {
  /** Your circuits, to tell which presets you already copied (by name: a copy starts with the preset's). */
  circuits: CircuitSummary[] | null
  on: CircuitActions
}

export function PresetList({ circuits, on }: Props) {
  const { t } = useTranslation('builder')
  const w = useWording()
  return (
    <>
      <h2 id="presets-title">{t('presets.title')}</h2>
      <ul className="picker" aria-labelledby="presets-title">
        {PRESETS.map((english) => {
          const p = localizePreset(english, EXERCISES, w.t)
          // A copy made in another language carries that language's name.
          const copy = circuits?.find((c) => c.name === p.name || c.name === english.name)
          return <PresetRow key={p.id} preset={p} copy={copy} on={on} />
        })}
      </ul>
    </>
  )
}

function PresetRow({
  preset: p,
  copy,
  on,
}: {
  preset: Preset
  copy: CircuitSummary | undefined
  on: CircuitActions
}) {
  const toast = useToast()
  const { t } = useTranslation('builder')
  const { lang } = useWording()
  const { open } = useRunSession()
  const run = presetRunCircuit(p)
  const start = () => open(run)
  const use = () =>
    void on
      .add(circuitFromPreset(p, newId(), new Date().toISOString()))
      .then((added) => added && toast(t('presets.added', { name: p.name })))
  return (
    <li className="picker__item picker__item--wide">
      <span className="picker__swatch" style={{ background: p.color }} aria-hidden="true" />
      <span className="picker__name">{p.name}</span>
      <span className="picker__meta">
        {formatDuration(compilePlan(run).totals.durationMs / 1000, lang, 'short')} · {p.description}
      </span>
      <span className="picker__buttons">
        <button
          type="button"
          className="button button--primary"
          aria-label={t('presets.startLabel', { name: p.name })}
          onClick={start}
        >
          {t('presets.start')}
        </button>
        {copy ? (
          <button
            type="button"
            className="button"
            aria-label={t('presets.editCopyLabel', { name: p.name })}
            onClick={() => on.edit(copy)}
          >
            {t('presets.editCopy')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            aria-label={t('presets.useLabel', { name: p.name })}
            title={t('presets.useTitle')}
            onClick={use}
          >
            {t('presets.use')}
          </button>
        )}
      </span>
    </li>
  )
}
