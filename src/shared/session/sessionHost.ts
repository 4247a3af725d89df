// Runs the one session actor with main's ports: opens and resumes sessions, turns actions into the
// machine's events and publishes its view. It holds the actor and its listeners only: every state of the
// session lives in the machine. Pure TypeScript, so it runs in Node on a SimulatedClock.
import { createActor, fromCallback, fromPromise, type Actor, type Snapshot } from 'xstate'
import { compilePlan } from '../engine/plan'
import type { Circuit } from '../model/circuit'
import type { PendingSession } from '../model/journal'
import { buildView } from '../run/buildView'
import { isSessionActive, type RunView } from '../run/runView'
import type { RunAction } from '../run/runTypes'
import { finishSession } from '../run/finishSession'
import { journalActor, type SessionPorts } from './sessionJournal'
import {
  LONG_PAUSE_MS,
  sessionMachine,
  type SessionIdentity,
  type SessionMachine,
} from './sessionMachine'
import { resumeSnapshot } from './resumeSession'

export interface SessionHost {
  send(action: RunAction): void
  view(): RunView | null
  subscribe(listener: (view: RunView | null) => void): () => void
  dispose(): void
}

type InSessionAction = Exclude<RunAction, { type: 'open' } | { type: 'resume' }>

const TIMER_COMMANDS = {
  toggle: 'TOGGLE',
  next: 'NEXT',
  previous: 'PREVIOUS',
  done: 'DONE',
  roundDone: 'ROUND_DONE',
  addTime: 'ADD_TIME',
  removeTime: 'REMOVE_TIME',
  suspend: 'PAUSE',
  stop: 'STOP',
} as const

/** The session machine with main's implementations of its journal, its save and keep-awake. */
function sessionMachineFor(ports: SessionPorts, persisted: () => Snapshot<unknown> | null) {
  return sessionMachine.provide({
    actors: {
      journal: fromCallback(journalActor(ports, persisted)),
      save: fromPromise(async ({ input }) => {
        const session = finishSession(input, ports.settings())
        return { ...(await ports.save(session)), session }
      }),
    },
    actions: {
      keepAwake: (_, { on }) => ports.keepAwake(on),
      discardJournal: ({ context }) => ports.journal.discard(context.sessionId),
    },
    delays: { longPause: ports.longPauseMs ?? LONG_PAUSE_MS },
  })
}

/**
 * The session's view for every screen, published once per change. A press changes the timer, then the
 * session reacts to that change: two snapshots of one instant with the same view. Every screen (window,
 * TV, phones) would draw it twice; one frame is enough.
 */
function viewPublisher(now: () => number) {
  let view: RunView | null = null
  let published = ''
  const listeners = new Set<(view: RunView | null) => void>()
  return {
    current: () => view,
    publish: (actor: Actor<SessionMachine> | null) => {
      const snapshot = actor?.getSnapshot()
      const next = snapshot && snapshot.status === 'active' ? buildView(snapshot, now()) : null
      const key = JSON.stringify(next)
      if (key === published) return
      published = key
      view = next
      for (const listener of listeners) listener(view)
    },
    subscribe: (listener: (view: RunView | null) => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    clear: () => listeners.clear(),
  }
}

export function createSessionHost(ports: SessionPorts): SessionHost {
  let actor: Actor<SessionMachine> | null = null
  const views = viewPublisher(() => ports.clock.now())
  const publish = () => views.publish(actor)
  const machine = sessionMachineFor(ports, () => actor?.getPersistedSnapshot() ?? null)
  const adopt = (next: Actor<SessionMachine>) => {
    actor?.stop()
    actor = next
    next.subscribe({ next: publish, error: (e) => ports.log?.(e) })
    next.start()
    publish()
  }

  function open(circuit: Circuit) {
    const identity = {
      sessionId: ports.newId(),
      circuit,
      plan: compilePlan(circuit),
      timeZone: ports.timeZone(),
    }
    adopt(createActor(machine, { clock: ports.clock, input: identity }))
  }

  function resume(pending: PendingSession) {
    const restored = resumeSnapshot(pending)
    // The input is only read on a fresh start; a restored actor takes its context from the snapshot.
    const { context } = restored.snapshot as unknown as { context: SessionIdentity }
    adopt(createActor(machine, { clock: ports.clock, snapshot: restored.snapshot, input: context }))
    actor?.send({ type: 'INTERRUPTED', lastKnownAt: restored.savedAt })
  }

  /** The machine's event for an action on the session open now. */
  function act(current: Actor<SessionMachine>, action: InSessionAction) {
    const ready = current.getSnapshot().matches('ready')
    switch (action.type) {
      case 'start':
        return ready ? current.send({ type: 'START', wallMs: ports.wallNow() }) : undefined
      case 'retrySave':
        return current.send({ type: 'RETRY' })
      case 'again':
        return views.current()?.save.state === 'saved'
          ? open(current.getSnapshot().context.circuit)
          : undefined
      case 'close':
        current.send({ type: 'CLOSE' })
        return current.getSnapshot().status === 'done' ? publish() : undefined
      case 'toggle':
        if (ready) return current.send({ type: 'START', wallMs: ports.wallNow() })
        return current.send({ type: 'TIMER', command: 'TOGGLE' })
      default:
        return current.send({ type: 'TIMER', command: TIMER_COMMANDS[action.type] })
    }
  }

  return {
    send(action) {
      const active = isSessionActive(views.current())
      if (action.type === 'open') return active ? undefined : open(action.circuit)
      if (action.type === 'resume') return active ? undefined : resume(action.pending)
      if (actor) act(actor, action)
    },
    view: views.current,
    subscribe: views.subscribe,
    dispose() {
      actor?.stop()
      actor = null
      views.clear()
    },
  }
}
