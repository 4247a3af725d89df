// Layout checks any screen can run: no two visible controls overlap, and no label's text spills out of its box.
import { expect, type Page } from '@playwright/test'

/** The widths Cadence's layouts must hold at: a small laptop, a common laptop, a TV. */
export const LAYOUT_SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const

export interface LayoutFaults {
  /** Pairs of controls whose boxes intersect, each named as a person would find it. */
  overlaps: string[]
  /** Labelled text wider than its box. */
  overflows: string[]
}

/** Measures the page as it is now (in the page, so it sees the real boxes). */
export function layoutFaults(page: Page): Promise<LayoutFaults> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      // Visually hidden helpers (1 px, clipped) and transparent native inputs under a styled label are not seen.
      // checkVisibility also sees what a closed <details> hides (content-visibility), which boxes do not.
      return (
        el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
        style.visibility !== 'hidden' &&
        Number(style.opacity) > 0 &&
        box.width > 1 &&
        box.height > 1 &&
        el.closest('[aria-hidden="true"], [inert]') === null
      )
    }
    const name = (el: Element) => {
      const label =
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        ''
      return `${el.tagName.toLowerCase()} "${label.trim().replace(/\s+/g, ' ').slice(0, 40)}"`
    }
    // While a modal is open the page behind it cannot be reached, so only the modal is measured.
    const root = document.querySelector('dialog:modal, [aria-modal="true"]') ?? document
    const controls = [...root.querySelectorAll('input, select, textarea, button')].filter(visible)
    // What a scrolling list hides is not on screen: each box is cut to its scrolling ancestors' boxes.
    const seenBox = (el: Element) => {
      const r = el.getBoundingClientRect()
      let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflow === 'visible') continue
        const c = up.getBoundingClientRect()
        box = {
          left: Math.max(box.left, c.left),
          top: Math.max(box.top, c.top),
          right: Math.min(box.right, c.right),
          bottom: Math.min(box.bottom, c.bottom),
        }
      }
      return box
    }
    const boxes = controls.map((el) => ({ el, box: seenBox(el) }))
    const overlaps: string[] = []
    // Half a pixel of touching borders is not an overlap.
    const slack = 0.5
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left)
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top)
        if (x > slack && y > slack)
          overlaps.push(
            `${name(a.el)} and ${name(b.el)} overlap by ${x.toFixed(0)}x${y.toFixed(0)}`
          )
      })
    )
    const texts = [
      ...root.querySelectorAll(
        'label, button, legend, h1, h2, h3, dt, dd, summary, th, [role="tab"], .efield__error'
      ),
    ].filter(visible)
    const overflows = texts
      // Inline boxes have no client width to overflow; their block container is measured instead.
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${name(el)} is ${el.scrollWidth} px wide in a ${el.clientWidth} px box`)
    return { overlaps, overflows }
  })
}

/** Fails with every overlap and overflow listed, at the page's current size. */
export async function expectTidyLayout(page: Page, what: string): Promise<void> {
  const faults = await layoutFaults(page)
  const size = page.viewportSize()
  const at = size ? ` at ${size.width}x${size.height}` : ''
  expect(faults.overlaps, `controls that overlap on ${what}${at}`).toEqual([])
  expect(faults.overflows, `text that spills out of its box on ${what}${at}`).toEqual([])
}

/** Runs the check at each of the layout sizes, leaving the page at the first. */
export async function expectTidyAtEverySize(page: Page, what: string): Promise<void> {
  for (const size of LAYOUT_SIZES) {
    await page.setViewportSize(size)
    await expectTidyLayout(page, what)
  }
  await page.setViewportSize(LAYOUT_SIZES[1])
}
