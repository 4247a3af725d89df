// A block's format in the editor: intervals, EMOM, AMRAP or For Time, the fields each needs, and what
// will happen in words. Problems (a move longer than its window) show next to the field, as elsewhere.
import { useTranslation } from 'react-i18next'
import type { Block, BlockFormat, Circuit, FormatType } from '@shared/model/circuit'
import { formatSentence } from '@shared/circuits/formatSentence'
import { useWording } from '@renderer/i18n/useWording'
import { CountField, Field, SecondsField } from './inputs'

/** The formats in the order the menu offers them; their names are under builder:format.names. */
const FORMATS: readonly FormatType[] = ['intervals', 'emom', 'amrap', 'forTime']

/** Sensible starting values when the user switches a block to a format. */
const DEFAULTS: Record<FormatType, BlockFormat> = {
  intervals: { type: 'intervals' },
  emom: { type: 'emom', windowSec: 60, windows: 10 },
  amrap: { type: 'amrap', capSec: 600 },
  forTime: { type: 'forTime', capSec: 1200 },
}

export function FormatFields({
  circuit,
  block,
  path,
  onChange,
}: {
  circuit: Circuit
  block: Block
  /** The block's path ("blocks.1"), under which its fields' problems are found. */
  path: string
  onChange: (block: Block) => void
}) {
  const { t } = useTranslation('builder')
  const wording = useWording()
  const format = block.format ?? DEFAULTS.intervals
  const set = (next: BlockFormat) => onChange({ ...block, format: next })
  const words = formatSentence(block, circuit, wording)
  return (
    <>
      <Field label={t('format.label')} path={`${path}.format`} className="efield--format">
        {(p) => (
          <select
            {...p}
            value={format.type}
            onChange={(e) => {
              const type = e.target.value as FormatType
              // Each format is turned into a circuit of rep moves where that is what it counts.
              set(DEFAULTS[type])
            }}
          >
            {FORMATS.map((type) => (
              <option key={type} value={type}>
                {t(`format.names.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {format.type === 'emom' && (
        <>
          <SecondsField
            label={t('format.window')}
            value={format.windowSec}
            path={`${path}.format.windowSec`}
            onChange={(v) => set({ ...format, windowSec: v ?? Number.NaN })}
          />
          <CountField
            label={t('format.windows')}
            value={format.windows}
            path={`${path}.format.windows`}
            onChange={(windows) => set({ ...format, windows })}
          />
        </>
      )}
      {format.type === 'amrap' && (
        <SecondsField
          label={t('format.cap')}
          value={format.capSec}
          path={`${path}.format.capSec`}
          onChange={(v) => set({ ...format, capSec: v ?? Number.NaN })}
        />
      )}
      {format.type === 'forTime' && (
        <SecondsField
          label={t('format.capOptional')}
          value={format.capSec}
          path={`${path}.format.capSec`}
          onChange={(v) => set(v === undefined ? { type: 'forTime' } : { ...format, capSec: v })}
        />
      )}
      {words && (
        <p className="format-fields__words" data-testid="format-words">
          {words}
        </p>
      )}
    </>
  )
}
