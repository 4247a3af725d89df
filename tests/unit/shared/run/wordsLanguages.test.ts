// The run's word makers in German, French and Spanish, not only English: the phase, where the session is,
// the spoken line, durations and counted words, each from that language's files and CLDR plural rules.
import { describe, expect, it } from 'vitest'
import { runWords } from '@shared/run/words'
import { durationWords } from '@shared/engine/stepWords'
import { circuit, exercise } from '@tests/unit/helpers/circuits'
import { runHarness } from '@tests/unit/helpers/runHarness'
import { wordingIn } from '@tests/unit/helpers/wording'

const SHORT = circuit({ prepareSec: 5, defaults: { workSec: 10, restSec: 5 } }, [
  { id: 'b1', rounds: 2, restBetweenRoundsSec: 0, exercises: [exercise('Rows'), exercise('Dogs')] },
])

/** The run screen's words at the start, in the first break and in the first work step. */
async function wordsOfRun(lang: 'de' | 'fr' | 'es') {
  const w = await wordingIn(lang)
  const h = runHarness()
  h.send({ type: 'open', circuit: SHORT })
  const ready = runWords(h.view(), w)
  h.send({ type: 'start' })
  await h.advance(100)
  const prepare = runWords(h.view(), w)
  await h.advance(5_000)
  return { w, ready, prepare, work: runWords(h.view(), w) }
}

const EXPECTED = {
  de: {
    ready: 'Bereit',
    prepare: 'Bereit machen',
    work: 'Los!',
    rounds: ['1 Runde', '2 Runden'],
    duration: '1 Minute, 30 Sekunden',
  },
  fr: {
    ready: 'Prêt',
    prepare: 'Préparez-vous',
    work: 'Travail',
    rounds: ['1 tour', '2 tours'],
    duration: '1 minute et 30 secondes',
  },
  es: {
    ready: 'Listo',
    prepare: 'Prepárate',
    work: 'Trabajo',
    rounds: ['1 ronda', '2 rondas'],
    duration: '1 minuto y 30 segundos',
  },
} as const

describe('run words in other languages', () => {
  for (const lang of ['de', 'fr', 'es'] as const) {
    it(`speaks ${lang}: phases, the spoken line, rounds and durations`, async () => {
      const { w, ready, prepare, work } = await wordsOfRun(lang)
      const expected = EXPECTED[lang]
      expect(ready.phase).toBe(expected.ready)
      expect(prepare.phase).toBe(expected.prepare)
      expect(work.phase).toBe(expected.work)
      expect(work.headline).toBe('Rows')
      // The spoken line is the phase, the move and where it is, all in the language: no English left.
      expect(work.spoken).toContain(expected.work)
      expect(work.spoken).toContain('Dogs')
      for (const line of [ready.spoken, prepare.spoken, work.spoken, work.where, prepare.next]) {
        expect(line).not.toMatch(/\b(Round|Exercise|Next|Work|Ready|Press|sec)\b/)
      }
      expect([1, 2].map((count) => w.t('common:count.rounds', { count }))).toEqual(expected.rounds)
      // French puts a no-break space between number and unit: compared as plain spaces.
      expect(durationWords(90_000, w, 'long').replace(/\s/g, ' ')).toBe(expected.duration)
    })
  }
})
