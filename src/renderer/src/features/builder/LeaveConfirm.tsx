// Asked when the user leaves the editor with unsaved changes: save them, discard them, or stay.
import { useTranslation } from 'react-i18next'
interface LeaveConfirmProps {
  name: string
  canSave: boolean
  onSave: () => void
  onDiscard: () => void
  onStay: () => void
}

export function LeaveConfirm({ name, canSave, onSave, onDiscard, onStay }: LeaveConfirmProps) {
  const { t } = useTranslation('builder')
  return (
    <div className="overlay" role="alertdialog" aria-modal="true" aria-labelledby="leave-title">
      <div className="overlay__card">
        <h2 id="leave-title">{t('leave.title')}</h2>
        <p>{t('leave.text', { name })}</p>
        <div className="overlay__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!canSave}
            onClick={onSave}
          >
            {t('editor.save')}
          </button>
          <button type="button" className="button button--danger" onClick={onDiscard}>
            {t('leave.discard')}
          </button>
          <button type="button" className="button" onClick={onStay}>
            {t('leave.stay')}
          </button>
        </div>
      </div>
    </div>
  )
}
