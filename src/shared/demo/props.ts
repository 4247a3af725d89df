// How each prop is drawn: simple shapes that either stand still, follow the hands, or run as a line to a hand.
import type { Points } from './skeleton'
import { heldBy, toSvg } from './scene'
import type { PointName, Prop, Side, View, XY } from './schema'

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; hollow?: boolean }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx?: number; light: true }
  | { kind: 'path'; d: string; width: number }

/**
 * A prop's parts. `held` parts are drawn around the origin and placed at the hands (their midpoint, turned
 * along the line between them); `line` parts stretch from a fixed point, or one hand, to a hand; `fixed`
 * parts are drawn where they are.
 */
export type PropPart =
  | { kind: 'held'; hands: PointName[]; shapes: Shape[]; turn: boolean }
  | {
      kind: 'line'
      from: XY | PointName
      to: PointName
      width: number
      style: 'band' | 'rope' | 'cable'
    }
  | { kind: 'fixed'; shapes: Shape[] }

const LINE_WIDTH = { band: 4, rope: 6, cable: 2 } as const

export function propParts(prop: Prop, view: View, side: Side): PropPart[] {
  const hands = heldBy(prop, side)
  const flip = (pt: XY): XY => toSvg(side === 'right' ? [-pt[0], pt[1]] : pt)
  switch (prop.kind) {
    case 'bar':
      return [{ kind: 'held', hands, turn: hands.length > 1, shapes: barShapes(view) }]
    case 'dumbbell':
      return hands.map((h) => ({ kind: 'held', hands: [h], turn: false, shapes: DUMBBELL }))
    case 'kettlebell':
      return [{ kind: 'held', hands, turn: false, shapes: KETTLEBELL }]
    case 'band':
    case 'rope':
    case 'cable': {
      const style = prop.kind
      const width = LINE_WIDTH[style]
      if (!prop.from)
        return [{ kind: 'line', from: hands[0]!, to: hands[1] ?? hands[0]!, width, style }]
      const from = flip(prop.from)
      return hands.map((h) => ({ kind: 'line', from, to: h, width, style }))
    }
    case 'bench':
    case 'mat':
    case 'ball':
    case 'box':
    case 'bag':
    case 'wheel':
    case 'water':
      return [{ kind: 'fixed', shapes: fixedShapes(prop, flip) }]
  }
}

// Seen from the side a barbell is its plate, end on; from the front, a long bar with a plate at each end.
function barShapes(view: View): Shape[] {
  // A ring, not a disc, so the arms and head behind it still show.
  if (view === 'side') return [{ kind: 'circle', cx: 0, cy: 0, r: 20, hollow: true }]
  return [
    { kind: 'rect', x: -80, y: -2.5, width: 160, height: 5 },
    { kind: 'rect', x: -72, y: -20, width: 8, height: 40, rx: 3 },
    { kind: 'rect', x: 64, y: -20, width: 8, height: 40, rx: 3 },
  ]
}

const DUMBBELL: Shape[] = [
  { kind: 'rect', x: -11, y: -2.5, width: 22, height: 5 },
  { kind: 'rect', x: -14, y: -7, width: 6, height: 14, rx: 2 },
  { kind: 'rect', x: 8, y: -7, width: 6, height: 14, rx: 2 },
]

const KETTLEBELL: Shape[] = [
  { kind: 'path', d: 'M -6 2 Q 0 -6 6 2', width: 3 },
  { kind: 'circle', cx: 0, cy: 13, r: 11 },
]

function fixedShapes(prop: Prop, flip: (pt: XY) => XY): Shape[] {
  const [x, y] = flip(prop.at ?? [0, 0])
  const [w, h] = prop.size ?? [40, 10]
  switch (prop.kind) {
    case 'ball':
      return [{ kind: 'circle', cx: x, cy: y, r: w }]
    case 'wheel':
      return [{ kind: 'circle', cx: x, cy: y, r: w, hollow: true }]
    case 'bag':
      return [{ kind: 'rect', x: x - w / 2, y, width: w, height: h, rx: w / 2 }]
    case 'water':
      return [{ kind: 'path', d: waves(x - w / 2, y, w), width: 2 }]
    case 'mat':
      return [{ kind: 'rect', x: x - w / 2, y: y - h, width: w, height: h, rx: 2, light: true }]
    case 'bench':
      return [
        { kind: 'rect', x: x - w / 2, y, width: w, height: h, rx: 2 },
        { kind: 'rect', x: x - w / 2 + 6, y: y + h, width: 5, height: -y - h },
        { kind: 'rect', x: x + w / 2 - 11, y: y + h, width: 5, height: -y - h },
      ]
    default:
      return [{ kind: 'rect', x: x - w / 2, y, width: w, height: h, rx: 2 }]
  }
}

function waves(x0: number, y: number, width: number): string {
  let d = `M ${x0} ${y}`
  for (let x = x0; x < x0 + width; x += 20) d += ` q 5 -4 10 0 t 10 0`
  return d
}

/** Where a held prop sits and how it is turned, for one frame. */
export function heldPlacement(points: Points, hands: PointName[], turn: boolean) {
  const a = toSvg(points[hands[0]!])
  const b = toSvg(points[hands[hands.length - 1]!])
  const angle = turn ? (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI : 0
  return { x: (a[0] + b[0]) / 2, y: (a[1] + b[1]) / 2, angle }
}
