// The phone page: draws what Cadence publishes (phase, exercise, digits, what is next) and sends the
// buttons' actions. Plain DOM, no framework, so the bundle stays small for a phone on Wi-Fi.
import { phoneDigits } from '@shared/remote/phoneDigits'
import type { RemoteAction, RemoteFrame, RemoteView } from '@shared/remote/protocol'
import { connect, socketUrl, type ConnectionMessage } from './connection'
import { pressFeedback } from './pressFeedback'
import { phoneI18n } from './phoneI18n'
import { pseudoRequested } from '../i18n/pseudoFlag'
import './remote.css'

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!
const view = $('.phone__view')
const phase = $('[data-testid="phone-phase"]')
const where = $('[data-testid="phone-where"]')
const headline = $('[data-testid="phone-headline"]')
const digits = $('[data-testid="phone-digits"]')
const next = $('[data-testid="phone-next"]')
const paused = $('[data-testid="phone-paused"]')
const picture = $<HTMLImageElement>('[data-testid="phone-demo"]')
const connection = $('.phone__connection')
const confirm = $('.phone__confirm')
const music = $('[data-testid="phone-music"]')
const track = $('[data-testid="phone-track"]')
const words = phoneI18n(pseudoRequested())
const t = words.t
const feedback = pressFeedback($('.phone__notice'), t)
/** How much −/+ move the time: main's step, shown on the buttons and said in their names. */
const TIME_STEP_S = 10
/** Main's picture of the move (src/main/remote/demoPicture.ts), beside the page under the same token. */
const DEMO_PICTURE = './demo.svg'
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-action]')]
const button = (action: RemoteAction) => buttons.find((b) => b.dataset['action'] === action)!

let frame: RemoteFrame | null = null
let shownMessage: ConnectionMessage | null = null
let frameServerAt = 0
let tick: number | undefined
/** "Connected" is news for a moment, then gives its room back; trouble stays until it is over. */
const CONNECTED_SHOWN_MS = 2_000
let settle: number | undefined
const line = connect(socketUrl(window.location), {
  onState(state, message) {
    shownMessage = message
    connection.textContent = t(message)
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
    // The words Cadence sends are in the app's language: the page's own words follow it.
    speak(next.lang)
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
  main.textContent = t(
    v?.status === 'running' ? 'pause' : v?.status === 'paused' ? 'resume' : 'start'
  )
  main.dataset['send'] = v?.status === 'ready' ? 'start' : 'toggle'
  main.disabled = !(live || v?.status === 'ready')
  for (const action of ['previous', 'next', 'addTime', 'removeTime', 'stop'] as const) {
    button(action).disabled = !live
  }
  button('done').hidden = !(live && v.repStep)
  button('roundDone').hidden = !(live && v.canRoundDone)
  if (!live) confirm.hidden = true
}

/** The computer's music: its track on one line, with Skip track; hidden when nothing plays. */
function drawTrack(f: RemoteFrame | null) {
  const now = f?.track ?? null
  music.hidden = now === null
  track.textContent = now
    ? now.artist
      ? t('trackBy', { title: now.title, artist: now.artist })
      : now.title
    : ''
}

function draw() {
  const v = frame?.view ?? null
  controlsFor(v)
  drawTrack(frame)
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
    headline.textContent = t('noCircuit')
    next.textContent = ''
  } else if (over) {
    phase.textContent = t(v.status === 'finished' ? 'finished' : 'stopped')
    where.textContent = v.circuit
    headline.textContent = t(v.status === 'finished' ? 'complete' : 'sessionStopped')
    next.textContent = ''
  } else {
    phase.textContent = v.phase
    where.textContent = v.where
    headline.textContent = v.headline
    next.textContent = v.next
  }
  drawPicture(over ? null : v)
  drawDigits()
}

/** The move's still, drawn by main (demo.svg); a new move or phase colour is a new address, so it reloads. */
function drawPicture(v: RemoteView | null) {
  const move = v?.demo
  picture.hidden = !move
  if (!v || !move) return picture.removeAttribute('src')
  const url = new URL(DEMO_PICTURE, window.location.href)
  url.searchParams.set('v', [move.exerciseId, move.side, v.text].join('.'))
  if (picture.src !== url.href) picture.src = url.href
  picture.alt = move.name
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
/** The page's fixed words (marked data-i18n, data-i18n-label in remote.html) in the current language. */
function translatePage() {
  const values = { seconds: TIME_STEP_S }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    el.textContent = t(el.dataset['i18n']!, values)
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', t(el.dataset['i18nLabel']!, values))
  if (shownMessage) connection.textContent = t(shownMessage)
}

/** Switches the page to `lang` when Cadence has it, then redraws in it. */
function speak(lang: string) {
  if (!words.use(lang)) return
  translatePage()
  draw()
}

translatePage()
draw()
// Until Cadence says which language it speaks, the phone's own (when Cadence has it).
speak(navigator.language)
document.documentElement.dataset['remoteReady'] = 'true'
