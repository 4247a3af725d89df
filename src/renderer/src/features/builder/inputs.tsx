// Editor inputs that show the validator's message for their own field, right beside it, once touched.
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFieldCheck } from './fieldChecks'

interface FieldProps {
  label: string
  /** Where this field's problems are found ("blocks.0.rounds"); none for fields that cannot be wrong. */
  path?: string
  hint?: string | undefined
  /** Extra class for the field's box, e.g. to size it in a compact row. */
  className?: string
  children: (props: {
    id: string
    'aria-invalid': boolean
    'aria-describedby'?: string
    onFocus?: () => void
    onBlur?: () => void
    'data-path'?: string
  }) => ReactNode
}

export function Field({ label, path, hint, className, children }: FieldProps) {
  const id = useId()
  const { error, events } = useFieldCheck(path)
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`efield${error ? ' efield--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...events,
      })}
      {hint && !error && (
        <small id={`${id}-hint`} className="muted efield__hint">
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

/** A number the user can see; a cleared field (NaN) or a cleared default shows nothing, never "NaN". */
const shown = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? undefined : n)

/** Seconds; empty means "not set" (undefined) for optional overrides, which then show the inherited value.
 * `unit` is the word after the box; seconds' own abbreviation when not given. */
export function SecondsField({
  label,
  path,
  value,
  onChange,
  inherited,
  unit,
  className,
}: {
  label: string
  path?: string
  value: number | undefined
  onChange: (value: number | undefined) => void
  inherited?: number
  unit?: string
  className?: string
}) {
  const { t } = useTranslation('builder')
  const fallback = shown(inherited)
  const unitWord = unit ?? t('field.seconds')
  return (
    <Field
      label={label}
      {...(path ? { path } : {})}
      {...(className ? { className } : {})}
      hint={
        fallback !== undefined && value === undefined
          ? t('field.default', { value: fallback, unit: unitWord })
          : undefined
      }
    >
      {(props) => (
        <span className="efield__row">
          <input
            {...props}
            type="number"
            inputMode="numeric"
            className="efield__number"
            value={shown(value) ?? ''}
            placeholder={fallback !== undefined ? String(fallback) : ''}
            onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
          />
          <span className="muted">{unitWord}</span>
        </span>
      )}
    </Field>
  )
}

/** A required whole number (rounds, windows); empty is NaN, which the validator explains beside it. */
export function CountField({
  label,
  path,
  value,
  onChange,
}: {
  label: string
  path: string
  value: number
  onChange: (value: number) => void
}) {
  return (
    <Field label={label} path={path}>
      {(p) => (
        <input
          {...p}
          type="number"
          className="efield__number"
          value={shown(value) ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
        />
      )}
    </Field>
  )
}
