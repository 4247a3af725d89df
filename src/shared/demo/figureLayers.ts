// Turns a demo's tracks into what the composited figure plays: transforms in the scene's CSS pixels (one
// user unit of the drawing = one pixel before the figure's scale), and bars drawn at their longest and
// scaled down, never up, so the compositor never stretches a thin bitmap into a blur.
import type { DemoAnimation, Part } from './animation'

export interface Layer {
  part: Part
  /** Index in the animation's tracks, for the parts that move. */
  track: number | undefined
  /** A bar's longest length: its rectangle is drawn this long. */
  length: number
  transforms: string[]
}

const SCALE = /scale\(([-\d.e]+), 1\)/

/** Each track as a layer; a bar's `scale(L, 1)` becomes `scale(L / longest, 1)`. */
export function figureLayers(animation: DemoAnimation): Layer[] {
  return animation.tracks.map((track, i) => {
    const moving = track.transforms.length > 0
    if (track.part.kind !== 'bar' || !moving)
      return {
        part: track.part,
        track: moving ? i : undefined,
        length: 1,
        transforms: track.transforms,
      }
    const lengths = track.transforms.map((t) => Math.abs(Number(SCALE.exec(t)?.[1] ?? 1)))
    const length = Math.max(1e-3, ...lengths)
    const transforms = track.transforms.map((t) =>
      t.replace(SCALE, (_, l: string) => `scale(${Number(l) / length}, 1)`)
    )
    return { part: track.part, track: i, length, transforms }
  })
}

/** Where the drawing's box lands in a figure of `width` x `height` pixels: centred, whole, uncut. */
export function fitBox(
  box: DemoAnimation['box'],
  width: number,
  height: number
): { scale: number; transform: string } {
  const scale = Math.min(width / box.width, height / box.height)
  const dx = (width - box.width * scale) / 2 - box.x * scale
  const dy = (height - box.height * scale) / 2 - box.y * scale
  return { scale, transform: `translate(${dx}px, ${dy}px) scale(${scale})` }
}
