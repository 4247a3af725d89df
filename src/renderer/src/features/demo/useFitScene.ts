// Scales a figure's scene to the box the page gives the figure, centred and whole, as an SVG viewBox
// would: one ResizeObserver for every figure on the page, whose callback runs before the frame is painted.
import { useCallback, useRef } from 'react'
import type { DemoAnimation } from '@shared/demo/animation'
import { fitBox } from '@shared/demo/figureLayers'

type Box = DemoAnimation['box']
const boxes = new WeakMap<Element, { scene: HTMLElement; box: Box }>()
let observer: ResizeObserver | null = null

function fit(figure: Element, width: number, height: number) {
  const entry = boxes.get(figure)
  if (!entry || width === 0 || height === 0) return
  entry.scene.style.transform = fitBox(entry.box, width, height).transform
  entry.scene.style.visibility = 'visible'
}

function observe(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const e of entries) fit(e.target, e.contentRect.width, e.contentRect.height)
  })
  return observer
}

/** A ref for the scene element; its parent is the figure whose size it follows. */
export function useFitScene(box: Box): (scene: HTMLDivElement | null) => void {
  const figure = useRef<Element | null>(null)
  return useCallback(
    (scene: HTMLDivElement | null) => {
      if (figure.current) {
        observe().unobserve(figure.current)
        boxes.delete(figure.current)
        figure.current = null
      }
      const parent = scene?.parentElement
      if (!scene || !parent) return
      figure.current = parent
      boxes.set(parent, { scene, box })
      observe().observe(parent)
    },
    [box]
  )
}
