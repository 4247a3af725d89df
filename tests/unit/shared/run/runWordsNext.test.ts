// The run screen's one line about the next move, the round rest's counter, the EMOM rest's words, and the
// digits' states (the last three seconds, an EMOM move running over): what issue 22 found wrong, pinned.
import { ENGLISH_WORDS } from '@tests/unit/helpers/wording'
import { describe, expect, it } from 'vitest'
import { clockFaceAt } from '@shared/run/clockFace'
import { formatLine } from '@shared/run/formatWords'
import { runWords } from '@shared/run/words'
import { circuit, exercise } from '@tests/unit/helpers/circuits'
import { runHarness } from '@tests/unit/helpers/runHarness'

/** 5 s get ready; 2 rounds of Rows 10 s, rest 5 s, Dogs 10 s; a 20 s round rest; a 30 s cool-down. */
const SHORT = circuit(
  { prepareSec: 5, defaults: { workSec: 10, restSec: 5 }, cooldown: { durationSec: 30 } },
  [
    {
      id: 'b1',
      rounds: 2,
      restBetweenRoundsSec: 20,
      exercises: [exercise('Rows'), exercise('Dogs')],
    },
  ]
)

function opened() {
  const h = runHarness()
  h.send({ type: 'open', circuit: SHORT })
  return h
}

describe('the run screen names the next move once', () => {
  it('Ready says how to start, in the words of each screen', () => {
    const h = opened()
    expect(runWords(h.view(), ENGLISH_WORDS).next).toBe('Press Space to start')
    expect(runWords(h.view(), ENGLISH_WORDS, 'phone').next).toBe('Tap Start to begin')
    expect(runWords(h.view(), ENGLISH_WORDS, 'tv').next).toBe(
      'Press Space on the computer to start'
    )
  })

  it('a work step names the next exercise, not the rest before it', async () => {
    const h = opened()
    h.send({ type: 'start' })
    await h.advance(5_000)
    expect(runWords(h.view(), ENGLISH_WORDS)).toMatchObject({
      phase: 'Work',
      headline: 'Rows',
      next: 'Next: Dogs',
    })
    expect(runWords(h.view(), ENGLISH_WORDS).spoken).toBe(
      'Work: Rows. Round 1/2, Exercise 1/2. Next: Dogs.'
    )
  })

  it('a rest names the coming move once: in the headline, with its length below', async () => {
    const h = opened()
    h.send({ type: 'start' })
    await h.advance(15_000)
    const rest = runWords(h.view(), ENGLISH_WORDS)
    expect(rest).toMatchObject({ phase: 'Rest', headline: 'Up next: Dogs', next: '10 sec of work' })
    expect(`${rest.headline} ${rest.next}`.split('Dogs')).toHaveLength(2)
  })

  it('a round rest says which round comes next, not "Exercise 2/2"', async () => {
    const h = opened()
    h.send({ type: 'start' })
    await h.advance(30_000)
    const words = runWords(h.view(), ENGLISH_WORDS)
    expect(words).toMatchObject({ phase: 'Round rest', headline: 'Up next: Rows' })
    expect(words.where).toBe('Round 2/2 next')
  })

  it('the last move names the cool-down; the cool-down says it is the end', async () => {
    const h = opened()
    h.send({ type: 'start' })
    await h.advance(5_000 + 25_000 + 20_000 + 15_000)
    expect(runWords(h.view(), ENGLISH_WORDS)).toMatchObject({
      headline: 'Dogs',
      next: 'Next: Cool-down',
    })
    await h.advance(10_000)
    expect(runWords(h.view(), ENGLISH_WORDS)).toMatchObject({
      phase: 'Cool-down',
      next: 'Then you are done',
    })
  })

  it('an EMOM rest says it lasts to the end of the window', async () => {
    const h = runHarness()
    const emom = circuit({ prepareSec: 0 }, [
      {
        id: 'b',
        rounds: 1,
        restBetweenRoundsSec: 0,
        format: { type: 'emom', windowSec: 60, windows: 3 },
        exercises: [exercise('Burpees', { mode: 'reps', reps: 8 })],
      },
    ])
    h.send({ type: 'open', circuit: emom })
    h.send({ type: 'start' })
    await h.advance(20_000)
    expect(runWords(h.view(), ENGLISH_WORDS).next).toBe('Next: Burpees')
    h.send({ type: 'done' })
    expect(runWords(h.view(), ENGLISH_WORDS)).toMatchObject({
      phase: 'Rest',
      next: 'Rest to the end of the window',
    })
    expect(formatLine(h.view(), ENGLISH_WORDS)).toBe('EMOM · rest until the minute is up')
  })
})

describe('the digits say the last seconds and an overrun', () => {
  it('marks the last three seconds of a step, and nothing before', async () => {
    const h = opened()
    h.send({ type: 'start' })
    await h.advance(5_000)
    const face = (ms: number) => clockFaceAt(h.view(), h.clock.now() + ms)
    expect(face(6_999).alert).toBe('none')
    expect(face(7_000)).toMatchObject({ digits: '0:03', alert: 'final' })
    expect(face(9_999)).toMatchObject({ digits: '0:01', alert: 'final' })
  })

  it('marks an EMOM move that runs past its window as over', async () => {
    const h = runHarness()
    const emom = circuit({ prepareSec: 0 }, [
      {
        id: 'b',
        rounds: 1,
        restBetweenRoundsSec: 0,
        format: { type: 'emom', windowSec: 60, windows: 3 },
        exercises: [exercise('Burpees', { mode: 'reps', reps: 8 })],
      },
    ])
    h.send({ type: 'open', circuit: emom })
    h.send({ type: 'start' })
    await h.advance(58_000)
    expect(clockFaceAt(h.view(), h.clock.now()).alert).toBe('final')
    await h.advance(4_000)
    expect(clockFaceAt(h.view(), h.clock.now())).toMatchObject({ digits: '+0:02', alert: 'over' })
  })
})
