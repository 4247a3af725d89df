// Keeps the run screen's digits and bars current at almost no cost: the digits (and their state, such as
// the last three seconds) and both bars are written once per displayed change, on a timer aimed at that
// change. The bars step with the digits rather than glide: a running CSS transition costs the page a task
// at every compositor frame (about 3 ms a second at 1080p, measured by tracing; bench run-cost).
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
      setBar(targets.stepBar.current, shown.stepProgress)
      setBar(targets.sessionBar.current, shown.sessionProgress)
      // 1 ms past the change, so the new second is always the one shown.
      if (shown.changesAt !== null) timer = window.setTimeout(paint, shown.changesAt - now + 1)
    }
    paint()
    return () => window.clearTimeout(timer)
  }, [view, targets.digits, targets.total, targets.stepBar, targets.sessionBar, offsetMs])
}

function setText(el: HTMLElement | null, text: string) {
  if (el && el.textContent !== text) el.textContent = text
}

/** The digits' state for CSS to style (the last seconds, an overrun): written only when it changes. */
function setClock(el: HTMLElement | null, alert: string) {
  if (el && el.dataset['clock'] !== alert) el.dataset['clock'] = alert
}

function setBar(el: HTMLElement | null, fraction: number) {
  const transform = `scaleX(${fraction})`
  if (el && el.style.transform !== transform) el.style.transform = transform
}
