// Small labelled controls for the Settings screen; number fields check their range before anything is saved.
import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/i18n/format'
import { useScreenLanguage } from '@renderer/i18n/I18nProvider'

/**
 * An on/off setting as a switch: a button with role="switch" and aria-checked, which screen readers call
 * "on" and "off". `disabledReason` turns it off and says why, in place of the hint.
 */
export function Toggle({
  label,
  checked,
  onChange,
  hint,
  disabledReason,
}: {
  label: string
  checked: boolean
  onChange: (v: boolean) => void
  hint?: string
  disabledReason?: string
}) {
  const id = useId()
  const note = disabledReason ?? hint
  const on = checked && disabledReason === undefined
  return (
    <div className="field field--toggle">
      <label htmlFor={id}>{label}</label>
      <button
        id={id}
        type="button"
        role="switch"
        className="switch"
        aria-checked={on}
        disabled={disabledReason !== undefined}
        onClick={() => onChange(!checked)}
        aria-describedby={note ? `${id}-hint` : undefined}
      >
        <span className="switch__thumb" aria-hidden="true" />
      </button>
      {note && (
        <small id={`${id}-hint`} className="muted field__hint">
          {note}
        </small>
      )}
    </div>
  )
}

export function Slider({
  label,
  value,
  onChange,
  children,
}: {
  label: string
  value: number
  onChange: (v: number) => void
  children?: ReactNode
}) {
  const id = useId()
  const { t } = useTranslation('settings')
  const percent = formatNumber(value, useScreenLanguage(), { style: 'percent' })
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field__row">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(value * 100)}
          onChange={(e) => onChange(Number(e.target.value) / 100)}
          aria-valuetext={t('fields.percent', { value: Math.round(value * 100) })}
        />
        {/* Not an <output>: that is a live region, and the page keeps one (the slider says its own value). */}
        <span className="field__value" aria-hidden="true">
          {percent}
        </span>
        {children}
      </span>
    </div>
  )
}

/** A number kept as text while typing; saved only when it is a whole number in range, otherwise the error shows. */
export function NumberField({
  label,
  value,
  min,
  max,
  unit,
  onChange,
}: {
  label: string
  value: number
  min: number
  max: number
  unit?: string
  onChange: (v: number) => void
}) {
  const id = useId()
  const { t } = useTranslation('settings')
  const [text, setText] = useState(String(value))
  const [error, setError] = useState<string | null>(null)
  // When the saved value changes from outside, show it (React's "adjust state on prop change" pattern).
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    setShown(value)
    setText(String(value))
  }
  const commit = (raw: string) => {
    setText(raw)
    const n = Number(raw)
    if (raw.trim() === '' || !Number.isFinite(n)) return setError(t('fields.enterNumber'))
    if (n < min || n > max)
      return setError(
        unit ? t('fields.rangeUnit', { min, max, unit }) : t('fields.range', { min, max })
      )
    setError(null)
    if (n !== value) onChange(n)
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field__row">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          value={text}
          onChange={(e) => commit(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          className="field__number"
        />
        {unit && <span className="muted">{unit}</span>}
      </span>
      {error && (
        <small id={`${id}-error`} role="alert" className="field__error">
          {error}
        </small>
      )}
    </div>
  )
}

export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: T
  options: ReadonlyArray<{ value: T; label: string }>
  onChange: (v: T) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
