// Numbers, durations, lists and dates in the reader's language, through Intl (CLDR data), never by gluing
// words together. Plurals of Cadence's own words ("2 rounds") are i18next keys with CLDR suffixes instead.

export type DurationStyle = 'long' | 'short' | 'narrow'

const UNITS = [
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
] as const

/**
 * A length of time in words: 90 -> "1 minute, 30 seconds", "1 Minute und 30 Sekunden". Zero parts are left
 * out; zero itself reads "0 seconds". Intl.DurationFormat would do this, but Node 20 (the tests) lacks it.
 */
export function formatDuration(
  totalSec: number,
  lang: string,
  style: DurationStyle = 'long'
): string {
  let rest = Math.max(0, Math.round(totalSec))
  const parts: string[] = []
  for (const [unit, size] of UNITS) {
    const amount = Math.floor(rest / size)
    rest -= amount * size
    if (amount > 0 || (unit === 'second' && parts.length === 0)) {
      parts.push(
        new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: style }).format(amount)
      )
    }
  }
  return new Intl.ListFormat(lang, { type: 'unit', style }).format(parts)
}

/** The timer's digits, "1:05" or "1:02:03", in the language's own digits. */
export function formatClock(totalSec: number, lang: string): string {
  const sec = Math.max(0, Math.floor(totalSec))
  const two = new Intl.NumberFormat(lang, { minimumIntegerDigits: 2, useGrouping: false })
  const one = new Intl.NumberFormat(lang, { useGrouping: false })
  const h = Math.floor(sec / 3600)
  const m = Math.floor((sec % 3600) / 60)
  const s = sec % 60
  return h > 0
    ? `${one.format(h)}:${two.format(m)}:${two.format(s)}`
    : `${one.format(m)}:${two.format(s)}`
}

export function formatNumber(
  value: number,
  lang: string,
  options?: Intl.NumberFormatOptions
): string {
  return new Intl.NumberFormat(lang, options).format(value)
}

/** "A, B and C" ("A, B und C", "A, B et C", "A, B y C"); 'disjunction' gives "or". */
export function formatList(
  items: readonly string[],
  lang: string,
  type: 'conjunction' | 'disjunction' = 'conjunction'
): string {
  return new Intl.ListFormat(lang, { type, style: 'long' }).format(items)
}

/** A day as the language writes it; times zone-aware, defaulting to the reader's own zone. */
export function formatDate(
  date: Date | number,
  lang: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }
): string {
  return new Intl.DateTimeFormat(lang, options).format(date)
}

/** The name of a language in that language ("Deutsch", "français"), for the language picker. */
export function languageName(lang: string, inLang: string = lang): string {
  const name = new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang
  return name.charAt(0).toLocaleUpperCase(inLang) + name.slice(1)
}

/** The CLDR plural categories of a language: what a locale file must carry for each counted key. */
export function pluralCategories(lang: string): string[] {
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort()
}
