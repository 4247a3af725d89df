// Asked when the user leaves the editor with unsaved changes: save them, discard them, or stay.
interface LeaveConfirmProps {
  name: string
  canSave: boolean
  onSave: () => void
  onDiscard: () => void
  onStay: () => void
}

export function LeaveConfirm({ name, canSave, onSave, onDiscard, onStay }: LeaveConfirmProps) {
  return (
    <div className="overlay" role="alertdialog" aria-modal="true" aria-labelledby="leave-title">
      <div className="overlay__card">
        <h2 id="leave-title">Discard your changes?</h2>
        <p>“{name}” has changes that are not saved.</p>
        <div className="overlay__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!canSave}
            onClick={onSave}
          >
            Save
          </button>
          <button type="button" className="button button--danger" onClick={onDiscard}>
            Discard changes
          </button>
          <button type="button" className="button" onClick={onStay}>
            Keep editing
          </button>
        </div>
      </div>
    </div>
  )
}
