// Editor inputs that show the validator's message for their own field, right beside it.
import { useId, type ReactNode } from 'react'

interface FieldProps {
  label: string
  error?: string | undefined
  hint?: string | undefined
  children: (props: {
    id: string
    'aria-invalid': boolean
    'aria-describedby'?: string
  }) => ReactNode
}

export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId()
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`efield${error ? ' efield--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint && !error && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="efield__error">
          {error}
        </small>
      )}
    </div>
  )
}

/** Seconds; empty means "not set" (undefined) for optional overrides, which then show the inherited value. */
export function SecondsField({
  label,
  value,
  onChange,
  error,
  inherited,
  unit = 's',
}: {
  label: string
  value: number | undefined
  onChange: (value: number | undefined) => void
  error?: string | undefined
  inherited?: number
  unit?: string
}) {
  return (
    <Field
      label={label}
      error={error}
      hint={
        inherited !== undefined && value === undefined ? `Default: ${inherited} ${unit}` : undefined
      }
    >
      {(props) => (
        <span className="efield__row">
          <input
            {...props}
            type="number"
            inputMode="numeric"
            className="efield__number"
            value={value === undefined || Number.isNaN(value) ? '' : value}
            placeholder={inherited !== undefined ? String(inherited) : ''}
            onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
          />
          <span className="muted">{unit}</span>
        </span>
      )}
    </Field>
  )
}

/** A required whole number (rounds, windows); empty is NaN, which the validator explains beside it. */
export function CountField({
  label,
  value,
  onChange,
  error,
}: {
  label: string
  value: number
  onChange: (value: number) => void
  error?: string | undefined
}) {
  return (
    <Field label={label} error={error}>
      {(p) => (
        <input
          {...p}
          type="number"
          className="efield__number"
          value={Number.isNaN(value) ? '' : value}
          onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
        />
      )}
    </Field>
  )
}
