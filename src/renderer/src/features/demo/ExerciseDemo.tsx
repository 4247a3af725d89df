// The drawn demonstration of one library move, ready to mount anywhere: animated on the compositor's
// clock, paused with the session, or shown as still key poses when the system asks for less motion.
import { useMemo, useRef } from 'react'
import { animationFor } from '@shared/demo'
import type { Side } from '@shared/demo/schema'
import { Figure } from './Figure'
import { usePrefersReducedMotion } from './usePrefersReducedMotion'
import { useDemoAnimation } from './useDemoAnimation'
import './demo.css'

export interface ExerciseDemoProps {
  exerciseId: string
  /** Freezes the figure where it is (the session is paused). */
  paused?: boolean
  /** Height in CSS units (a number is pixels); the width follows the picture. */
  size?: number | string
  /** Which side a one-sided move works; the picture is mirrored for the right. */
  side?: Side
  /** What the figure shows, for screen readers; defaults to nothing (the page already names the move). */
  label?: string
  /** Show the key poses still, side by side, even when motion is allowed (a contact sheet). */
  stills?: boolean
}

export function ExerciseDemo({
  exerciseId,
  paused = false,
  size = 240,
  side = 'left',
  label,
  stills = false,
}: ExerciseDemoProps) {
  const animation = useMemo(() => animationFor(exerciseId, side), [exerciseId, side])
  const reduced = usePrefersReducedMotion()
  const still = stills || reduced
  const svg = useRef<SVGSVGElement>(null)
  useDemoAnimation(svg, animation, !still, paused)
  if (!animation) return null
  const height = typeof size === 'number' ? `${size}px` : size
  if (still) {
    const width = `calc(${height} * ${(animation.box.width / animation.box.height).toFixed(3)} * ${animation.keyFrames.length})`
    return (
      <div
        className="exercise-demo exercise-demo--stills"
        style={{ height, width }}
        role={label ? 'img' : undefined}
        aria-label={label}
        data-demo={exerciseId}
        data-demo-state="still"
      >
        {animation.keyFrames.map((frame) => (
          <Figure key={frame} animation={animation} frame={frame} />
        ))}
      </div>
    )
  }
  const width = `calc(${height} * ${(animation.box.width / animation.box.height).toFixed(3)})`
  return (
    <div
      className="exercise-demo"
      style={{ height, width }}
      data-demo={exerciseId}
      data-demo-state={paused ? 'paused' : 'playing'}
    >
      <Figure ref={svg} animation={animation} frame={0} label={label} />
    </div>
  )
}
