// A page standing in for the TV display window: the display preload's one function, onFrame, fed by the test
// through `__pushFrame`, the frames main would send it.
import type { Page } from '@playwright/test'

export async function openDisplayPage(
  page: Page,
  url: string,
  viewport?: { width: number; height: number }
): Promise<Page> {
  const display = await page.context().newPage()
  if (viewport) await display.setViewportSize(viewport)
  await display.addInitScript(() => {
    const listeners = new Set<(frame: unknown) => void>()
    const w = window as unknown as Record<string, unknown>
    w['display'] = {
      onFrame: (listener: (frame: unknown) => void) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    }
    w['__pushFrame'] = (frame: unknown) => listeners.forEach((listener) => listener(frame))
  })
  await display.goto(new URL('display.html', url).href)
  await display.locator('html[data-display-ready]').waitFor({ state: 'attached' })
  return display
}
