// The live preview: totals, and a strip with every step coloured by phase, updating as you type.
import { useTranslation } from 'react-i18next'
import { compilePlan, KIND_LABELS, type StepKind } from '@shared/engine/plan'
import { formatDuration, formatNumber } from '@shared/i18n/format'
import type { Circuit } from '@shared/model/circuit'
import { PHASE_COLOURS } from '@shared/run/phase'
import { entryName, formatSentence } from '@shared/circuits/formatSentence'
import { useWording } from '@renderer/i18n/useWording'

/** A rep step has no length; it shows as this many seconds wide. */
const MANUAL_WIDTH_S = 30

/** Draws a circuit that can be run (the editor passes the part of it that can, while it has problems). */
export function TimelinePreview({ circuit }: { circuit: Circuit }) {
  const { t } = useTranslation('builder')
  const w = useWording()
  const { lang } = w
  const plan = compilePlan(circuit)
  const length = (ms: number) => formatDuration(ms / 1000, lang, 'short')
  const width = (ms: number | null) => (ms === null ? MANUAL_WIDTH_S * 1000 : ms)
  // The phase words are the run screen's (run:kind.*); English until they are there.
  const kindName = (kind: StepKind) => t(`run:kind.${kind}`, { defaultValue: KIND_LABELS[kind] })
  // An AMRAP writes out many rounds in advance; the strip shows one, as the user wrote it.
  const shown = plan.steps.filter((s) => !(s.format === 'amrap' && (s.round ?? 1) > 1))
  const total = shown.reduce((sum, s) => sum + width(s.durationMs), 0)
  const formats = circuit.blocks
    .map((b, i) => ({ i, words: formatSentence(b, circuit, w) }))
    .filter((f) => f.words !== null)
  const stepTitle = (s: (typeof shown)[number]) =>
    t('preview.stepTitle', {
      name: s.kind !== 'work' ? kindName(s.kind) : s.exercise ? entryName(s.exercise, w) : s.label,
      length: s.durationMs === null ? t('preview.untilDone') : length(s.durationMs),
    })
  const totalLength = length(plan.totals.durationMs)
  return (
    <div className="preview">
      <dl className="preview__totals" data-testid="preview-totals">
        <div>
          <dt>{t('preview.total')}</dt>
          <dd data-testid="total-time">
            {plan.totals.manualSteps
              ? t('preview.totalWithReps', { length: totalLength })
              : totalLength}
          </dd>
        </div>
        <div>
          <dt>{t('preview.work')}</dt>
          <dd>{length(plan.totals.workMs)}</dd>
        </div>
        <div>
          <dt>{t('preview.rest')}</dt>
          <dd>{length(plan.totals.restMs)}</dd>
        </div>
        <div>
          <dt>{t('preview.intervals')}</dt>
          <dd>{formatNumber(plan.totals.workIntervals, lang)}</dd>
        </div>
      </dl>
      {formats.length > 0 && (
        <ul className="preview__formats" data-testid="preview-formats">
          {formats.map((f) => (
            <li key={f.i}>{t('preview.blockFormat', { number: f.i + 1, words: f.words })}</li>
          ))}
        </ul>
      )}
      <div className="strip" role="img" aria-label={t('preview.timeline', { count: shown.length })}>
        {shown.map((s) => (
          <span
            key={s.index}
            className="strip__step"
            style={{ flexGrow: width(s.durationMs) / total, background: PHASE_COLOURS[s.kind] }}
            title={stepTitle(s)}
          />
        ))}
      </div>
      <ul className="strip__legend" aria-hidden="true">
        {(['work', 'rest', 'roundRest'] as const).map((k) => (
          <li key={k}>
            <span style={{ background: PHASE_COLOURS[k] }} /> {kindName(k)}
          </li>
        ))}
      </ul>
    </div>
  )
}
