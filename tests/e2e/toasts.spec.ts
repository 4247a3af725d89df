// Toasts never cover a control, on the builder, the run screen and the finish panel, and stay on the
// screen they were shown on. A file too large to import raises a toast from any screen, with no move.
import type { Page } from '@playwright/test'
import { expect, test } from './harness/fixtures'

const T0 = new Date('2026-11-21T07:00:00Z')

/** Drops a file over the 5 MB import limit on the window: the app answers with a toast where you are. */
async function dropHugeFile(page: Page) {
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.items.add(new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.json'))
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }))
  })
  await expect(page.locator('.toast').last()).toContainText('too large to be a circuit')
}

/** The visible buttons, inputs and the like (outside the toasts) whose visible box meets a toast's box. A
 * control scrolled out of its scrolling container is clipped away: only what is on screen counts. Callers
 * poll it: the strip's new height is published by a ResizeObserver, which runs in the next frame's
 * rendering (before its paint), so a read between the toast's insertion and that frame sees the old room. */
async function controlsUnderToasts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const toasts = [...document.querySelectorAll('.toast')].map((t) => t.getBoundingClientRect())
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    const visibleBox = (el: Element): DOMRect | null => {
      let box = el.getBoundingClientRect()
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflow === 'visible') continue
        const clip = up.getBoundingClientRect()
        const left = Math.max(box.left, clip.left)
        const top = Math.max(box.top, clip.top)
        const right = Math.min(box.right, clip.right)
        const bottom = Math.min(box.bottom, clip.bottom)
        if (right <= left || bottom <= top) return null
        box = new DOMRect(left, top, right - left, bottom - top)
      }
      return box.width > 0 && box.height > 0 ? box : null
    }
    return [...document.querySelectorAll('button, input, select, textarea, [role="button"]')]
      .filter((el) => !el.closest('.toasts') && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => {
        const box = visibleBox(el)
        return box !== null && toasts.some((t) => meets(t, box))
      })
      .map((el) => el.outerHTML.slice(0, 80))
  })
}

test('a toast covers no control on the builder, the run screen or the finish panel', async ({
  page,
  launch,
}) => {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await page.getByRole('button', { name: 'New circuit' }).click()
  await expect(page.getByRole('heading', { name: 'New circuit' })).toBeVisible()
  await dropHugeFile(page)
  await expect.poll(() => controlsUnderToasts(page)).toEqual([])

  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Tabata' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await page.keyboard.press('Space')
  await page.clock.runFor(12_000)
  await page.mouse.move(30, 30) // the controls show while the mouse moves
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 640 },
  ]) {
    await page.setViewportSize(size)
    await dropHugeFile(page)
    await expect.poll(() => controlsUnderToasts(page)).toEqual([])
  }

  await page.keyboard.press('Escape')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible()
  await dropHugeFile(page)
  await expect.poll(() => controlsUnderToasts(page)).toEqual([])
})

test('a toast stays on the screen it was shown on', async ({ page, launch }) => {
  await page.clock.install({ time: T0 })
  await launch()
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000))
  await dropHugeFile(page)
  await page.keyboard.press('Control+3')
  await expect(page.locator('.toast')).toHaveCount(0)
  // Coming back within its ten seconds does not bring it back either.
  await page.keyboard.press('Control+1')
  await expect(page.locator('.toast')).toHaveCount(0)
  // One shown here stays here until its time is up.
  await dropHugeFile(page)
  await page.clock.runFor(9_000)
  await expect(page.locator('.toast')).toHaveCount(1)
  await page.clock.runFor(1_500)
  await expect(page.locator('.toast')).toHaveCount(0)
})
