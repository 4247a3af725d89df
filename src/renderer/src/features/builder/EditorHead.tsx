// The editor's bar, kept in view while the form scrolls: the title, its actions (back, copy as text,
// start, save), whether the circuit can be saved and is, and why a save failed.
import { useTranslation } from 'react-i18next'
import type { Problem } from '@shared/model/problems'
import { problemMessage, problemWhere } from '@shared/circuits/problemWords'
import { useWording } from '@renderer/i18n/useWording'

interface EditorHeadProps {
  title: string
  problems: readonly Problem[]
  /** Whether the user is shown the problems yet: until then the line says them quietly, not in red. */
  showing: boolean
  dirty: boolean
  /** Why the last save failed, said next to the Save button. */
  error: string | null
  onBack: () => void
  onCopy: () => void
  onStart: () => void
  onSave: () => void
}

export function EditorHead({ title, problems, showing, dirty, error, ...on }: EditorHeadProps) {
  const { t } = useTranslation('builder')
  const w = useWording()
  const valid = problems.length === 0
  return (
    <div className="editor__bar">
      <div className="page__head">
        <h1 id="editor-title">{title}</h1>
        <div className="page__actions">
          <button type="button" className="button button--quiet" onClick={on.onBack}>
            {t('editor.back')}
          </button>
          <button type="button" className="button" onClick={on.onCopy} disabled={!valid}>
            {t('editor.copy')}
          </button>
          <button type="button" className="button" disabled={!valid} onClick={on.onStart}>
            {dirty ? t('editor.saveAndStart') : t('editor.start')}
          </button>
          {/* Enabled while invalid: pressing it shows every problem and goes to the first. */}
          <button
            type="button"
            className="button button--primary"
            disabled={!dirty}
            onClick={on.onSave}
            aria-describedby="save-state"
            aria-keyshortcuts="Control+S"
          >
            {t('editor.save')}
          </button>
        </div>
      </div>
      <p
        id="save-state"
        className={valid || !showing ? 'muted editor__state' : 'efield__error editor__state'}
        role="status"
      >
        {!valid
          ? t('editor.cannotSave', {
              count: problems.length,
              where: problemWhere(problems[0]!, w),
              message: problemMessage(problems[0]!, w),
            })
          : dirty
            ? t('editor.unsaved')
            : t('editor.saved')}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </div>
  )
}
