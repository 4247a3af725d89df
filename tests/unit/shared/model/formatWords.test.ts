import { describe, expect, it } from 'vitest'
import { describeFormat } from '@shared/model/formatWords'
import { circuitFromPreset, PRESETS } from '@shared/library/presets'
import { circuit, exercise } from '@tests/unit/helpers/circuits'

const preset = (id: string) =>
  circuitFromPreset(
    PRESETS.find((p) => p.id === id)!,
    'x',
    '2026-11-21T10:00:00.000Z'
  )

describe('a format block in words', () => {
  it('says what each preset will do', () => {
    const emom = preset('emom-12')
    expect(describeFormat(emom.blocks[0]!, emom)).toBe(
      '12 windows of 1:00, taking turns: 10 Push-ups / 15 Kettlebell swings / 8 Renegade rows; rest the remainder of each window'
    )
    const amrap = preset('amrap-15')
    expect(describeFormat(amrap.blocks[0]!, amrap)).toBe(
      'As many rounds as possible in 15:00: 10 Push-ups, 15 Kettlebell swings, 10 Bird-dogs'
    )
    const forTime = preset('back-for-time')
    expect(describeFormat(forTime.blocks[0]!, forTime)).toBe(
      '5 rounds for time (cap 20:00): 10 Bent-over barbell rows, 10 Romanian deadlifts, 15 Kettlebell swings'
    )
  })

  it('names timed moves by their time, and says nothing for intervals', () => {
    const c = circuit({}, [
      {
        id: 'b',
        rounds: 1,
        restBetweenRoundsSec: 0,
        format: { type: 'emom', windowSec: 90, windows: 1 },
        exercises: [exercise('Swings', { workSec: 40 })],
      },
    ])
    expect(describeFormat(c.blocks[0]!, c)).toBe(
      '1 window of 1:30: 40 s Swings; rest the remainder of each window'
    )
    expect(describeFormat(circuit().blocks[0]!, circuit())).toBeNull()
  })
})
