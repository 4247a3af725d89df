// The focus ring must be seen in both themes: WCAG 2.2 asks 3:1 against what is around it. Read from the
// stylesheet itself, so changing a theme colour without the ring fails here.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from '@shared/color'

const css = readFileSync(new URL('../../src/renderer/src/styles.css', import.meta.url), 'utf8')

/** The custom properties of the first rule with this selector. */
function themeVars(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  const body = css.slice(start, css.indexOf('}', start))
  const vars: Record<string, string> = {}
  for (const m of body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)) vars[m[1]!] = m[2]!
  return vars
}

describe('focus ring', () => {
  const light = themeVars(':root')
  const dark = { ...light, ...themeVars(":root[data-theme='dark']") }
  it.each([
    ['light', light],
    ['dark', dark],
  ])('reaches 3:1 against the %s theme page and cards', (_, vars) => {
    for (const ground of ['--bg', '--surface', '--surface-2']) {
      expect(contrastRatio(vars['--focus']!, vars[ground]!), ground).toBeGreaterThanOrEqual(3)
    }
  })
})
