// The timeline the circuit will run, as far as it can be run, and every problem that stops it being saved.
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Circuit } from '@shared/model/circuit'
import { formatList } from '@shared/i18n/format'
import { useScreenLanguage } from '@renderer/i18n/I18nProvider'
import type { Problem } from '@shared/model/problems'
import { previewOf } from '@shared/circuits/previewCircuit'
import { TimelinePreview } from './TimelinePreview'
import { problemMessage, problemWhere } from '@shared/circuits/problemWords'
import { useWording } from '@renderer/i18n/useWording'

interface EditorPreviewProps {
  circuit: Circuit
  /** Every problem: the preview leaves out what they touch. */
  problems: readonly Problem[]
  /** The problems the user is shown yet (touched fields, or all after Save). */
  shown: readonly Problem[]
}

export function EditorPreview({ circuit, problems, shown }: EditorPreviewProps) {
  const { t } = useTranslation('builder')
  const lang = useScreenLanguage()
  const w = useWording()
  const part = previewOf(circuit, problems)
  const blockName = (i: number) => circuit.blocks[i]?.name || t('block.numbered', { number: i + 1 })
  const gaps = [
    ...part.leftOut.map(blockName),
    ...part.without.map((w) => t(`preview.without.${w}`)),
  ]
  return (
    <aside className="editor__preview card" aria-label={t('preview.title')}>
      <h2>{t('preview.title')}</h2>
      {part.circuit ? (
        <TimelinePreview circuit={part.circuit} />
      ) : (
        <p className="muted" data-testid="preview-empty">
          {emptyReason(circuit, problems, t)}
        </p>
      )}
      {part.circuit && gaps.length > 0 && (
        <p className="preview__gap" data-testid="preview-gap">
          {t('preview.gaps', { parts: formatList(gaps, lang) })}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="problems" aria-label={t('preview.problems')}>
          {shown.map((p) => (
            <li key={p.path + p.message}>
              {t('preview.problem', {
                where: problemWhere(p, w),
                message: problemMessage(p, w),
              })}
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}

/** Why nothing can be previewed, said as what to do next. */
function emptyReason(
  circuit: Circuit,
  problems: readonly Problem[],
  t: TFunction<'builder'>
): string {
  if (circuit.blocks.every((b) => b.exercises.length === 0)) return t('preview.empty.noExercise')
  if (problems.some((p) => p.path.startsWith('defaults'))) return t('preview.empty.noDefaults')
  return t('preview.empty.problems')
}
