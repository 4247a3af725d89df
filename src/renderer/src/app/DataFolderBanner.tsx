// Tells the user how the data folder was opened: read-only (and why, so every refused save makes sense), and
// the sync tools' conflict copies found beside it, with an offer to merge a history, circuits or exercises
// copy. Nothing merges until the user says so, and the copy itself is always kept.
import { useState } from 'react'
import type { ConflictCopy, ResponseOf } from '@shared/ipc/contract'
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

/** What each mergeable file holds, in the words the banner uses. */
const KINDS: Record<string, { things: string; home: string }> = {
  'history.jsonl': { things: 'sessions', home: 'your history' },
  'circuits.json': { things: 'circuits', home: 'your circuits' },
  'exercises.json': { things: 'exercises', home: 'your exercises' },
}

const NOT_MERGED: Record<string, string> = {
  'settings.json':
    'Cadence does not merge settings: two sets of preferences cannot be combined, so yours stay as they are. Compare the copy with yours by hand if you need what it holds.',
}
const NOT_MERGED_OTHER =
  'Cadence does not merge this file; compare it with yours by hand if you need what it holds.'

function mergedText(
  kind: { things: string; home: string },
  merged: ResponseOf<'app:mergeConflict'>
) {
  const both =
    merged.keptBoth > 0
      ? ` ${merged.keptBoth} differed from yours: both were kept, the copy's marked "(conflict copy)".`
      : ''
  return (
    `Added ${merged.added} ${kind.things}; ${merged.duplicates} already in ${kind.home}.${both}` +
    ' The copy was kept as it is.'
  )
}

function ConflictItem({ copy, readOnly }: { copy: ConflictCopy; readOnly: boolean }) {
  const [result, setResult] = useState<string | null>(null)
  const kind = copy.mergeable ? KINDS[copy.original] : undefined
  const merge = useAction('merge the conflict copy', () =>
    window.api.mergeConflictCopy({ file: copy.file })
  )
  const onMerge = async () => {
    const merged = await merge.run()
    if (merged && kind) setResult(mergedText(kind, merged))
  }
  return (
    <div className="banner__item" data-testid="conflict-copy">
      <p>
        <strong>
          {copy.tool} left a conflict copy of {copy.original}:
        </strong>{' '}
        <code>{copy.file}</code>.{' '}
        {kind
          ? `It may hold ${kind.things} saved on another computer.`
          : (NOT_MERGED[copy.original] ?? NOT_MERGED_OTHER)}{' '}
        {result}
      </p>
      {kind && result === null && (
        <button
          type="button"
          className="button"
          disabled={merge.busy || readOnly}
          onClick={() => void onMerge()}
        >
          Merge its {kind.things}
        </button>
      )}
    </div>
  )
}
