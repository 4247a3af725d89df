// Runs axe on a page in every look Cadence is judged in (light and dark, laptop and TV) and fails on serious
// or critical violations, naming each rule and where it was found.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { SCREEN_SIZES } from './screenshots'

export const THEMES = ['light', 'dark'] as const

/** WCAG 2.0-2.2 A and AA: what the issue asks Cadence to meet. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * The serious and critical violations on the page as it is now, one line each. `fakeClock`: the page runs on
 * Playwright's paused clock, where axe's own timers would never fire; it is moved a millisecond at a time
 * while axe works, so the screen under test barely moves.
 */
export async function seriousViolations(page: Page, fakeClock = false): Promise<string[]> {
  const analysis = new AxeBuilder({ page }).withTags(TAGS).analyze()
  let done = false
  void analysis.finally(() => (done = true)).catch(() => undefined)
  while (fakeClock && !done) await page.clock.runFor(1)
  const results = await analysis
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

interface Options {
  /** Pages that draw one look whatever the OS says (the TV display, the phone) do not follow the theme. */
  followsTheme?: boolean
  /** The sizes to look at: the laptop and the TV unless told (the phone page has its own). */
  sizes?: Record<string, { width: number; height: number }>
  /** The page runs on Playwright's installed, paused clock. */
  fakeClock?: boolean
}

/**
 * Shows the page in each theme and size (themes by the OS setting, which Cadence follows by default), and
 * asserts no serious or critical violation in any of them.
 */
export async function expectAccessibleInEveryLook(
  page: Page,
  screen: string,
  { followsTheme = true, sizes = SCREEN_SIZES, fakeClock = false }: Options = {}
): Promise<void> {
  const found: string[] = []
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme })
    for (const [size, viewport] of Object.entries(sizes)) {
      await page.setViewportSize(viewport)
      if (followsTheme) await expect(page.locator(`html[data-theme='${theme}']`)).toBeAttached()
      for (const v of await seriousViolations(page, fakeClock))
        found.push(`${screen}, ${theme}, ${size}: ${v}`)
    }
  }
  await page.setViewportSize(Object.values(sizes)[0]!)
  expect(found, found.join('\n')).toEqual([])
}
