// The drawn demonstrations, keyed by library exercise id; the exercise list itself lives in library/.
import { CARDIO } from './moves/cardio'
import { FLOOR } from './moves/floor'
import { HINGES } from './moves/hinges'
import { PULLS } from './moves/pulls'
import { SIDE_LYING } from './moves/sideLying'
import { buildAnimation, type DemoAnimation } from './animation'
import type { Demo, Side } from './schema'

export const DEMOS: Readonly<Record<string, Demo>> = {
  ...PULLS,
  ...HINGES,
  ...FLOOR,
  ...SIDE_LYING,
  ...CARDIO,
}

export function demoFor(exerciseId: string): Demo | undefined {
  return Object.hasOwn(DEMOS, exerciseId) ? DEMOS[exerciseId] : undefined
}

const cache = new Map<string, DemoAnimation>()
/** The animation for one exercise and side, built once and kept (each is a few kilobytes). */
export function animationFor(exerciseId: string, side: Side = 'left'): DemoAnimation | undefined {
  const demo = demoFor(exerciseId)
  if (!demo) return undefined
  const k = `${exerciseId}:${side}`
  let built = cache.get(k)
  if (!built) {
    built = buildAnimation(demo, side)
    cache.set(k, built)
  }
  return built
}

export type { Demo, Side } from './schema'
