// The circuit's own fields in the editor: what it is called and what kind it is, and its timings; the
// ones most circuits never change (warm-up, cool-down, description) are folded away to keep Tab short.
import { CategorySchema, type Circuit } from '@shared/model/circuit'
import { NEW_CIRCUIT_COLOUR } from '@shared/model/builder'
import { Field, SecondsField } from './inputs'

const CATEGORY_LABELS = {
  strength: 'Strength',
  hiit: 'HIIT',
  cardio: 'Cardio',
  mobility: 'Mobility / stretch',
} as const

interface CircuitFieldsProps {
  circuit: Circuit
  set: (patch: Partial<Circuit>) => void
  /** A problem is shown in the folded part: it opens, so the message is seen. */
  moreHasProblem: boolean
}

export function CircuitFields(props: CircuitFieldsProps) {
  const { circuit: c } = props
  const hasMore = c.warmup !== undefined || c.cooldown !== undefined || Boolean(c.description)
  return (
    <fieldset className="card editor__circuit">
      <legend>Circuit</legend>
      <div className="efield__grid efield__grid--circuit">
        <NameFields {...props} />
        <TimingFields {...props} />
      </div>
      <details className="editor__more" open={hasMore || props.moreHasProblem || undefined}>
        <summary>Warm-up, cool-down and description</summary>
        <MoreFields {...props} />
      </details>
    </fieldset>
  )
}

function NameFields({ circuit: c, set }: CircuitFieldsProps) {
  return (
    <>
      <Field label="Name" path="name" className="efield--name">
        {(p) => (
          <input
            {...p}
            value={c.name}
            maxLength={120}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </Field>
      <Field label="Colour" className="efield--colour">
        {(p) => (
          <input
            {...p}
            type="color"
            value={c.color ?? NEW_CIRCUIT_COLOUR}
            onChange={(e) => set({ color: e.target.value })}
          />
        )}
      </Field>
      <Field label="Kind of session" hint="Counts toward this part of your weekly plan">
        {(p) => (
          <select
            {...p}
            value={c.category}
            onChange={(e) => set({ category: CategorySchema.parse(e.target.value) })}
          >
            {CategorySchema.options.map((k) => (
              <option key={k} value={k}>
                {CATEGORY_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  )
}

function TimingFields({ circuit: c, set }: CircuitFieldsProps) {
  return (
    <>
      <SecondsField
        label="Get ready"
        path="prepareSec"
        value={c.prepareSec}
        onChange={(v) => set({ prepareSec: v ?? Number.NaN })}
      />
      <SecondsField
        label="Work (default)"
        path="defaults.workSec"
        value={c.defaults.workSec}
        onChange={(v) => set({ defaults: { ...c.defaults, workSec: v ?? Number.NaN } })}
      />
      <SecondsField
        label="Rest (default)"
        path="defaults.restSec"
        value={c.defaults.restSec}
        onChange={(v) => set({ defaults: { ...c.defaults, restSec: v ?? Number.NaN } })}
      />
    </>
  )
}

function MoreFields({ circuit: c, set }: CircuitFieldsProps) {
  return (
    <div className="efield__grid">
      <SecondsField
        label="Warm-up"
        path="warmup.durationSec"
        value={c.warmup?.durationSec}
        onChange={(v) =>
          set({ warmup: v === undefined ? undefined : { ...c.warmup, durationSec: v } })
        }
      />
      <SecondsField
        label="Cool-down"
        path="cooldown.durationSec"
        value={c.cooldown?.durationSec}
        onChange={(v) =>
          set({ cooldown: v === undefined ? undefined : { ...c.cooldown, durationSec: v } })
        }
      />
      <Field label="Description" path="description" className="efield--wide">
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
