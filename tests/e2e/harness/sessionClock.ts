// The session clock of the harness's "main" (this test process), kept in step with the page's Playwright
// clock: it runs on real time until the test pauses the page's clock, then moves exactly as the page's does
// (pauseAt jumps, runFor steps). A SimulatedClock underneath fires the session's timers as time passes.
import type { Page } from '@playwright/test'
import { SimulatedClock } from 'xstate'
import type { SessionClock } from '@shared/engine/timerMachine'

/** SimulatedClock fires due timers only after moving time: small steps keep them near their due time. */
const STEP_MS = 20
const PUMP_MS = 4
const LOCKSTEP_MS = 60_000

export class HarnessClock implements SessionClock {
  private readonly sim = new SimulatedClock()
  private pump: NodeJS.Timeout | null = null
  private last = performance.now()

  constructor() {
    this.sim.set(Date.now())
    this.pump = setInterval(() => {
      const t = performance.now()
      this.sim.increment(t - this.last)
      this.last = t
    }, PUMP_MS)
  }

  now = (): number => this.sim.now()
  setTimeout = (fn: () => void, ms: number): unknown => this.sim.setTimeout(fn, ms)
  clearTimeout = (id: unknown): void => this.sim.clearTimeout(id as number)

  /** Stops following real time: from now on only the test moves it. */
  freeze(): void {
    if (this.pump) clearInterval(this.pump)
    this.pump = null
  }

  advance(ms: number): void {
    for (let left = ms; left > 0; left -= STEP_MS) this.sim.increment(Math.min(STEP_MS, left))
  }

  dispose(): void {
    this.freeze()
  }

  /** Makes the page's pauseAt and runFor move this clock too, by the same amounts. */
  follow(page: Page): void {
    const clock = page.clock
    const pauseAt = clock.pauseAt.bind(clock)
    const runFor = clock.runFor.bind(clock)
    // Main moves first: the page's timers that fire during the jump (its clock-offset pings among them)
    // then find main already where the page is going.
    clock.pauseAt = async (time) => {
      const before = await page.evaluate(() => Date.now())
      const target = typeof time === 'number' ? time : new Date(time).getTime()
      this.freeze()
      this.advance(Math.max(0, target - before))
      await pauseAt(time)
    }
    // In lockstep, a minute at a time, so frames reach the page as its own timers run.
    clock.runFor = async (ticks) => {
      const total = typeof ticks === 'number' ? ticks : parseDuration(ticks)
      for (let left = total; left > 0; left -= LOCKSTEP_MS) {
        const step = Math.min(LOCKSTEP_MS, left)
        this.advance(step)
        await runFor(step)
      }
    }
  }
}

/** Playwright's "mm:ss" or "hh:mm:ss" durations. */
function parseDuration(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0) * 1000
}
