// The composited figure's layers: bars drawn at their longest and only ever scaled down, and the scene
// fitted into its box as an SVG viewBox would be (centred, whole).
import { describe, expect, it } from 'vitest'
import { animationFor, DEMOS } from '@shared/demo'
import { figureLayers, fitBox } from '@shared/demo/figureLayers'

const scaleOf = (t: string) => Number(/scale\(([-\d.e]+), 1\)/.exec(t)?.[1])

describe('figureLayers', () => {
  it.each(Object.keys(DEMOS))('scales every bar of %s down, never up', (id) => {
    const animation = animationFor(id, 'left')!
    for (const layer of figureLayers(animation)) {
      if (layer.part.kind !== 'bar' || layer.track === undefined) continue
      const scales = layer.transforms.map(scaleOf)
      expect(Math.max(...scales.map(Math.abs))).toBeCloseTo(1, 6)
      // Drawn length times the scale gives back the length the animation asked for.
      const asked = animation.tracks[layer.track]!.transforms.map(scaleOf)
      scales.forEach((s, i) => expect(s * layer.length).toBeCloseTo(asked[i]!, 6))
    }
  })

  it('keeps still parts still and moving parts on their track', () => {
    const animation = animationFor('bird-dog', 'left')!
    const layers = figureLayers(animation)
    layers.forEach((layer, i) =>
      expect(layer.track).toBe(animation.tracks[i]!.transforms.length > 0 ? i : undefined)
    )
  })
})

describe('fitBox', () => {
  const box = { x: -50, y: -100, width: 100, height: 100 }
  it('fits a square drawing into a wide box by its height, centred', () => {
    expect(fitBox(box, 400, 200)).toEqual({
      scale: 2,
      transform: 'translate(200px, 200px) scale(2)',
    })
  })
  it('fits into a tall box by its width, centred', () => {
    expect(fitBox(box, 100, 300).transform).toBe('translate(50px, 200px) scale(1)')
  })
})
