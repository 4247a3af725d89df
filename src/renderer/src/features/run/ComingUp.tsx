// The control view beside the TV: while the display window shows the run, the laptop lists what comes
// next, with each exercise's notes, so whoever runs the session can call it out.
import { useTranslation } from 'react-i18next'
import { describeStepIn } from '@shared/engine/stepWords'
import { useWording } from '@renderer/i18n/useWording'
import type { RunView } from '@shared/run/runView'

export function ComingUp({ view }: { view: RunView }) {
  const { t } = useTranslation('run')
  const wording = useWording()
  return (
    <section className="coming-up" aria-label={t('comingUp.title')}>
      <h2>{t('comingUp.title')}</h2>
      {view.comingUp.length === 0 ? (
        <p>{t('comingUp.nothing')}</p>
      ) : (
        <ol>
          {view.comingUp.map((step) => (
            <li key={step.index}>
              {describeStepIn(step, wording)}
              {step.exercise?.notes ? (
                <span className="coming-up__note">
                  {t('comingUp.note', { note: step.exercise.notes })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
