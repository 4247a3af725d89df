// Tells the user when Cadence found a damaged file at start-up: what happened and where the old file is.
import { useState } from 'react'
import { useQuery } from '../lib/useApi'
import { useSystemEvents } from '../lib/useSystemEvents'

export function NoticeBanner() {
  const notices = useQuery('what was recovered at start-up', () => window.api.getNotices())
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  useSystemEvents((event) => {
    if (event.type === 'notices') notices.reload()
  })

  const visible = (notices.data ?? []).filter((n) => !dismissed.has(n.file + n.at))
  if (visible.length === 0 && !notices.error) return null
  return (
    <section className="banner" role="alert" aria-label="Recovered data">
      {notices.error && (
        <div className="banner__item">
          <p>{notices.error}</p>
        </div>
      )}
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
