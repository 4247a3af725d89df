// Tells the user when Cadence found a damaged file at start-up: what happened and where the old file is.
import { useCallback, useEffect, useState } from 'react'
import type { Notice } from '@shared/ipc/contract'
import { unwrap } from '../lib/api'
import { useSystemEvents } from '../lib/useSystemEvents'

export function NoticeBanner() {
  const [notices, setNotices] = useState<Notice[]>([])
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())

  const load = useCallback(() => {
    unwrap(window.api.getNotices())
      .then(setNotices)
      .catch(() => setNotices([]))
  }, [])
  useEffect(load, [load])
  useSystemEvents((event) => {
    if (event.type === 'notices') load()
  })

  const visible = notices.filter((n) => !dismissed.has(n.file + n.at))
  if (visible.length === 0) return null
  return (
    <section className="banner" role="alert" aria-label="Recovered data">
      {visible.map((n) => (
        <div key={n.file + n.at} className="banner__item">
          <p>
            <strong>Cadence found a damaged file: {fileName(n.file)}.</strong> It{' '}
            {reasonText(n.reason)}.{' '}
            {n.movedTo !== null && (
              <>
                The original was kept as <code>{n.movedTo}</code>.
              </>
            )}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => setDismissed(new Set([...dismissed, n.file + n.at]))}
          >
            Dismiss
          </button>
        </div>
      ))}
    </section>
  )
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path
/** Reasons read as "it is not valid JSON" or describe what was kept; phrase both as a sentence. */
const reasonText = (reason: string) =>
  reason.startsWith('it ') ? reason.slice(3) : `reports that ${reason}`
