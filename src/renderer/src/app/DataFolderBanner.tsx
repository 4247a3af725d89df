// Tells the user how the data folder was opened: read-only (and why, so every refused save makes sense), and
// the sync tools' conflict copies found beside it, with an offer to merge a history copy. Nothing merges
// until the user says so, and the copy itself is always kept.
import { useState } from 'react'
import type { ConflictCopy } from '@shared/ipc/contract'
import { useAction, useQuery } from '../lib/useApi'
import { useSystemEvents } from '../lib/useSystemEvents'

export function DataFolderBanner() {
  const status = useQuery('how the data folder was opened', () => window.api.getDataStatus())
  useSystemEvents((event) => {
    if (event.type === 'notices') status.reload()
  })
  const { readOnly = null, conflicts = [] } = status.data ?? {}
  if (readOnly === null && conflicts.length === 0) return null
  return (
    <section className="banner" role="status" aria-label="Data folder">
      {readOnly !== null && (
        <div className="banner__item" data-testid="read-only-banner">
          <p>
            <strong>Read-only:</strong> {readOnly}. Your history, circuits and settings are shown,
            but nothing you change can be saved until Cadence can write its data folder.
          </p>
        </div>
      )}
      {conflicts.map((copy) => (
        <ConflictItem key={copy.file} copy={copy} readOnly={readOnly !== null} />
      ))}
    </section>
  )
}

function ConflictItem({ copy, readOnly }: { copy: ConflictCopy; readOnly: boolean }) {
  const [result, setResult] = useState<string | null>(null)
  const merge = useAction('merge the conflict copy', () =>
    window.api.mergeConflictCopy({ file: copy.file })
  )
  const onMerge = async () => {
    const merged = await merge.run()
    if (merged) {
      setResult(
        `Added ${merged.added} session${merged.added === 1 ? '' : 's'}; ` +
          `${merged.duplicates} already in your history. The copy was kept as it is.`
      )
    }
  }
  return (
    <div className="banner__item" data-testid="conflict-copy">
      <p>
        <strong>
          {copy.tool} left a conflict copy of {copy.original}:
        </strong>{' '}
        <code>{copy.file}</code>.{' '}
        {copy.mergeable
          ? 'It may hold sessions saved on another computer.'
          : 'Cadence does not merge this file; compare it with yours by hand if you need what it holds.'}{' '}
        {result}
      </p>
      {copy.mergeable && result === null && (
        <button
          type="button"
          className="button"
          disabled={merge.busy || readOnly}
          onClick={() => void onMerge()}
        >
          Merge its sessions
        </button>
      )}
    </div>
  )
}
