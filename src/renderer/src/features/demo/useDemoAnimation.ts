// Plays a precomputed demo with the Web Animations API: one animation per moving part, all on the
// document timeline, so the browser interpolates transforms and React renders once, not per frame.
import { useEffect, useRef, type RefObject } from 'react'
import type { DemoAnimation } from '@shared/demo/animation'
import { figureLayers } from '@shared/demo/figureLayers'

export function useDemoAnimation(
  figure: RefObject<HTMLElement | null>,
  animation: DemoAnimation | undefined,
  running: boolean,
  paused: boolean
): void {
  const players = useRef<Animation[]>([])

  useEffect(() => {
    const root = figure.current
    if (!root || !animation || !running) return
    const duration = animation.seconds * 1000
    const layers = figureLayers(animation)
    const list: Animation[] = []
    for (const el of root.querySelectorAll<HTMLElement>('[data-track]')) {
      const layer = layers[Number(el.dataset['track'])]
      if (!layer || layer.transforms.length === 0) continue
      const keyframes = layer.transforms.map((transform, i) => ({
        transform,
        offset: animation.offsets[i],
      }))
      // Linear between samples: the easing is already in the sampled poses.
      list.push(el.animate(keyframes, { duration, iterations: Infinity, easing: 'linear' }))
    }
    // All parts start on the same frame, so they never drift apart.
    const start = list[0]?.startTime ?? null
    for (const a of list) a.startTime = start
    players.current = list
    return () => {
      for (const a of list) a.cancel()
      players.current = []
    }
  }, [figure, animation, running])

  useEffect(() => {
    for (const a of players.current) {
      if (paused) a.pause()
      else a.play()
    }
  }, [paused, animation, running])
}
