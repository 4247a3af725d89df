// The drawn demonstration of one library move, ready to mount anywhere: animated on the compositor's
// clock, paused with the session, or shown as still key poses when the system asks for less motion.
import { useMemo, useRef, useState } from 'react'
import { animationFor } from '@shared/demo'
import type { Side } from '@shared/demo/schema'
import type { MediaRef } from '@shared/model/media'
import { OwnMedia } from './OwnMedia'
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
  /** The user's own picture or video, shown instead; `missing` (the copy is gone) draws the demo with a notice. */
  media?: (MediaRef & { missing?: boolean }) | undefined
}

const MEDIA_GONE = 'Your picture or video could not be shown, so here is the drawn demo.'

export function ExerciseDemo({
  exerciseId,
  paused = false,
  size = 240,
  side = 'left',
  label,
  stills = false,
  media,
}: ExerciseDemoProps) {
  const [failed, setFailed] = useState<string | null>(null)
  const height = typeof size === 'number' ? `${size}px` : size
  if (media && !media.missing && failed !== media.hash) {
    return (
      <div
        className="exercise-demo"
        style={{ height }}
        data-demo={exerciseId}
        data-demo-state="media"
      >
        <OwnMedia
          media={media}
          paused={paused}
          height={height}
          onFail={() => setFailed(media.hash)}
        />
      </div>
    )
  }
  const notice = media ? MEDIA_GONE : null
  return (
    <DrawnDemo
      exerciseId={exerciseId}
      paused={paused}
      height={height}
      side={side}
      label={label}
      stills={stills}
      notice={notice}
    />
  )
}

function DrawnDemo({
  exerciseId,
  paused,
  height,
  side,
  label,
  stills,
  notice,
}: {
  exerciseId: string
  paused: boolean
  height: string
  side: Side
  label: string | undefined
  stills: boolean
  notice: string | null
}) {
  const animation = useMemo(() => animationFor(exerciseId, side), [exerciseId, side])
  const reduced = usePrefersReducedMotion()
  const still = stills || reduced
  const svg = useRef<SVGSVGElement>(null)
  useDemoAnimation(svg, animation, !still, paused)
  if (!animation) return null
  const told = notice ? (
    <p className="exercise-demo__notice" role="status">
      {notice}
    </p>
  ) : null
  if (still) {
    const width = `calc(${height} * ${(animation.box.width / animation.box.height).toFixed(3)} * ${animation.keyFrames.length})`
    return (
      <>
        {told}
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
      </>
    )
  }
  const width = `calc(${height} * ${(animation.box.width / animation.box.height).toFixed(3)})`
  return (
    <>
      {told}
      <div
        className="exercise-demo"
        style={{ height, width }}
        data-demo={exerciseId}
        data-demo-state={paused ? 'paused' : 'playing'}
      >
        <Figure ref={svg} animation={animation} frame={0} label={label} />
      </div>
    </>
  )
}
