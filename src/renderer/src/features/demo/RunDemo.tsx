// The run screen's demonstration, beside the digits: the move in work, the coming move in a break (see
// demoStepOf), still while the session is paused, the user's own picture or video where one is attached.
import type { RunView } from '@shared/run/runView'
import { demoStepOf } from '@shared/run/demoStep'
import { ExerciseDemo } from './ExerciseDemo'
import { useMediaList } from './useMediaList'

export function RunDemo({ view }: { view: RunView }) {
  const media = useMediaList()
  const step = demoStepOf(view)
  return (
    <div className="run-demo" data-testid="run-demo">
      {step && (
        <ExerciseDemo
          key={`${step.exerciseId}:${step.side}`}
          exerciseId={step.exerciseId}
          side={step.side}
          paused={step.still}
          media={media[step.exerciseId]}
          fit
        />
      )}
    </div>
  )
}
