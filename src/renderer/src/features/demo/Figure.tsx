// Draws one precomputed demo in the pose of one sample: the still pictures, and the first frame that
// ExerciseDemo then animates (every moving part carries its track index for that). Each part is an SVG of
// its own in a box positioned by a CSS transform: an animated transform on an HTML box runs on the
// compositor, whereas one on an SVG element makes the page restyle and repaint the figure at every frame
// (bench `demos`). The scene is scaled to the box by one transform (useFitScene).
import { useMemo, type Ref } from 'react'
import type { DemoAnimation, Part } from '@shared/demo/animation'
import type { Shape } from '@shared/demo/props'
import { figureLayers } from '@shared/demo/figureLayers'
import { useFitScene } from './useFitScene'

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

function PartView({ part, length }: { part: Part; length: number }) {
  switch (part.kind) {
    case 'bar':
      return <rect x={0} y={-part.width / 2} width={length} height={part.width} />
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
  ref?: Ref<HTMLDivElement>
}) {
  const { box } = animation
  const layers = useMemo(() => figureLayers(animation), [animation])
  const scene = useFitScene(box)
  return (
    <div
      ref={ref}
      className="demo-figure"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <div ref={scene} className="demo-figure__scene">
        {animation.floor ? (
          <div className="demo-figure__part">
            <svg width={1} height={1}>
              <line
                className="demo-figure__floor"
                x1={box.x}
                x2={box.x + box.width}
                y1={2}
                y2={2}
              />
            </svg>
          </div>
        ) : null}
        {layers.map((layer) => (
          <div
            key={layer.part.id}
            data-track={layer.track}
            className={`demo-figure__part demo-figure__${layer.part.tone}`}
            style={layer.track !== undefined ? { transform: layer.transforms[frame] } : undefined}
          >
            <svg width={1} height={1}>
              <PartView part={layer.part} length={layer.length} />
            </svg>
          </div>
        ))}
      </div>
    </div>
  )
}
