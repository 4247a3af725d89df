// Tells the user how the data folder was opened: read-only (and why, so every refused save makes sense), and
// the sync tools' conflict copies found beside it, with an offer to merge a history, circuits or exercises
// copy. Nothing merges until the user says so, and the copy itself is always kept.
import { useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { ConflictCopy, ResponseOf } from '@shared/ipc/contract'
import { useAction, useQuery } from '../lib/useApi'
import { useSystemEvents } from '../lib/useSystemEvents'

export function DataFolderBanner() {
  const { t } = useTranslation('app')
  const status = useQuery('dataStatus', () => window.api.getDataStatus())
  useSystemEvents((event) => {
    if (event.type === 'notices') status.reload()
  })
  const { readOnly = null, conflicts = [] } = status.data ?? {}
  if (readOnly === null && conflicts.length === 0) return null
  return (
    <section className="banner" role="status" aria-label={t('dataFolder.label')}>
      {readOnly !== null && (
        <div className="banner__item" data-testid="read-only-banner">
          <p>
            <Trans
              t={t}
              i18nKey="dataFolder.readOnly"
              values={{ reason: readOnly }}
              components={{ b: <strong /> }}
            />
          </p>
        </div>
      )}
      {conflicts.map((copy) => (
        <ConflictItem key={copy.file} copy={copy} readOnly={readOnly !== null} />
      ))}
    </section>
  )
}

/** The files a copy can be merged into, by name; their words are under app:conflict.kinds. */
const KINDS: Record<string, 'history' | 'circuits' | 'exercises'> = {
  'history.jsonl': 'history',
  'circuits.json': 'circuits',
  'exercises.json': 'exercises',
}

function mergedText(
  t: TFunction<'app'>,
  kind: 'history' | 'circuits' | 'exercises',
  merged: ResponseOf<'app:mergeConflict'>
) {
  const added = t(`conflict.kinds.${kind}.added`, {
    count: merged.added,
    duplicates: merged.duplicates,
  })
  const both = merged.keptBoth > 0 ? t('conflict.keptBoth', { count: merged.keptBoth }) : ''
  return [added, both, t('conflict.copyKept')].filter(Boolean).join(' ')
}

function ConflictItem({ copy, readOnly }: { copy: ConflictCopy; readOnly: boolean }) {
  const { t } = useTranslation('app')
  const [result, setResult] = useState<string | null>(null)
  const kind = copy.mergeable ? KINDS[copy.original] : undefined
  const merge = useAction('mergeConflict', () => window.api.mergeConflictCopy({ file: copy.file }))
  const onMerge = async () => {
    const merged = await merge.run()
    if (merged && kind) setResult(mergedText(t, kind, merged))
  }
  const notMerged =
    copy.original === 'settings.json' ? t('conflict.notMergedSettings') : t('conflict.notMerged')
  return (
    <div className="banner__item" data-testid="conflict-copy">
      <p>
        <strong>{t('conflict.title', { tool: copy.tool, file: copy.original })}</strong>{' '}
        <code>{copy.file}</code>. {kind ? t(`conflict.kinds.${kind}.mayHold`) : notMerged} {result}
      </p>
      {kind && result === null && (
        <button
          type="button"
          className="button"
          disabled={merge.busy || readOnly}
          onClick={() => void onMerge()}
        >
          {t(`conflict.kinds.${kind}.merge`)}
        </button>
      )}
    </div>
  )
}
