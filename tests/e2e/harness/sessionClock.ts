// The session clock of the harness's "main" (this test process), kept in step with the page's Playwright
// clock: it runs on real time until the test pauses the page's clock, then moves exactly as the page's does
// (pauseAt jumps, runFor steps), and on real time again once the test resumes it. A SimulatedClock
// underneath fires the session's timers as time passes.
import type { Page } from '@playwright/test'
import { SimulatedClock } from 'xstate'
import type { SessionClock } from '@shared/engine/timerMachine'

/** SimulatedClock fires due timers only after moving time: small steps keep them near their due time. */
const STEP_MS = 20
const PUMP_MS = 4
const LOCKSTEP_MS = 60_000
/** Jumps this long or longer first wait for the page's calls into main (see settle). */
const SETTLE_FROM_MS = 100

export class HarnessClock implements SessionClock {
  private readonly sim = new SimulatedClock()
  private pump: NodeJS.Timeout | null = null
  private last = performance.now()
  /** The page's calls into "main" not yet answered. */
  private readonly calls = new Set<Promise<unknown>>()

  constructor() {
    this.sim.set(Date.now())
    this.thaw()
  }

  /** Follows real time again, from now. */
  private thaw(): void {
    if (this.pump) return
    this.last = performance.now()
    this.pump = setInterval(() => {
      const t = performance.now()
      this.sim.increment(t - this.last)
      this.last = t
    }, PUMP_MS)
  }

  /**
   * Notes a call from the page into "main", or a frame from main on its way to the page, so that a jump in
   * time waits until it has arrived.
   */
  track<T>(call: Promise<T>): Promise<T> {
    this.calls.add(call)
    const done = () => void this.calls.delete(call)
    call.then(done, done)
    return call
  }

  /**
   * Waits until every call the page has made so far has reached main and been answered, and main's frames
   * have reached the page. A key press
   * resolves once the page has handled it, but its call into main may still be on the way: jumping main's
   * clock before it arrives would leave the session started after the jump, frozen in its first step.
   */
  private async settle(page: Page): Promise<void> {
    // One round trip: the page's earlier binding calls arrive before this answer does.
    await page.evaluate(() => 0)
    while (this.calls.size > 0) await Promise.allSettled([...this.calls])
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
    const resume = clock.resume.bind(clock)
    // Main moves first: the page's timers that fire during the jump (its clock-offset pings among them)
    // then find main already where the page is going.
    clock.pauseAt = async (time) => {
      const before = await page.evaluate(() => Date.now())
      const target = typeof time === 'number' ? time : new Date(time).getTime()
      await this.settle(page)
      this.freeze()
      this.advance(Math.max(0, target - before))
      await pauseAt(time)
    }
    // In lockstep, a minute at a time, so frames reach the page as its own timers run.
    clock.runFor = async (ticks) => {
      const total = typeof ticks === 'number' ? ticks : parseDuration(ticks)
      // A step of a few milliseconds (axe pumped along on the paused clock) skips past nothing a press
      // started; the round trip would only slow the pumping down.
      if (total >= SETTLE_FROM_MS) await this.settle(page)
      for (let left = total; left > 0; left -= LOCKSTEP_MS) {
        const step = Math.min(LOCKSTEP_MS, left)
        this.advance(step)
        await runFor(step)
      }
    }
    // The page's clock runs on real time again: so does main's.
    clock.resume = async () => {
      await resume()
      this.thaw()
    }
  }
}

/** Playwright's "mm:ss" or "hh:mm:ss" durations. */
function parseDuration(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0) * 1000
}
