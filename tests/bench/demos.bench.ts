// What a playing demo costs: counts the library's moves and those with a drawn demo, then measures the
// main thread of a 1920x1080 page while a demo plays (DevTools Performance metrics, real clock).
// The page measured is the demonstrations page by default; point DEMOS_PAGE at another (the run screen,
// once the demo is mounted there: e.g. DEMOS_PAGE='index.html') to measure it instead.
import { execSync } from 'node:child_process'
import { chromium } from '@playwright/test'
import { DEMOS } from '@shared/demo'
import { EXERCISES } from '@shared/library'
import { CHROMIUM_ARGS, chromiumExecutable } from '@tests/e2e/harness/browser'
import { startStaticServer } from '@tests/e2e/harness/staticServer'
import { round } from './lib/stats'

const SECONDS = Number(process.env['DEMOS_SECONDS'] ?? 20)
const MOVE = process.env['DEMOS_ID'] ?? 'battle-ropes'
const PAGE = process.env['DEMOS_PAGE'] ?? `demos.html?id=${MOVE}&size=800`

const moves = EXERCISES.length
const withDemo = EXERCISES.filter((e) => Object.hasOwn(DEMOS, e.id)).length

execSync('npx electron-vite build', { stdio: 'ignore' })
const server = await startStaticServer()
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
await page.goto(`${server.url}${PAGE}`)
await page.locator('[data-demo-state="playing"]').first().waitFor()
const running = await page.evaluate(() => document.getAnimations().length)

const cdp = await page.context().newCDPSession(page)
await cdp.send('Performance.enable')
const metrics = async () =>
  Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])
  ) as Record<string, number>
await new Promise((resolve) => setTimeout(resolve, 2_000)) // let the page settle first
const a = await metrics()
await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000))
const b = await metrics()
const elapsed = b['Timestamp']! - a['Timestamp']!
await browser.close()
await server.close()

console.log(`${PAGE}: ${running} animations, measured ${SECONDS} s at 1920x1080`)
console.log(
  JSON.stringify({
    bench: 'demos',
    moves,
    with_demo: withDemo,
    task_ms_per_s: round(((b['TaskDuration']! - a['TaskDuration']!) * 1000) / elapsed),
    recalc_per_s: round((b['RecalcStyleCount']! - a['RecalcStyleCount']!) / elapsed),
    layout_per_s: round((b['LayoutCount']! - a['LayoutCount']!) / elapsed),
  })
)
