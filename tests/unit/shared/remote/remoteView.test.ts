import { ENGLISH_WORDS } from '@tests/unit/helpers/wording'
import { describe, expect, it } from 'vitest'
import { toRemoteView } from '@shared/remote/remoteView'
import { phoneDigits } from '@shared/remote/phoneDigits'
import { clockOffset } from '@shared/remote/clockOffset'
import { RemoteViewSchema } from '@shared/remote/protocol'
import { clockFaceAt } from '@shared/run/clockFace'
import { runWords } from '@shared/run/words'
import { circuit, exercise } from '@tests/unit/helpers/circuits'
import { runHarness } from '@tests/unit/helpers/runHarness'

const SHORT = circuit({ prepareSec: 5, defaults: { workSec: 10, restSec: 5 } }, [
  {
    id: 'b1',
    rounds: 1,
    restBetweenRoundsSec: 0,
    exercises: [exercise('Rows'), { ...exercise('Push-ups'), mode: 'reps', reps: 10 }],
  },
])

describe('what a phone shows', () => {
  it('says what the run screen says and shows the same digits, on a valid view', async () => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    const ready = toRemoteView(h.view(), ENGLISH_WORDS)
    expect(RemoteViewSchema.parse(ready)).toEqual(ready)
    expect(phoneDigits(ready, 0)).toEqual({ digits: '0:05', changesAt: null })
    h.send({ type: 'start' })
    for (const at of [1_300, 5_000, 7_250]) {
      await h.advance(at - h.clock.now())
      const view = h.view()
      const phone = toRemoteView(view, ENGLISH_WORDS)
      const now = h.clock.now()
      expect(phone.phase).toBe(runWords(view, ENGLISH_WORDS).phase)
      expect(phone.headline).toBe(runWords(view, ENGLISH_WORDS).headline)
      expect(phoneDigits(phone, now).digits).toBe(clockFaceAt(view, now).digits)
      expect(phoneDigits(phone, now).changesAt).toBe(clockFaceAt(view, now).changesAt)
    }
    h.send({ type: 'toggle' })
    const paused = toRemoteView(h.view(), ENGLISH_WORDS)
    expect(phoneDigits(paused, h.clock.now() + 60_000)).toEqual({
      digits: clockFaceAt(h.view(), h.clock.now()).digits,
      changesAt: null,
    })
  })

  it('counts up on a rep step and says Done is possible there', async () => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    h.send({ type: 'start' })
    await h.advance(5_000)
    h.send({ type: 'next' })
    h.send({ type: 'next' })
    const view = h.view()
    expect(view.step.durationMs).toBeNull()
    await h.advance(2_400)
    const phone = toRemoteView(h.view(), ENGLISH_WORDS)
    expect(phone.repStep).toBe(true)
    expect(phoneDigits(phone, h.clock.now())).toEqual({
      digits: '0:02',
      changesAt: h.clock.now() + 600,
    })
  })
})

describe('the phone clock offset', () => {
  it('trusts the ping with the shortest round trip', () => {
    expect(clockOffset([])).toBeNull()
    // Phone is 5 s behind; the slow sample would say otherwise.
    expect(
      clockOffset([
        { sentAt: 0, receivedAt: 400, serverNow: 5_350 },
        { sentAt: 1_000, receivedAt: 1_020, serverNow: 6_010 },
        { sentAt: 2_000, receivedAt: 1_990, serverNow: 0 },
      ])
    ).toBe(5_000)
  })
})

describe('a phone in a format block', () => {
  it('shows the same digits as the run screen in an EMOM window and a For Time block', async () => {
    const emom = circuit({ prepareSec: 0 }, [
      {
        id: 'e',
        rounds: 1,
        restBetweenRoundsSec: 0,
        format: { type: 'emom', windowSec: 60, windows: 2 },
        exercises: [{ ...exercise('Burpees'), mode: 'reps', reps: 8 }],
      },
      {
        id: 'f',
        rounds: 2,
        restBetweenRoundsSec: 0,
        format: { type: 'forTime' },
        exercises: [{ ...exercise('Rows'), mode: 'reps', reps: 10 }],
      },
    ])
    const h = runHarness()
    h.send({ type: 'open', circuit: emom })
    h.send({ type: 'start' })
    await h.advance(20_000)
    const same = () => {
      const now = h.clock.now()
      expect(phoneDigits(toRemoteView(h.view(), ENGLISH_WORDS), now).digits).toBe(
        clockFaceAt(h.view(), now).digits
      )
    }
    same() // 0:40 left of the window
    h.send({ type: 'done' })
    await h.advance(40_000)
    h.send({ type: 'done' })
    await h.advance(60_000) // into For Time
    await h.advance(15_000)
    h.send({ type: 'done' })
    await h.advance(5_000)
    same() // 0:20 on For Time's own clock
    expect(toRemoteView(h.view(), ENGLISH_WORDS).canRoundDone).toBe(false)
  })
})
