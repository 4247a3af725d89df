// The phone page: draws what Cadence publishes (phase, exercise, digits, what is next) and sends the
// buttons' actions. Plain DOM, no framework, so the bundle stays small for a phone on Wi-Fi.
import { phoneDigits } from '@shared/remote/phoneDigits'
import type { RemoteAction, RemoteFrame, RemoteView } from '@shared/remote/protocol'
import { connect, socketUrl } from './connection'
import { pressFeedback } from './pressFeedback'
import './remote.css'

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!
const view = $('.phone__view')
const phase = $('[data-testid="phone-phase"]')
const where = $('[data-testid="phone-where"]')
const headline = $('[data-testid="phone-headline"]')
const digits = $('[data-testid="phone-digits"]')
const next = $('[data-testid="phone-next"]')
const paused = $('[data-testid="phone-paused"]')
const connection = $('.phone__connection')
const confirm = $('.phone__confirm')
const feedback = pressFeedback($('.phone__notice'))
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-action]')]
const button = (action: RemoteAction) => buttons.find((b) => b.dataset['action'] === action)!

let frame: RemoteFrame | null = null
let frameServerAt = 0
let tick: number | undefined
/** "Connected" is news for a moment, then gives its room back; trouble stays until it is over. */
const CONNECTED_SHOWN_MS = 2_000
let settle: number | undefined
const line = connect(socketUrl(window.location), {
  onState(state, message) {
    connection.textContent = message
    connection.dataset['state'] = state
    document.body.dataset['connected'] = String(state === 'open')
    window.clearTimeout(settle)
    connection.hidden = false
    if (state === 'open')
      settle = window.setTimeout(() => (connection.hidden = true), CONNECTED_SHOWN_MS)
  },
  onFrame(next, serverAt) {
    frame = next
    frameServerAt = serverAt
    draw()
  },
  onAck: (ack) => feedback.answered(ack),
})

/** Now on the clock of the page that owns the session. */
const viewNow = (f: RemoteFrame) => f.sentAt + (Date.now() + line.offset() - frameServerAt)

function drawDigits() {
  window.clearTimeout(tick)
  const status = frame?.view?.status
  // After the end there is no time to show: a stale 0:07 would read as a session still going.
  if (!frame?.view || status === 'finished' || status === 'stopped') {
    digits.textContent = ''
    return
  }
  const now = viewNow(frame)
  const shown = phoneDigits(frame.view, now)
  digits.textContent = shown.digits
  if (shown.changesAt !== null) tick = window.setTimeout(drawDigits, shown.changesAt - now + 5)
}

function controlsFor(v: RemoteView | null) {
  const live = v !== null && (v.status === 'running' || v.status === 'paused')
  const main = button('toggle')
  main.textContent = v?.status === 'running' ? 'Pause' : v?.status === 'paused' ? 'Resume' : 'Start'
  main.dataset['send'] = v?.status === 'ready' ? 'start' : 'toggle'
  main.disabled = !(live || v?.status === 'ready')
  for (const action of ['previous', 'next', 'addTime', 'removeTime', 'stop'] as const) {
    button(action).disabled = !live
  }
  button('done').hidden = !(live && v.repStep)
  button('roundDone').hidden = !(live && v.canRoundDone)
  if (!live) confirm.hidden = true
}

function draw() {
  const v = frame?.view ?? null
  controlsFor(v)
  document.body.dataset['status'] = v?.status ?? 'none'
  paused.hidden = v?.status !== 'paused'
  const over = v === null || v.status === 'finished' || v.status === 'stopped'
  // The phase colour only while a session runs; before and after, the page's own neutral colours.
  view.style.background = over ? '' : v.background
  view.style.color = over ? '' : v.text
  if (v?.accent) view.style.setProperty('--accent', v.accent)
  else view.style.removeProperty('--accent')
  if (!v) {
    phase.textContent = 'Cadence'
    where.textContent = ''
    headline.textContent = 'Open a circuit on the computer.'
    next.textContent = ''
  } else if (over) {
    phase.textContent = v.status === 'finished' ? 'Finished' : 'Stopped'
    where.textContent = v.circuit
    headline.textContent = v.status === 'finished' ? 'Workout complete' : 'Session stopped'
    next.textContent = ''
  } else {
    phase.textContent = v.phase
    where.textContent = v.where
    headline.textContent = v.headline
    next.textContent = v.next
  }
  drawDigits()
}

for (const b of buttons) {
  b.addEventListener('click', () => {
    const action = (b.dataset['send'] ?? b.dataset['action']) as RemoteAction
    if (action === 'stop') {
      confirm.hidden = false
      $<HTMLButtonElement>('[data-confirm="cancel"]').focus()
      return
    }
    feedback.pressed(line.send(action))
  })
}
$('[data-confirm="stop"]').addEventListener('click', () => {
  confirm.hidden = true
  feedback.pressed(line.send('stop'))
})
$('[data-confirm="cancel"]').addEventListener('click', () => (confirm.hidden = true))
draw()
document.documentElement.dataset['remoteReady'] = 'true'
