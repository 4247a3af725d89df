// The circuit's own fields in the editor: what it is called and what kind it is, and its timings.
import { CategorySchema, type Circuit } from '@shared/model/circuit'
import { Field, SecondsField } from './inputs'

const CATEGORY_LABELS = {
  strength: 'Strength',
  hiit: 'HIIT',
  cardio: 'Cardio',
  mobility: 'Mobility / stretch',
} as const

interface CircuitFieldsProps {
  circuit: Circuit
  errorAt: (path: string) => string | undefined
  set: (patch: Partial<Circuit>) => void
}

export function CircuitFields(props: CircuitFieldsProps) {
  const { circuit: c, errorAt, set } = props
  return (
    <fieldset className="card">
      <legend>Circuit</legend>
      <div className="efield__grid">
        <NameFields {...props} />
        <TimingFields {...props} />
      </div>
      <Field label="Description" error={errorAt('description')}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={c.description ?? ''}
            onChange={(e) => set({ description: e.target.value || undefined })}
          />
        )}
      </Field>
    </fieldset>
  )
}

function NameFields({ circuit: c, errorAt, set }: CircuitFieldsProps) {
  return (
    <>
      <Field label="Name" error={errorAt('name')}>
        {(p) => (
          <input
            {...p}
            value={c.name}
            maxLength={120}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </Field>
      <Field label="Colour">
        {(p) => (
          <input
            {...p}
            type="color"
            value={c.color ?? '#c2410c'}
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

function TimingFields({ circuit: c, errorAt, set }: CircuitFieldsProps) {
  return (
    <>
      <SecondsField
        label="Get ready"
        value={c.prepareSec}
        error={errorAt('prepareSec')}
        onChange={(v) => set({ prepareSec: v ?? Number.NaN })}
      />
      <SecondsField
        label="Work (default)"
        value={c.defaults.workSec}
        error={errorAt('defaults.workSec')}
        onChange={(v) => set({ defaults: { ...c.defaults, workSec: v ?? Number.NaN } })}
      />
      <SecondsField
        label="Rest (default)"
        value={c.defaults.restSec}
        error={errorAt('defaults.restSec')}
        onChange={(v) => set({ defaults: { ...c.defaults, restSec: v ?? Number.NaN } })}
      />
      <SecondsField
        label="Warm-up"
        value={c.warmup?.durationSec}
        error={errorAt('warmup.durationSec')}
        onChange={(v) =>
          set({ warmup: v === undefined ? undefined : { ...c.warmup, durationSec: v } })
        }
      />
      <SecondsField
        label="Cool-down"
        value={c.cooldown?.durationSec}
        error={errorAt('cooldown.durationSec')}
        onChange={(v) =>
          set({ cooldown: v === undefined ? undefined : { ...c.cooldown, durationSec: v } })
        }
      />
    </>
  )
}
