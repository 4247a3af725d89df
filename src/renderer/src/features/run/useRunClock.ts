// Keeps the run screen's digits and bars current at almost no cost: the digits (and their state, such as
// the last three seconds) are written once per displayed change, on a timer aimed at that change; the bars move on the compositor by CSS transition,
// re-aimed only when the session changes course (a step, pause, skip, added time). With reduced motion
// (which removes transitions) the bars are instead set from the planned instants at every digit change.
import { useEffect, type RefObject } from 'react'
import { clockFaceAt } from '@shared/run/clockFace'
import type { RunView } from '@shared/run/runView'

interface Targets {
  digits: RefObject<HTMLElement | null>
  total: RefObject<HTMLElement | null>
  stepBar: RefObject<HTMLElement | null>
  sessionBar: RefObject<HTMLElement | null>
}

/** `offsetMs` turns this page's clock into the clock the view was made on (another window's). */
export function useRunClock(view: RunView, targets: Targets, offsetMs = 0): void {
  useEffect(() => {
    let timer: number | undefined
    const paint = () => {
      const now = performance.now() + offsetMs
      const shown = clockFaceAt(view, now)
      setText(targets.digits.current, shown.digits)
      setClock(targets.digits.current, shown.alert)
      setText(targets.total.current, shown.total)
      if (reducedMotion()) {
        setBar(targets.stepBar.current, shown.stepProgress)
        setBar(targets.sessionBar.current, shown.sessionProgress)
      }
      // 1 ms past the change, so the new second is always the one shown.
      if (shown.changesAt !== null) timer = window.setTimeout(paint, shown.changesAt - now + 1)
    }
    paint()
    return () => window.clearTimeout(timer)
  }, [view, targets.digits, targets.total, targets.stepBar, targets.sessionBar, offsetMs])

  useEffect(() => {
    const now = performance.now() + offsetMs
    const shown = clockFaceAt(view, now)
    const { timing } = view
    const moving = view.status === 'running' && !reducedMotion()
    const stepLeft = timing.stepEndsAt === null ? 0 : Math.max(0, timing.stepEndsAt - now)
    glide(targets.stepBar.current, shown.stepProgress, moving && stepLeft > 0 ? stepLeft : 0)
    const sessionLeft = stepLeft + timing.laterPlannedMs
    glide(
      targets.sessionBar.current,
      shown.sessionProgress,
      moving && !view.hasReps && sessionLeft > 0 ? sessionLeft : 0
    )
  }, [view, targets.stepBar, targets.sessionBar, offsetMs])
}

function setText(el: HTMLElement | null, text: string) {
  if (el && el.textContent !== text) el.textContent = text
}

/** The digits' state for CSS to style (the last seconds, an overrun): written only when it changes. */
function setClock(el: HTMLElement | null, alert: string) {
  if (el && el.dataset['clock'] !== alert) el.dataset['clock'] = alert
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

function setBar(el: HTMLElement | null, fraction: number) {
  if (!el) return
  el.style.transition = 'none'
  el.style.transform = `scaleX(${fraction})`
}

/** Puts a bar at `from`, then (if `overMs` > 0) lets the compositor run it to full in that time. */
function glide(el: HTMLElement | null, from: number, overMs: number) {
  if (!el) return
  el.style.transition = 'none'
  el.style.transform = `scaleX(${from})`
  if (overMs <= 0) return
  void el.getBoundingClientRect() // commit the start before the transition begins
  el.style.transition = `transform ${Math.round(overMs)}ms linear`
  el.style.transform = 'scaleX(1)'
}
