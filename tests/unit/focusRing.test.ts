// The design tokens' colour pairs, read from the stylesheet itself, so changing a theme colour that breaks a pair
// fails here: the focus ring reaches 3:1 against what is around it (WCAG 2.2), text 4.5:1, chart marks 3:1.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from '@shared/color'

const css = readFileSync(new URL('../../src/renderer/src/tokens.css', import.meta.url), 'utf8')

/** The custom properties of the first rule with this selector, as written (hex or var()). */
function themeVars(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`No rule ${selector} in tokens.css`)
  const body = css.slice(start, css.indexOf('\n}', start))
  const vars: Record<string, string> = {}
  for (const m of body.matchAll(/(--[\w-]+):\s*([^;]+);/g)) vars[m[1]!] = m[2]!.trim()
  return vars
}

/** A variable's colour, following var() references to a hex value. */
function colour(vars: Record<string, string>, name: string): string {
  let value = vars[name]
  for (let hops = 0; value?.startsWith('var('); hops++) {
    if (hops > 5) throw new Error(`${name} refers in a loop`)
    value = vars[value.slice(4, -1).trim()]
  }
  if (!value || !/^#[0-9a-f]{6}$/i.test(value))
    throw new Error(`${name} is not a hex colour: ${value}`)
  return value
}

const light = themeVars(':root')
const dark = { ...light, ...themeVars(":root[data-theme='dark']") }
const THEMES = [
  ['light', light],
  ['dark', dark],
] as const
const GROUNDS = ['--bg', '--surface', '--surface-2']

describe.each(THEMES)('the %s theme', (_, vars) => {
  const ratio = (a: string, b: string) => contrastRatio(colour(vars, a), colour(vars, b))

  it('has a focus ring of 3:1 against the page and every card', () => {
    for (const ground of GROUNDS) expect(ratio('--focus', ground), ground).toBeGreaterThanOrEqual(3)
  })

  it('has text and muted text of 4.5:1 on every ground', () => {
    for (const ground of GROUNDS) {
      expect(ratio('--text', ground), `text on ${ground}`).toBeGreaterThanOrEqual(4.5)
      expect(ratio('--muted', ground), `muted on ${ground}`).toBeGreaterThanOrEqual(4.5)
    }
    expect(ratio('--accent-text', '--accent')).toBeGreaterThanOrEqual(4.5)
    expect(ratio('--danger', '--surface')).toBeGreaterThanOrEqual(4.5)
    expect(ratio('--ok', '--surface')).toBeGreaterThanOrEqual(4.5)
  })

  it('has chart series and axis labels of 3:1 and 4.5:1 on a card', () => {
    for (const series of ['--chart-1', '--chart-2', '--chart-3', '--chart-4'])
      expect(ratio(series, '--surface'), series).toBeGreaterThanOrEqual(3)
    expect(ratio('--chart-axis', '--surface')).toBeGreaterThanOrEqual(4.5)
  })
})
