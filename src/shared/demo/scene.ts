// What the renderer draws, worked out once per demo: bones, joints, head and props, with their placement
// at sampled instants of the rep (SVG coordinates, y down), so a page only plays precomputed transforms.
import { LENGTHS, type Points } from './skeleton'
import { cycleSeconds, frameAt, keyTimes } from './frames'
import type { Demo, PointName, Prop, Side, XY } from './schema'

/** Bone thickness and joint size, in the figure's centimetres: thick enough to read from 5 m. */
export const BONE = 9
export const TRUNK = 13

/** Drawing order, back to front: standing props, the far limbs, the trunk, held props, the near limbs. */
export type Layer = 'ground' | 'far' | 'body' | 'held' | 'near'
export const LAYER_ORDER: readonly Layer[] = ['ground', 'far', 'body', 'held', 'near']
export interface Bone {
  id: string
  from: PointName
  to: PointName
  layer: Layer
  width: number
}

const limb = (s: 'L' | 'R', layer: Layer): Bone[] => [
  { id: `thigh${s}`, from: `hip${s}`, to: `knee${s}`, layer, width: BONE + 1 },
  { id: `shin${s}`, from: `knee${s}`, to: `ankle${s}`, layer, width: BONE },
  { id: `foot${s}`, from: `ankle${s}`, to: `toe${s}`, layer, width: BONE - 2 },
  { id: `upperArm${s}`, from: `shoulder${s}`, to: `elbow${s}`, layer, width: BONE },
  { id: `forearm${s}`, from: `elbow${s}`, to: `hand${s}`, layer, width: BONE - 1 },
]

/** Side views draw the far side (the figure's right, or left when mirrored) behind the trunk. */
export function bones(demo: Demo, side: Side): Bone[] {
  const far = side === 'left' ? 'R' : 'L'
  const near = far === 'R' ? 'L' : 'R'
  const layered = demo.view === 'side'
  const trunk: Bone[] = [
    { id: 'lowerTrunk', from: 'pelvis', to: 'mid', layer: 'body', width: TRUNK },
    { id: 'upperTrunk', from: 'mid', to: 'neck', layer: 'body', width: TRUNK },
    { id: 'neckBone', from: 'neck', to: 'head', layer: 'body', width: BONE - 2 },
  ]
  if (layered) return [...limb(far, 'far'), ...trunk, ...limb(near, 'near')]
  const hips: Bone[] = [
    { id: 'hips', from: 'hipL', to: 'hipR', layer: 'body', width: TRUNK },
    { id: 'shoulders', from: 'shoulderL', to: 'shoulderR', layer: 'body', width: BONE },
  ]
  return [...trunk, ...hips, ...limb('L', 'body'), ...limb('R', 'body')]
}

export const toSvg = ([x, y]: XY): XY => [x, -y]

/** A bone's placement: from its start, turned towards its end, stretched to its length. */
export function bonePlacement(points: Points, bone: Bone) {
  const [x1, y1] = toSvg(points[bone.from])
  const [x2, y2] = toSvg(points[bone.to])
  return {
    x: x1,
    y: y1,
    angle: (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI,
    length: Math.hypot(x2 - x1, y2 - y1),
  }
}

/** Instants (seconds) sampled through one rep: each key pose, and in-between steps short enough to look smooth. */
export function sampleTimes(demo: Demo, perSecond = 12): number[] {
  const cycle = cycleSeconds(demo)
  const keys = keyTimes(demo)
  const times = new Set<number>()
  demo.keys.forEach((key, i) => {
    const start = keys[i]!
    times.add(start)
    if (key.hold > 0) times.add(start + key.hold)
    const steps = Math.max(2, Math.ceil(key.move * perSecond))
    for (let s = 1; s < steps; s++) times.add(start + key.hold + (key.move * s) / steps)
  })
  return [...times].filter((t) => t < cycle).sort((a, b) => a - b)
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The smallest box holding the figure and its props through the whole rep, with a margin, in SVG units. */
export function sceneBox(demo: Demo, side: Side): Box {
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  const add = ([x, y]: XY, r: number) => {
    minX = Math.min(minX, x - r)
    maxX = Math.max(maxX, x + r)
    minY = Math.min(minY, y - r)
    maxY = Math.max(maxY, y + r)
  }
  for (const t of sampleTimes(demo, 8)) {
    const p = frameAt(demo, t, side)
    for (const name of Object.keys(p) as PointName[]) add(toSvg(p[name]), BONE)
    add(toSvg(p.head), LENGTHS.headRadius + 2)
    for (const prop of demo.props) for (const pt of propReach(prop, p, side)) add(pt, 0)
  }
  if (demo.view !== 'top') add([minX, 0], 4)
  const margin = 8
  return {
    x: minX - margin,
    y: minY - margin,
    width: maxX - minX + 2 * margin,
    height: maxY - minY + 2 * margin,
  }
}

const mirrorX =
  (side: Side) =>
  (pt: XY): XY =>
    side === 'right' ? [-pt[0], pt[1]] : pt

/** The points a prop reaches (SVG units), so the box holds it. */
function propReach(prop: Prop, p: Points, side: Side): XY[] {
  const out: XY[] = []
  const flip = mirrorX(side)
  if (prop.hand) for (const h of heldBy(prop, side)) out.push(toSvg(p[h]))
  if (prop.from) out.push(toSvg(flip(prop.from)))
  if (prop.at) {
    const [x, y] = toSvg(flip(prop.at))
    const [w, h] = prop.size ?? [0, 0]
    out.push([x - w, y - h], [x + w, y + h])
  }
  return out
}

/** The hands holding a prop, with the sides swapped when the figure is mirrored. */
export function heldBy(prop: Prop, side: Side): PointName[] {
  const hands: PointName[] =
    prop.hand === 'hands' ? ['handL', 'handR'] : prop.hand ? [prop.hand] : []
  if (side === 'left') return hands
  return hands.map((h) => (h === 'handL' ? 'handR' : 'handL'))
}

export { LENGTHS }
