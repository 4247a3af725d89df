import { runSaveMessages } from '@shared/run/messages'
import { ENGLISH_WORDS } from '@tests/unit/helpers/wording'
import { describe, expect, it } from 'vitest'
import type { JournalSnapshot, PendingSession } from '@shared/model/journal'
import type { Session } from '@shared/model/session'
import { isSessionActive } from '@shared/run/runView'
import { circuit, exercise } from '@tests/unit/helpers/circuits'
import { runHarness, WALL_START } from '@tests/unit/helpers/runHarness'

/** prepare 5 s, then 2 rounds of two 10 s moves with 5 s rest: 12 steps, 5 + 2 * (10+5+10+5) - 5 = 60 s. */
const SHORT = circuit({ prepareSec: 5, defaults: { workSec: 10, restSec: 5 } }, [
  {
    id: 'b1',
    rounds: 2,
    restBetweenRoundsSec: 0,
    exercises: [exercise('Rows'), exercise('Bird-dogs')],
  },
])

describe('session host', () => {
  it('opens ready, starts on the journal, and saves one completed session at the end', async () => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    expect(h.view()).toMatchObject({ status: 'ready', stepIndex: 0, journal: 'none' })
    expect(isSessionActive(h.view())).toBe(false)
    // Nothing but Start does anything before the start.
    h.send({ type: 'next' })
    h.send({ type: 'addTime' })
    expect(h.calls).toEqual([])

    h.send({ type: 'start' })
    await h.settle()
    expect(h.of('begin')).toEqual([
      {
        sessionId: 'session-0001',
        circuit: SHORT,
        startedAt: expect.stringMatching(/^2026-11-22T/) as string,
        timeZone: 'Europe/Madrid',
      },
    ])
    expect(h.of('keepAwake')).toEqual([{ on: true }])
    expect(isSessionActive(h.view())).toBe(true)

    await h.advance(61_000)
    const progress = h.of('progress') as Array<{ step: { stepIndex: number } }>
    const [saved] = h.of('save') as Session[]
    expect(saved!.status).toBe('completed')
    expect(saved!.steps.map((s) => s.stepIndex)).toEqual(progress.map((p) => p.step.stepIndex))
    expect(saved!.steps).toHaveLength(h.view().stepCount)
    expect(h.of('save')).toHaveLength(1)
    expect(h.view().save).toMatchObject({ state: 'saved', alreadySaved: false })
    expect(h.of('keepAwake').at(-1)).toEqual({ on: false })
    expect(isSessionActive(h.view())).toBe(false)
    // A snapshot for every change of course: one per step here.
    expect(h.of('snapshot').length).toBeGreaterThanOrEqual(h.view().stepCount - 1)
  })

  it('publishes a pause once, before it journals it: the press is answered first, the fsync after', async () => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    h.send({ type: 'start' })
    await h.advance(1_000)
    const order: string[] = []
    const stop = h.host.subscribe((v) => order.push(`frame:${v?.status}`))
    const before = h.of('snapshot').length
    h.send({ type: 'toggle' })
    order.push(`journaled:${h.of('snapshot').length - before}`)
    await h.settle()
    order.push(`journaled:${h.of('snapshot').length - before}`)
    stop()
    // One frame: the timer's change and the session's reaction to it are one instant, one view.
    expect(order).toEqual(['frame:paused', 'journaled:0', 'journaled:1'])
  })

  it('journals the timer whenever it changes course, and lets the screen sleep after a long pause', async () => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    h.send({ type: 'start' })
    await h.advance(1_000)
    const before = h.of('snapshot').length
    h.send({ type: 'toggle' })
    await h.settle()
    h.send({ type: 'addTime' })
    await h.settle()
    const snapshots = h.of('snapshot') as JournalSnapshot[]
    expect(snapshots.length).toBe(before + 2)
    const persisted = snapshots.at(-1)!.timer.snapshot as {
      value: unknown
      children: { timer: { snapshot: { value: unknown; context: object } } }
    }
    expect(persisted.value).toEqual({ running: 'paused' })
    expect(persisted.children.timer.snapshot.value).toBe('paused')
    expect(persisted.children.timer.snapshot.context).toMatchObject({ stepAddedMs: 10_000 })
    expect(h.view().status).toBe('paused')
    expect(h.view().timing.frozenAt).not.toBeNull()

    await h.advance(60_000)
    expect(h.of('keepAwake').at(-1)).toEqual({ on: false })
    h.send({ type: 'toggle' })
    await h.settle()
    expect(h.of('keepAwake').at(-1)).toEqual({ on: true })
  })

  it('saves at the end even when the journal could never begin, and says what is on disk', async () => {
    const h = runHarness({ failing: ['begin'] })
    h.send({ type: 'open', circuit: SHORT })
    h.send({ type: 'start' })
    await h.settle()
    expect(h.view().journal).toBe('failed')
    // The session keeps the store's reason; the screen says it in its language.
    const error = h.view().error
    expect(error).toBeTruthy()
    expect(runSaveMessages.journalFailed(error!, ENGLISH_WORDS)).toMatch(
      /a crash before then would lose it/
    )
    await h.advance(61_000)
    expect(h.of('progress')).toEqual([])
    expect(h.of('save')).toHaveLength(1)
    expect(h.view().save.state).toBe('saved')
  })

  it('a failed save says whether the journal has the steps, and Retry saves', async () => {
    for (const failing of [['save'], ['begin', 'save']] as const) {
      const h = runHarness({ failing: [...failing] })
      h.send({ type: 'open', circuit: SHORT })
      h.send({ type: 'start' })
      await h.advance(6_000) // into the first move: stopping before it would save nothing
      h.send({ type: 'stop' })
      await h.settle()
      const save = h.view().save
      expect(save.state).toBe('failed')
      const reason = save.state === 'failed' ? save.message : ''
      const message = runSaveMessages.saveFailed(reason, h.view().journal, ENGLISH_WORDS)
      expect(message).toMatch(
        failing.length === 1 ? /in the journal on disk/ : /It is not on disk yet: keep Cadence open/
      )
      expect(isSessionActive(h.view())).toBe(true)
      h.failing.clear()
      h.send({ type: 'retrySave' })
      await h.settle()
      expect(h.view().save).toMatchObject({ state: 'saved' })
      expect((h.of('save') as Session[]).map((s) => s.status)).toEqual(['stopped', 'stopped'])
    }
  })

  it('resumes after a crash paused, restarting the step that was running, and saves one session', async () => {
    // The first run: crash in the middle of the third step (the first rest).
    const first = runHarness()
    first.send({ type: 'open', circuit: SHORT })
    first.send({ type: 'start' })
    await first.advance(17_000)
    const begin = first.of('begin')[0] as Omit<PendingSession, 'steps' | 'timer'>
    const snapshots = first.of('snapshot') as JournalSnapshot[]
    const steps = (first.of('progress') as Array<{ step: Session['steps'][number] }>).map(
      (p) => p.step
    )
    expect(steps.map((s) => s.stepIndex)).toEqual([0, 1])
    const pending: PendingSession = { ...begin, steps, timer: snapshots.at(-1)!.timer }

    // The next start, ten minutes later.
    const second = runHarness({ journaled: { [begin.sessionId]: steps.length } })
    second.clock.set(10 * 60_000)
    second.send({ type: 'resume', pending })
    const view = second.view()
    expect(view).toMatchObject({ sessionId: begin.sessionId, status: 'paused', stepIndex: 2 })
    expect(view.startedWallMs).toBe(Date.parse(begin.startedAt))
    // The journal is the same session's: beginning it again changes nothing on disk.
    await second.settle()
    expect(second.of('begin')).toEqual([begin])
    second.send({ type: 'toggle' })
    await second.advance(60_000)
    const [saved] = second.of('save') as Session[]
    expect(saved!.id).toBe(begin.sessionId)
    expect(saved!.status).toBe('completed')
    const outcomes = saved!.steps.map((s) => `${s.stepIndex}:${s.outcome}`)
    expect(outcomes.slice(0, 4)).toEqual([
      '0:completed',
      '1:completed',
      '2:interrupted',
      '2:completed',
    ])
    expect(saved!.steps).toHaveLength(view.stepCount + 1)
    // The interrupted step is journaled too, so a second crash still has it.
    expect((second.of('progress') as Array<{ step: { outcome: string } }>)[0]!.step.outcome).toBe(
      'interrupted'
    )
    expect(saved!.startedAt).toBe(begin.startedAt)
  })

  it('publishes a view that survives JSON, with wall-clock times another process can draw', async () => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    h.send({ type: 'start' })
    await h.advance(2_000)
    const view = h.view()
    expect(JSON.parse(JSON.stringify(view))).toEqual(view)
    expect(view.timing.stepEndsAtWallMs).toBe(WALL_START + 5_000)
    expect(view.timing.stepEndsAt).toBe(5_000)
  })

  it('will not open another circuit over an active session, and closes only when it is over', async () => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    h.send({ type: 'start' })
    h.send({ type: 'open', circuit: { ...SHORT, id: 'other', name: 'Other' } })
    h.send({ type: 'close' })
    expect(h.view().circuit.name).toBe(SHORT.name)
    h.send({ type: 'stop' })
    await h.settle()
    h.send({ type: 'close' })
    expect(h.host.view()).toBeNull()
  })

  it.each([
    ['during Get ready', 2_000],
    ['at the very start', 0],
  ])('stopping %s saves nothing and forgets the journal', async (_, afterMs) => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    h.send({ type: 'start' })
    await h.advance(afterMs)
    h.send({ type: 'stop' })
    await h.settle()
    expect(h.of('save')).toEqual([])
    expect(h.of('discard')).toEqual(['session-0001'])
    expect(h.host.view()).toBeNull()
    expect(h.of('keepAwake').at(-1)).toEqual({ on: false })
  })

  it('stopping once a work step has run saves what was done, stopped', async () => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    h.send({ type: 'start' })
    await h.advance(6_000) // 1 s into the first move
    h.send({ type: 'stop' })
    await h.settle()
    const [saved] = h.of('save') as Session[]
    expect(saved!.status).toBe('stopped')
    expect(h.of('discard')).toEqual([])
    expect(h.view()).toMatchObject({ status: 'stopped', save: { state: 'saved' } })
  })
})
