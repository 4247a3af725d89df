// Durations, clocks, numbers, lists, dates and counted words in all four languages, through Intl and CLDR.
import { describe, expect, it } from 'vitest'
import {
  formatClock,
  formatDate,
  formatDuration,
  formatList,
  formatNumber,
  languageName,
} from '@shared/i18n/format'
import { createI18n, switchLanguage } from '@shared/i18n/createI18n'

/** CLDR keeps a number and its unit together with no-break spaces; the words are what these tests read. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('formatDuration', () => {
  it.each([
    ['en', '1 minute, 30 seconds'],
    ['de', '1 Minute, 30 Sekunden'],
    ['fr', '1 minute et 30 secondes'],
    ['es', '1 minuto y 30 segundos'],
  ])('%s says 90 s as %s', (lang, words) => {
    expect(plain(formatDuration(90, lang))).toBe(words)
  })

  it('leaves out zero parts, keeps hours, and says zero as seconds', () => {
    expect(formatDuration(3600, 'de')).toBe('1 Stunde')
    expect(plain(formatDuration(3725, 'fr'))).toBe('1 heure, 2 minutes et 5 secondes')
    expect(formatDuration(0, 'es')).toBe('0 segundos')
    expect(formatDuration(1, 'en')).toBe('1 second')
    expect(formatDuration(150, 'de', 'short')).toBe('2 Min., 30 Sek.')
  })
})

describe('numbers, clocks, lists and dates', () => {
  it('writes the clock with padded seconds, hours only when there are some', () => {
    expect(formatClock(65, 'de')).toBe('1:05')
    expect(formatClock(3723, 'fr')).toBe('1:02:03')
    expect(formatClock(-3, 'es')).toBe('0:00')
  })

  it.each([
    ['en', '1,234.5', 'A, B, and C', 'Mar 5, 2026'],
    ['de', '1.234,5', 'A, B und C', '05.03.2026'],
    ['fr', '1\u202f234,5', 'A, B et C', '5 mars 2026'],
    ['es', '1234,5', 'A, B y C', '5 mar 2026'],
  ])('%s: numbers, lists and dates as CLDR writes them', (lang, number, list, date) => {
    expect(formatNumber(1234.5, lang)).toBe(number)
    expect(formatList(['A', 'B', 'C'], lang)).toBe(list)
    expect(formatDate(Date.UTC(2026, 2, 5), lang, { dateStyle: 'medium', timeZone: 'UTC' })).toBe(
      date
    )
  })

  it('names each language in its own words, capitalised for a picker', () => {
    expect(['en', 'de', 'fr', 'es'].map((l) => languageName(l))).toEqual([
      'English',
      'Deutsch',
      'Français',
      'Español',
    ])
    expect(languageName('de', 'fr')).toBe('Allemand')
  })
})

describe('counted words (CLDR plurals through i18next)', () => {
  it.each([
    ['en', ['1 round', '2 rounds', '1000000 rounds']],
    ['de', ['1 Runde', '2 Runden', '1000000 Runden']],
    ['fr', ['1 tour', '2 tours', '1000000 de tours']],
    ['es', ['1 ronda', '2 rondas', '1000000 de rondas']],
  ] as const)('%s counts rounds', async (lang, words) => {
    const i18n = createI18n()
    await switchLanguage(i18n, lang)
    expect([1, 2, 1_000_000].map((count) => i18n.t('count.rounds', { count }))).toEqual(words)
  })

  it('builds a sentence from translated parts, never by joining words', async () => {
    const i18n = createI18n()
    await switchLanguage(i18n, 'de')
    const windows = i18n.t('count.windows', { count: 12 })
    expect(i18n.t('windowsOf', { windows, length: formatClock(60, 'de') })).toBe(
      '12 Intervalle à 1:00'
    )
    expect(i18n.t('count.sets', { count: 1 })).toBe('1 Satz')
    expect(i18n.t('roundOf', { round: 2, total: 4 })).toBe('Runde 2 von 4')
  })
})
