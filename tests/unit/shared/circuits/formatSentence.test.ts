// The builder's sentence for a format block, in each language: CLDR plural forms ("1 Fenster", "12 Fenster",
// "1 tour", "5 tours"), clocks through Intl, and library moves by their translated names.
import { describe, expect, it } from 'vitest'
import { formatSentence } from '@shared/circuits/formatSentence'
import { createI18n, switchLanguage, translator } from '@shared/i18n/createI18n'
import { circuitFromPreset, PRESETS } from '@shared/library/presets'
import type { Language } from '@shared/model/language'
import type { Circuit } from '@shared/model/circuit'
import { circuit, exercise } from '@tests/unit/helpers/circuits'

async function wordingFor(lang: Language) {
  const i18n = createI18n()
  await switchLanguage(i18n, lang)
  return { t: translator(i18n), lang }
}

const preset = (id: string) =>
  circuitFromPreset(
    PRESETS.find((p) => p.id === id)!,
    'x',
    '2026-11-21T10:00:00.000Z'
  )

/** One EMOM block of `windows` windows of 90 s, one timed move of the user's own. */
const emom = (windows: number): Circuit =>
  circuit({}, [
    {
      id: 'b',
      rounds: 1,
      restBetweenRoundsSec: 0,
      format: { type: 'emom', windowSec: 90, windows },
      exercises: [exercise('Swings', { workSec: 40 })],
    },
  ])

/** One For Time block of `rounds` rounds with a cap, one rep move of the user's own. */
const forTime = (rounds: number): Circuit =>
  circuit({}, [
    {
      id: 'b',
      rounds,
      restBetweenRoundsSec: 0,
      format: { type: 'forTime', capSec: 600 },
      exercises: [exercise('Thrusters', { mode: 'reps', reps: 7 })],
    },
  ])

const say = (c: Circuit, w: Awaited<ReturnType<typeof wordingFor>>) =>
  formatSentence(c.blocks[0]!, c, w)

describe('a format block in words', () => {
  it('says what each preset will do, in English', async () => {
    const en = await wordingFor('en')
    expect(say(preset('emom-12'), en)).toBe(
      '12 windows of 1:00, taking turns: 10 Push-ups / 15 Kettlebell swings / 8 Renegade rows; rest the remainder of each window'
    )
    expect(say(preset('amrap-15'), en)).toBe(
      'As many rounds as possible in 15:00: 10 Push-ups, 15 Kettlebell swings, 10 Bird-dogs'
    )
    expect(say(preset('back-for-time'), en)).toBe(
      '5 rounds for time (cap 20:00): 10 Bent-over barbell rows, 10 Romanian deadlifts, 15 Kettlebell swings'
    )
  })

  it('says nothing for plain intervals', async () => {
    expect(say(circuit(), await wordingFor('en'))).toBeNull()
  })

  it.each([
    ['en', '1 window of 1:30: 40 sec Swings', '2 windows of 1:30: 40 sec Swings'],
    ['de', '1 Fenster zu 1:30: 40 Sek. Swings', '2 Fenster zu 1:30: 40 Sek. Swings'],
    ['fr', '1 fenêtre de 1:30 : 40\u202fs Swings', '2 fenêtres de 1:30 : 40\u202fs Swings'],
    ['es', '1 intervalo de 1:30: 40 s Swings', '2 intervalos de 1:30: 40 s Swings'],
  ] as const)('counts EMOM windows with %s plural forms', async (lang, one, two) => {
    const w = await wordingFor(lang)
    expect(say(emom(1), w)).toContain(one)
    expect(say(emom(2), w)).toContain(two)
  })

  it.each([
    [
      'en',
      '1 round for time (cap 10:00): 7 Thrusters',
      '5 rounds for time (cap 10:00): 7 Thrusters',
    ],
    [
      'de',
      '1 Runde auf Zeit (Limit 10:00): 7 Thrusters',
      '5 Runden auf Zeit (Limit 10:00): 7 Thrusters',
    ],
    [
      'fr',
      '1 tour au chrono (limite 10:00) : 7 Thrusters',
      '5 tours au chrono (limite 10:00) : 7 Thrusters',
    ],
    [
      'es',
      '1 ronda contra reloj (límite 10:00): 7 Thrusters',
      '5 rondas contra reloj (límite 10:00): 7 Thrusters',
    ],
  ] as const)('counts For Time rounds with %s plural forms', async (lang, one, five) => {
    const w = await wordingFor(lang)
    expect(say(forTime(1), w)).toBe(one)
    expect(say(forTime(5), w)).toBe(five)
  })

  it('names library moves in the reader’s language, and the user’s own as typed', async () => {
    const de = await wordingFor('de')
    const words = say(preset('amrap-15'), de)!
    expect(words).toMatch(/^So viele Runden wie möglich in 15:00: 10 /)
    expect(words).not.toContain('Push-ups')
    expect(say(emom(1), de)).toContain('Swings')
  })
})
