// What a playing demo costs: counts the library's moves and those with a drawn demo, then measures the main
// thread of the run screen at 1920x1080 while a work step's demo plays (DevTools Performance metrics, real
// clock). DEMOS_PAGE=demos measures the demonstrations page alone instead (one move, DEMOS_ID, at 800 px).
import type { Page } from '@playwright/test'
import { chromium } from '@playwright/test'
import { DEMOS } from '@shared/demo'
import { EXERCISES } from '@shared/library'
import { CHROMIUM_ARGS, chromiumExecutable } from '@tests/e2e/harness/browser'
import { startStaticServer } from '@tests/e2e/harness/staticServer'
import { benchApp } from './lib/benchApp'
import { oneStepCircuit } from './lib/oneStepCircuit'
import { round } from './lib/stats'

const SECONDS = Number(process.env['DEMOS_SECONDS'] ?? 20)
const MOVE = process.env['DEMOS_ID'] ?? 'battle-ropes'
const ON_RUN_SCREEN = process.env['DEMOS_PAGE'] !== 'demos'
const VIEWPORT = { width: 1920, height: 1080 }

const moves = EXERCISES.length
const withDemo = EXERCISES.filter((e) => Object.hasOwn(DEMOS, e.id)).length

/** A 5-minute work step of the move, started: the run screen with its demo playing. */
async function runScreen(): Promise<{ page: Page; close: () => Promise<void> }> {
  const plain = oneStepCircuit('bench-demo', 'Demo bench', 300)
  const exercise = EXERCISES.find((e) => e.id === MOVE)!
  const circuit = {
    ...plain,
    blocks: plain.blocks.map((b) => ({
      ...b,
      exercises: [{ id: 'a', name: exercise.name, libraryId: MOVE, mode: 'timed' as const }],
    })),
  }
  const app = await benchApp({ name: 'demos', viewport: VIEWPORT, circuits: [circuit] })
  await app.open()
  await app.page.keyboard.press('Control+2')
  await app.page.getByRole('button', { name: `Start ${circuit.name}` }).click()
  await app.page.getByRole('button', { name: 'Start', exact: true }).click()
  return { page: app.page, close: () => app.close() }
}

async function demosPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const { execSync } = await import('node:child_process')
  execSync('npx electron-vite build', { stdio: 'ignore' })
  const server = await startStaticServer()
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  })
  const page = await browser.newPage({ viewport: VIEWPORT })
  await page.goto(`${server.url}demos.html?id=${MOVE}&size=800`)
  return {
    page,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

const { page, close } = ON_RUN_SCREEN ? await runScreen() : await demosPage()
await page.locator(`[data-demo="${MOVE}"][data-demo-state="playing"]`).first().waitFor()
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
await close()

const where = ON_RUN_SCREEN ? 'the run screen' : 'demos.html'
console.log(`${where}, ${MOVE}: ${running} animations, measured ${SECONDS} s at 1920x1080`)
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
