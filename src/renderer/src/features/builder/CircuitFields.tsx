// The circuit's own fields in the editor: what it is called and what kind it is, and its timings; the
// ones most circuits never change (warm-up, cool-down, description) are folded away to keep Tab short.
import { useTranslation } from 'react-i18next'
import { CategorySchema, type Circuit } from '@shared/model/circuit'
import { NEW_CIRCUIT_COLOUR } from '@shared/model/builder'
import { Field, SecondsField } from './inputs'

interface CircuitFieldsProps {
  circuit: Circuit
  set: (patch: Partial<Circuit>) => void
  /** A problem is shown in the folded part: it opens, so the message is seen. */
  moreHasProblem: boolean
}

export function CircuitFields(props: CircuitFieldsProps) {
  const { circuit: c } = props
  const { t } = useTranslation('builder')
  const hasMore = c.warmup !== undefined || c.cooldown !== undefined || Boolean(c.description)
  return (
    <fieldset className="card editor__circuit">
      <legend>{t('circuit.legend')}</legend>
      <div className="efield__grid efield__grid--circuit">
        <NameFields {...props} />
        <TimingFields {...props} />
      </div>
      <details className="editor__more" open={hasMore || props.moreHasProblem || undefined}>
        <summary>{t('circuit.more')}</summary>
        <MoreFields {...props} />
      </details>
    </fieldset>
  )
}

function NameFields({ circuit: c, set }: CircuitFieldsProps) {
  const { t } = useTranslation('builder')
  return (
    <>
      <Field label={t('circuit.name')} path="name" className="efield--name">
        {(p) => (
          <input
            {...p}
            value={c.name}
            maxLength={120}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('circuit.colour')} className="efield--colour">
        {(p) => (
          <input
            {...p}
            type="color"
            value={c.color ?? NEW_CIRCUIT_COLOUR}
            onChange={(e) => set({ color: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('circuit.category')} hint={t('circuit.categoryHint')}>
        {(p) => (
          <select
            {...p}
            value={c.category}
            onChange={(e) => set({ category: CategorySchema.parse(e.target.value) })}
          >
            {CategorySchema.options.map((k) => (
              <option key={k} value={k}>
                {t(`circuit.categories.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  )
}

function TimingFields({ circuit: c, set }: CircuitFieldsProps) {
  const { t } = useTranslation('builder')
  return (
    <>
      <SecondsField
        label={t('circuit.prepare')}
        path="prepareSec"
        value={c.prepareSec}
        onChange={(v) => set({ prepareSec: v ?? Number.NaN })}
      />
      <SecondsField
        label={t('circuit.work')}
        path="defaults.workSec"
        value={c.defaults.workSec}
        onChange={(v) => set({ defaults: { ...c.defaults, workSec: v ?? Number.NaN } })}
      />
      <SecondsField
        label={t('circuit.rest')}
        path="defaults.restSec"
        value={c.defaults.restSec}
        onChange={(v) => set({ defaults: { ...c.defaults, restSec: v ?? Number.NaN } })}
      />
    </>
  )
}

function MoreFields({ circuit: c, set }: CircuitFieldsProps) {
  const { t } = useTranslation('builder')
  return (
    <div className="efield__grid">
      <SecondsField
        label={t('circuit.warmup')}
        path="warmup.durationSec"
        value={c.warmup?.durationSec}
        onChange={(v) =>
          set({ warmup: v === undefined ? undefined : { ...c.warmup, durationSec: v } })
        }
      />
      <SecondsField
        label={t('circuit.cooldown')}
        path="cooldown.durationSec"
        value={c.cooldown?.durationSec}
        onChange={(v) =>
          set({ cooldown: v === undefined ? undefined : { ...c.cooldown, durationSec: v } })
        }
      />
      <Field label={t('circuit.description')} path="description" className="efield--wide">
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={c.description ?? ''}
            onChange={(e) => set({ description: e.target.value || undefined })}
          />
        )}
      </Field>
    </div>
  )
}
