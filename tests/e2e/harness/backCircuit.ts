// Opens the "Metabolic back circuit" preset on the run screen (rows, face pulls, bird-dogs), at Ready, on
// Playwright's clock held still: the run demo specs start from here.
import { expect, type Page } from '@playwright/test'

const T0 = new Date('2026-11-21T07:00:00Z')

/** Installs the clock and launches the app first; pass `launched` when the test has done both. */
export async function startBackCircuit(page: Page, launch: () => Promise<Page>, launched = false) {
  if (!launched) {
    await page.clock.install({ time: T0 })
    await launch()
  }
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Metabolic back circuit' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
}

export const BACK_CIRCUIT_T0 = T0
