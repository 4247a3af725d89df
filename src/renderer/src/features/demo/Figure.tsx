// Draws one precomputed demo as SVG, in the pose of one sample: the still pictures, and the first frame
// that ExerciseDemo then animates (every moving part carries its track index for that).
import type { Ref } from 'react'
import type { DemoAnimation, Part } from '@shared/demo/animation'
import type { Shape } from '@shared/demo/props'

function ShapeView({ shape }: { shape: Shape }) {
  switch (shape.kind) {
    case 'rect':
      return (
        <rect
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          rx={shape.rx}
          className={'light' in shape ? 'demo-figure__light' : undefined}
        />
      )
    case 'circle':
      return (
        <circle
          cx={shape.cx}
          cy={shape.cy}
          r={shape.r}
          className={shape.hollow ? 'demo-figure__ring' : undefined}
        />
      )
    case 'path':
      return <path d={shape.d} strokeWidth={shape.width} className="demo-figure__stroke" />
  }
}

function PartView({ part }: { part: Part }) {
  switch (part.kind) {
    case 'bar':
      return <rect x={0} y={-part.width / 2} width={1} height={part.width} />
    case 'dot':
      return <circle cx={0} cy={0} r={part.r} />
    case 'shapes':
      return (
        <>
          {part.shapes.map((shape, i) => (
            <ShapeView key={i} shape={shape} />
          ))}
        </>
      )
  }
}

/** The figure at sample `frame`; the floor line sits at y = 0 except in views from above. */
export function Figure({
  animation,
  frame,
  label,
  ref,
}: {
  animation: DemoAnimation
  frame: number
  label?: string
  ref?: Ref<SVGSVGElement>
}) {
  const { box } = animation
  return (
    <svg
      ref={ref}
      className="demo-figure"
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      {animation.floor ? (
        <line className="demo-figure__floor" x1={box.x} x2={box.x + box.width} y1={2} y2={2} />
      ) : null}
      {animation.tracks.map((track, i) => (
        <g
          key={track.part.id}
          data-track={track.transforms.length > 0 ? i : undefined}
          className={`demo-figure__${track.part.tone}`}
          style={track.transforms.length > 0 ? { transform: track.transforms[frame] } : undefined}
        >
          <PartView part={track.part} />
        </g>
      ))}
    </svg>
  )
}
