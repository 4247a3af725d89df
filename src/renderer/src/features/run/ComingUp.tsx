// The control view beside the TV: while the display window shows the run, the laptop lists what comes
// next, with each exercise's notes, so whoever runs the session can call it out.
import { describeStep } from '@shared/engine/plan'
import type { RunView } from '@shared/run/runView'

export function ComingUp({ view }: { view: RunView }) {
  return (
    <section className="coming-up" aria-label="Coming up">
      <h2>Coming up</h2>
      {view.comingUp.length === 0 ? (
        <p>Nothing after this step.</p>
      ) : (
        <ol>
          {view.comingUp.map((step) => (
            <li key={step.index}>
              {describeStep(step)}
              {step.exercise?.notes ? (
                <span className="coming-up__note"> · {step.exercise.notes}</span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
