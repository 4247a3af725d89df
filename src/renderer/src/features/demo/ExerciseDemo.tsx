// The drawn demonstration of one library move, ready to mount anywhere: animated on the compositor's
// clock, paused with the session, or shown as still key poses when the system asks for less motion.
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
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
  /** Fill the box the page gives it (width and height), the picture centred in it; `size` is then ignored. */
  fit?: boolean
  /** False draws the move's key pose with no animation at all (long lists, until a row is hovered). */
  animate?: boolean
}

/** Said where the user's file would have been; a component of its own, so pages without words never call it. */
function MediaGone() {
  const { t } = useTranslation('demo')
  return (
    <p className="exercise-demo__notice" role="status">
      {t('mediaGone')}
    </p>
  )
}

export function ExerciseDemo({
  exerciseId,
  paused = false,
  size = 240,
  side = 'left',
  label,
  stills = false,
  media,
  fit = false,
  animate = true,
}: ExerciseDemoProps) {
  const [failed, setFailed] = useState<string | null>(null)
  const height = fit ? '100%' : typeof size === 'number' ? `${size}px` : size
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
  return (
    <DrawnDemo
      exerciseId={exerciseId}
      paused={paused}
      height={height}
      side={side}
      label={label}
      stills={stills}
      notice={media !== undefined}
      fit={fit}
      animate={animate}
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
  fit,
  animate,
}: {
  exerciseId: string
  paused: boolean
  height: string
  side: Side
  label: string | undefined
  stills: boolean
  notice: boolean
  fit: boolean
  animate: boolean
}) {
  const animation = useMemo(() => animationFor(exerciseId, side), [exerciseId, side])
  const reduced = usePrefersReducedMotion()
  const still = stills || reduced
  const svg = useRef<SVGSVGElement>(null)
  useDemoAnimation(svg, animation, !still && animate, paused)
  if (!animation) return null
  const told = notice ? <MediaGone /> : null
  const ratio = (animation.box.width / animation.box.height).toFixed(3)
  if (still) {
    const width = fit ? '100%' : `calc(${height} * ${ratio} * ${animation.keyFrames.length})`
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
  const width = fit ? '100%' : `calc(${height} * ${ratio})`
  return (
    <>
      {told}
      <div
        className="exercise-demo"
        style={{ height, width }}
        data-demo={exerciseId}
        data-demo-state={animate ? (paused ? 'paused' : 'playing') : 'pose'}
      >
        <Figure
          ref={svg}
          animation={animation}
          frame={animate ? 0 : (animation.keyFrames[1] ?? 0)}
          label={label}
        />
      </div>
    </>
  )
}
