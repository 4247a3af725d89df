// One pose of a demo as a standalone SVG document, for places that cannot run React or CSS: the phone page
// shows it as a picture served by main. Drawn from the same precomputed animation the run screen plays,
// so both show the same figure; colours are attributes, since an <img> SVG sees no page styles.
import type { DemoAnimation, Part, Tone } from './animation'
import type { Shape } from './props'

export interface StillColours {
  figure: string
  prop: string
  band: string
}

export const STILL_COLOURS: StillColours = { figure: '#f4f4f5', prop: '#8a8f98', band: '#e0605b' }

/** The CSS transform of a sample as an SVG transform attribute (same functions, no units). */
const svgTransform = (css: string) => css.replace(/(-?[\d.]+)(px|deg)/g, '$1')

function toneAttrs(tone: Tone, c: StillColours): string {
  if (tone === 'near') return `fill="${c.figure}"`
  if (tone === 'far') return `fill="${c.figure}" opacity="0.45"`
  return `fill="${tone === 'band' ? c.band : c.prop}"`
}

function shapeSvg(shape: Shape, c: StillColours): string {
  switch (shape.kind) {
    case 'rect': {
      const light = 'light' in shape ? ' opacity="0.35"' : ''
      const rx = shape.rx === undefined ? '' : ` rx="${shape.rx}"`
      return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}"${rx}${light}/>`
    }
    case 'circle':
      return shape.hollow
        ? `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="none" stroke="${c.prop}" stroke-width="6"/>`
        : `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}"/>`
    case 'path':
      return `<path d="${shape.d}" fill="none" stroke="${c.prop}" stroke-width="${shape.width}"/>`
  }
}

function partSvg(part: Part, c: StillColours): string {
  switch (part.kind) {
    case 'bar':
      return `<rect x="0" y="${-part.width / 2}" width="1" height="${part.width}"/>`
    case 'dot':
      return `<circle cx="0" cy="0" r="${part.r}"/>`
    case 'shapes':
      return part.shapes.map((shape) => shapeSvg(shape, c)).join('')
  }
}

/** The figure at sample `frame` (a key pose, for a still), as an SVG document's text. */
export function stillSvg(
  animation: DemoAnimation,
  frame: number,
  colours: StillColours = STILL_COLOURS
): string {
  const { box } = animation
  const floor = animation.floor
    ? `<line x1="${box.x}" x2="${box.x + box.width}" y1="2" y2="2" stroke="${colours.figure}" stroke-width="2" opacity="0.35"/>`
    : ''
  const parts = animation.tracks.map(({ part, transforms }) => {
    const at = transforms[frame] ?? transforms[0]
    const transform = at ? ` transform="${svgTransform(at)}"` : ''
    return `<g ${toneAttrs(part.tone, colours)}${transform}>${partSvg(part, colours)}</g>`
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x} ${box.y} ${box.width} ${box.height}">${floor}${parts.join('')}</svg>`
}
