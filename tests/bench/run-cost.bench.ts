// What watching the timer costs: a 5-minute step running at 1920x1080 in real Chromium, on the real clock.
// Main-thread task time and style recalculations per second from the DevTools protocol's performance
// metrics, over a window in the middle of the step, with an idle screen (the circuit list) alongside.
import type { CDPSession } from '@playwright/test'
import { benchApp } from './lib/benchApp'
import { oneStepCircuit } from './lib/oneStepCircuit'
import { round } from './lib/stats'

const WINDOW_S = Number(process.env['RUN_COST_SECONDS'] ?? 20)
const circuit = oneStepCircuit('bench-cost', 'Cost bench', 300)

const app = await benchApp({
  name: 'cost',
  viewport: { width: 1920, height: 1080 },
  circuits: [circuit],
})
const { page } = app
await app.open()
const cdp = await page.context().newCDPSession(page)
await cdp.send('Performance.enable')

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await session.send('Performance.getMetrics')
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]))
}
/** Task seconds and style recalculations over `seconds` of real time, per second. */
async function measure(seconds: number) {
  await new Promise((resolve) => setTimeout(resolve, 2_000)) // let the screen settle first
  const a = await metrics(cdp)
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  const b = await metrics(cdp)
  const elapsed = b['Timestamp']! - a['Timestamp']!
  return {
    taskMsPerS: ((b['TaskDuration']! - a['TaskDuration']!) * 1000) / elapsed,
    recalcPerS: (b['RecalcStyleCount']! - a['RecalcStyleCount']!) / elapsed,
    layoutPerS: (b['LayoutCount']! - a['LayoutCount']!) / elapsed,
  }
}

const idle = await measure(WINDOW_S)
await page.keyboard.press('Control+2')
await page.getByRole('button', { name: `Start ${circuit.name}` }).click()
await page.getByRole('button', { name: 'Start', exact: true }).click()
await page.locator('[role="timer"][data-step-started-at]').waitFor({ state: 'attached' })
const running = await measure(WINDOW_S)
const digits = await page.getByRole('timer').textContent()

await app.close()

console.log(`running ${WINDOW_S} s at 1920x1080, digits at the end: ${digits}`)
console.log(
  JSON.stringify({
    bench: 'run-cost',
    task_ms_per_s: round(running.taskMsPerS),
    recalc_per_s: round(running.recalcPerS),
    layout_per_s: round(running.layoutPerS),
    idle_task_ms_per_s: round(idle.taskMsPerS),
    idle_recalc_per_s: round(idle.recalcPerS),
  })
)
