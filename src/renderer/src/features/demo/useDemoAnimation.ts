// Plays a precomputed demo with the Web Animations API: one animation per moving part, all on the
// document timeline, so the browser interpolates transforms and React renders once, not per frame.
import { useEffect, useRef, type RefObject } from 'react'
import type { DemoAnimation } from '@shared/demo/animation'

export function useDemoAnimation(
  svg: RefObject<SVGSVGElement | null>,
  animation: DemoAnimation | undefined,
  running: boolean,
  paused: boolean
): void {
  const players = useRef<Animation[]>([])

  useEffect(() => {
    const root = svg.current
    if (!root || !animation || !running) return
    const duration = animation.seconds * 1000
    const list: Animation[] = []
    for (const el of root.querySelectorAll<SVGGElement>('g[data-track]')) {
      const track = animation.tracks[Number(el.dataset['track'])]
      if (!track || track.transforms.length === 0) continue
      const keyframes = track.transforms.map((transform, i) => ({
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
  }, [svg, animation, running])

  useEffect(() => {
    for (const a of players.current) {
      if (paused) a.pause()
      else a.play()
    }
  }, [paused, animation, running])
}
