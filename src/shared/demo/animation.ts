// A demo turned into what a page plays: each drawn part with its transform at sampled instants of one rep,
// computed once, so the browser interpolates transforms and no script runs per frame.
import { LENGTHS } from './skeleton'
import { cycleSeconds, frameAt, keyTimes } from './frames'
import {
  LAYER_ORDER,
  bonePlacement,
  bones,
  sampleTimes,
  sceneBox,
  toSvg,
  type Box,
  type Layer,
} from './scene'
import { heldPlacement, propParts, type Shape } from './props'
import type { Demo, PointName, Side, XY } from './schema'
import type { Points } from './skeleton'

export type Part =
  | { id: string; kind: 'bar'; layer: Layer; width: number; tone: Tone }
  | { id: string; kind: 'dot'; layer: Layer; r: number; tone: Tone }
  | { id: string; kind: 'shapes'; layer: Layer; shapes: Shape[]; tone: Tone }

/** How a part is coloured: the figure (its far side fainter), or a prop. */
export type Tone = 'near' | 'far' | 'prop' | 'band' | 'rope' | 'cable'
const figureTone = (layer: Layer): Tone => (layer === 'far' ? 'far' : 'near')

export interface Track {
  part: Part
  /** One CSS transform per sampled instant; empty for a part that never moves. */
  transforms: string[]
}

export interface DemoAnimation {
  box: Box
  seconds: number
  /** Where each sample falls in the rep, 0 to 1; the last is 1 and repeats the first pose. */
  offsets: number[]
  tracks: Track[]
  /** Sample indices of the key poses, for the still pictures. */
  keyFrames: number[]
  /** Whether a floor line belongs in the picture (not in a view from above). */
  floor: boolean
}

const r2 = (n: number) => Math.round(n * 100) / 100
const barTransform = (p: { x: number; y: number; angle: number; length: number }) =>
  `translate(${r2(p.x)}px, ${r2(p.y)}px) rotate(${r2(p.angle)}deg) scale(${r2(p.length)}, 1)`
const dotTransform = ([x, y]: XY) => `translate(${r2(x)}px, ${r2(y)}px)`

type Placer = (points: Points) => { x: number; y: number; angle: number; length?: number }

/** Builds every part and how to place it in one frame. */
function parts(demo: Demo, side: Side): { part: Part; place: Placer | null }[] {
  const out: { part: Part; place: Placer | null }[] = []
  const props = demo.props.flatMap((prop) => propParts(prop, demo.view, side))
  props.forEach((pp, i) => {
    const id = `prop${i}`
    if (pp.kind === 'fixed')
      out.push({
        part: { id, kind: 'shapes', layer: 'ground', shapes: pp.shapes, tone: 'prop' },
        place: null,
      })
  })
  const joints = new Map<string, { point: PointName; layer: Layer; r: number }>()
  for (const bone of bones(demo, side)) {
    out.push({
      part: {
        id: bone.id,
        kind: 'bar',
        layer: bone.layer,
        width: bone.width,
        tone: figureTone(bone.layer),
      },
      place: (p) => bonePlacement(p, bone),
    })
    for (const point of [bone.from, bone.to]) {
      const k = `${point}:${bone.layer}`
      const r = bone.width / 2
      if ((joints.get(k)?.r ?? 0) < r) joints.set(k, { point, layer: bone.layer, r })
    }
  }
  for (const [k, j] of joints) {
    out.push({
      part: {
        id: `joint-${k.replace(':', '-')}`,
        kind: 'dot',
        layer: j.layer,
        r: j.r,
        tone: figureTone(j.layer),
      },
      place: (p) => ({ x: toSvg(p[j.point])[0], y: toSvg(p[j.point])[1], angle: 0 }),
    })
  }
  out.push({
    part: { id: 'head', kind: 'dot', layer: 'body', r: LENGTHS.headRadius, tone: 'near' },
    place: (p) => ({ x: toSvg(p.head)[0], y: toSvg(p.head)[1], angle: 0 }),
  })
  props.forEach((pp, i) => {
    const id = `prop${i}`
    if (pp.kind === 'held') {
      out.push({
        part: { id, kind: 'shapes', layer: 'held', shapes: pp.shapes, tone: 'prop' },
        place: (p) => heldPlacement(p, pp.hands, pp.turn),
      })
    } else if (pp.kind === 'line') {
      out.push({
        part: { id, kind: 'bar', layer: 'held', width: pp.width, tone: pp.style },
        place: (p) => {
          const from = typeof pp.from === 'string' ? toSvg(p[pp.from]) : pp.from
          const [x2, y2] = toSvg(p[pp.to])
          const angle = (Math.atan2(y2 - from[1], x2 - from[0]) * 180) / Math.PI
          return { x: from[0], y: from[1], angle, length: Math.hypot(x2 - from[0], y2 - from[1]) }
        },
      })
    }
  })
  const rank = (part: Part) => LAYER_ORDER.indexOf(part.layer)
  return out.sort((a, b) => rank(a.part) - rank(b.part))
}

/** Keeps each angle within half a turn of the one before, so the browser never spins a part the long way. */
function unwrap(angles: number[]): number[] {
  const out: number[] = []
  for (const a of angles) {
    const prev = out[out.length - 1]
    if (prev === undefined) out.push(a)
    else out.push(a + 360 * Math.round((prev - a) / 360))
  }
  return out
}

export function buildAnimation(demo: Demo, side: Side, perSecond = 12): DemoAnimation {
  const seconds = cycleSeconds(demo)
  const times = [...sampleTimes(demo, perSecond), seconds]
  const frames = times.map((t) => frameAt(demo, t, side))
  const tracks: Track[] = parts(demo, side).map(({ part, place }) => {
    if (!place) return { part, transforms: [] }
    const placed = frames.map(place)
    const angles = unwrap(placed.map((p) => p.angle))
    // Every transform of a part names the same functions, so the browser interpolates them one by one.
    const turns = placed.some((p) => p.angle !== 0)
    const transforms = placed.map((p, i) =>
      p.length === undefined
        ? `${dotTransform([p.x, p.y])}${turns ? ` rotate(${r2(angles[i]!)}deg)` : ''}`
        : barTransform({ x: p.x, y: p.y, angle: angles[i]!, length: p.length })
    )
    return { part, transforms }
  })
  const keyAt = keyTimes(demo)
  return {
    box: sceneBox(demo, side),
    seconds,
    offsets: times.map((t) => t / seconds),
    tracks,
    floor: demo.view !== 'top' && !demo.props.some((p) => p.kind === 'water'),
    keyFrames: keyAt
      .map((k) => times.findIndex((t) => Math.abs(t - k) < 1e-9))
      .filter((i) => i >= 0),
  }
}
