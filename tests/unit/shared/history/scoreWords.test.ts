// A block's score in each language: CLDR plural forms for rounds, reps and windows, clocks through Intl.
import { describe, expect, it } from 'vitest'
import { formatName, scoreWords } from '@shared/history/scoreWords'
import { createI18n, switchLanguage, translator } from '@shared/i18n/createI18n'
import type { Language } from '@shared/model/language'

async function wordingFor(lang: Language) {
  const i18n = createI18n()
  await switchLanguage(i18n, lang)
  return { t: translator(i18n), lang }
}

const amrap = (rounds: number, reps: number) => ({
  block: 1,
  format: 'amrap' as const,
  rounds,
  reps,
})
const emom = (onTime: number, windows: number, overrunMs = 0) => ({
  block: 1,
  format: 'emom' as const,
  onTime,
  windows,
  overrunMs,
})

describe('a score in words', () => {
  it.each([
    ['en', '1 round + 1 rep', '5 rounds + 12 reps'],
    ['de', '1 Runde + 1 Wiederholung', '5 Runden + 12 Wiederholungen'],
    ['fr', '1 tour + 1 répétition', '5 tours + 12 répétitions'],
    ['es', '1 ronda + 1 repetición', '5 rondas + 12 repeticiones'],
  ] as const)('counts AMRAP rounds and reps with %s plural forms', async (lang, one, many) => {
    const w = await wordingFor(lang)
    expect(scoreWords(amrap(1, 1), w)).toBe(one)
    expect(scoreWords(amrap(5, 12), w)).toBe(many)
  })

  it.each([
    ['en', '1 of 1 window on time', '11 of 12 windows on time'],
    ['de', '1 von 1 Fenster pünktlich', '11 von 12 Fenstern pünktlich'],
    ['fr', '1 fenêtre sur 1 dans les temps', '11 fenêtres sur 12 dans les temps'],
    ['es', '1 de 1 intervalo a tiempo', '11 de 12 intervalos a tiempo'],
  ] as const)('counts EMOM windows with %s plural forms', async (lang, one, many) => {
    const w = await wordingFor(lang)
    expect(scoreWords(emom(1, 1), w)).toBe(one)
    expect(scoreWords(emom(11, 12), w)).toBe(many)
  })

  it('says a For Time clock and an overrun in the reader’s language', async () => {
    const de = await wordingFor('de')
    const forTime = {
      block: 1,
      format: 'forTime' as const,
      timeMs: 272_000,
      reps: 90,
      totalReps: 90,
    }
    expect(scoreWords(forTime, de)).toBe('4:32')
    expect(scoreWords(emom(11, 12, 5000), de)).toBe('11 von 12 Fenstern pünktlich (5 Sek. drüber)')
    expect(formatName('forTime', de)).toBe('For Time')
  })
})
