// The phone remote on loopback, end to end in real Chromium: a phone page presses Pause/Resume, the session
// in main (the real services) changes state and publishes its frame, the phone draws it. command: press ->
// the session's new frame in main; view: press -> the phone shows it. The app page is open, as it would be.
// Every process reads the same wall clock (timeOrigin + now), so the times compare across them.
import { benchApp } from './lib/benchApp'
import { oneStepCircuit } from './lib/oneStepCircuit'
import { percentile, round } from './lib/stats'

const PRESSES = Number(process.env['REMOTE_PRESSES'] ?? 150)
const circuit = oneStepCircuit('bench-remote', 'Remote bench', 3600)

const app = await benchApp({
  name: 'remote',
  viewport: { width: 1366, height: 768 },
  circuits: [circuit],
  remote: true,
})
const { page, services } = app
/** When each new frame of the session was published in main, on the shared wall clock. */
const arrivals: number[] = []
services.session.subscribe(() => arrivals.push(performance.timeOrigin + performance.now()))
await app.open()
const status = await services.handlers['remote:setEnabled']({ on: true })
await page.keyboard.press('Control+2')
await page.getByRole('button', { name: `Start ${circuit.name}` }).click()

const phoneContext = await app.browser.newContext({ viewport: { width: 390, height: 844 } })
const phone = await phoneContext.newPage()
// tsx's keepNames helper, as benchApp adds to the app page.
await phone.addInitScript('globalThis.__name = (fn) => fn')
await phone.goto(status.url!)
await phone.getByTestId('connection').getByText('Connected').waitFor()
await phone.getByTestId('phone-phase').getByText('Ready').waitFor()
await phone.getByRole('button', { name: 'Start' }).click()
await phone.getByTestId('phone-phase').getByText('Work', { exact: true }).waitFor()

// In the phone page: press, then wait for the page to draw the new status (the body's data-status: the
// phase line stays "Work" while a band says PAUSED). Presses are spaced to stay under the
// remote's rate limit (10 a second), as a person's would be.
const presses = await phone.evaluate(async (count) => {
  const button = document.querySelector<HTMLButtonElement>('[data-action="toggle"]')!
  const body = document.body
  const wall = () => performance.timeOrigin + performance.now()
  const out: Array<{ pressed: number; shown: number }> = []
  for (let i = 0; i < count; i += 1) {
    const before = body.dataset['status']
    const shown = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`press ${i}: the phone never changed`)),
        5_000
      )
      const observer = new MutationObserver(() => {
        if (body.dataset['status'] !== before) {
          observer.disconnect()
          clearTimeout(timer)
          resolve(wall())
        }
      })
      observer.observe(body, { attributes: true, attributeFilter: ['data-status'] })
    })
    const pressed = wall()
    button.click()
    out.push({ pressed, shown: await shown })
    await new Promise((resolve) => setTimeout(resolve, 120))
  }
  return out
}, PRESSES)

// Each press's command time: the session's first frame in main after the press.
const command = presses.map(({ pressed }) => arrivals.find((t) => t >= pressed)! - pressed)
const view = presses.map(({ pressed, shown }) => shown - pressed)
await phoneContext.close()
await app.close()

console.log(`${PRESSES} presses of Pause/Resume from a phone page, over 127.0.0.1`)
console.log(
  JSON.stringify({
    bench: 'remote-latency',
    command_p50_ms: round(percentile(command, 50)),
    command_p99_ms: round(percentile(command, 99)),
    view_p50_ms: round(percentile(view, 50)),
    view_p99_ms: round(percentile(view, 99)),
  })
)
