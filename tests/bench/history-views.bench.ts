// With 10,000 sessions stored: how long History's list, calendar and week view take to first render in
// real Chromium (measured in the page, from the click to the view's content), and the JS heap after.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { formatOp } from '@main/store/historyLog'
import { makeSession } from '@tests/fixtures/sessions'
import { benchApp } from './lib/benchApp'
import { round } from './lib/stats'

const COUNT = Number(process.env['SESSIONS'] ?? 10_000)

const app = await benchApp({
  name: 'views',
  viewport: { width: 1366, height: 768 },
  // One session a day going back from today, written in one go (then let go, so garbage collection in
  // this process, which answers the page, stays short).
  seed: (dataDir) => {
    const lines: string[] = []
    for (let n = 0; n < COUNT; n++)
      lines.push(
        formatOp({
          op: 'put',
          session: makeSession(n, { startMs: Date.now() - n * 86_400_000 + 3_600_000 }),
        })
      )
    writeFileSync(join(dataDir, 'history.jsonl'), lines.join(''))
  },
})
const { page } = app
await app.open()

/** When a view counts as drawn: at least `atLeast` elements match, and a text reads as given. */
interface Ready {
  selector: string
  atLeast: number
  text?: { selector: string; equals: string }
}

/** Clicks, then waits in the page until `ready` holds after a DOM change: the time between, in ms. */
function timeClick(p: Page, clickSelector: string, readyWhen: Ready): Promise<number> {
  return p.evaluate(
    ([click, ready]) =>
      new Promise<number>((resolve) => {
        const isReady = () =>
          document.querySelectorAll(ready.selector).length >= ready.atLeast &&
          (!ready.text ||
            document.querySelector(ready.text.selector)?.textContent === ready.text.equals)
        const start = performance.now()
        const observer = new MutationObserver(() => {
          if (isReady()) {
            observer.disconnect()
            // The next frame is when it is on screen.
            requestAnimationFrame(() => resolve(performance.now() - start))
          }
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        ;(document.querySelector(click) as HTMLElement).click()
      }),
    [clickSelector, readyWhen] as const
  )
}

if (process.env['PROBE']) {
  const probe = await page.evaluate(async () => {
    const t0 = performance.now()
    await window.api.listHistory({ offset: 0, limit: 100 })
    const t1 = performance.now()
    await window.api.historyOverview({
      today: '2026-11-21',
      firstDay: 1,
      plan: { strength: 3, hiit: 2, cardio: 2, mobility: 1 },
      calendarFrom: '2025-11-17',
    })
    return { list: t1 - t0, overview: performance.now() - t1 }
  })
  console.log('probe', probe)
}
const listMs = await timeClick(page, 'nav[aria-label="Main"] button:nth-of-type(3)', {
  selector: '.history-row',
  atLeast: 6,
  text: { selector: '[data-testid="session-count"]', equals: `${COUNT} sessions` },
})
const rows = await page.locator('.history-row').count()
const calendarMs = await timeClick(page, '#tab-calendar', {
  selector: '.heatmap__day',
  atLeast: 301,
})
const weekMs = await timeClick(page, '#tab-week', { selector: '.plan__row', atLeast: 4 })
const cdp = await page.context().newCDPSession(page)
await cdp.send('Performance.enable')
const { metrics } = await cdp.send('Performance.getMetrics')
const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
await app.close()

console.log(`${COUNT} sessions; ${rows} list rows in the DOM while showing the list`)
console.log(
  JSON.stringify({
    bench: 'history-views',
    sessions: COUNT,
    list_ms: round(listMs),
    calendar_ms: round(calendarMs),
    week_ms: round(weekMs),
    heap_mb: round(heap / 1024 / 1024, 1),
  })
)
