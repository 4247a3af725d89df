// Which problems the editor shows, and where: each field finds its own message by its path and tells the
// editor when the user enters and leaves it, so a fresh form is not red and a field is judged once touched.
import { createContext, useContext, useState } from 'react'
import { problemKey, visibleProblems } from '@shared/model/builder'
import type { Problem } from '@shared/model/problems'
import { problemMessage } from '@shared/circuits/problemWords'
import { useWording } from '@renderer/i18n/useWording'

interface FieldChecks {
  errorAt: (path: string) => string | undefined
  enter: (path: string) => void
  leave: (path: string) => void
}

const ChecksContext = createContext<FieldChecks>({
  errorAt: () => undefined,
  enter: () => undefined,
  leave: () => undefined,
})
export const FieldChecksProvider = ChecksContext.Provider

/** A field's message (if it shows yet) and the events that mark it touched. */
export function useFieldCheck(path: string | undefined) {
  const checks = useContext(ChecksContext)
  if (path === undefined) return { error: undefined, events: {} }
  return {
    error: checks.errorAt(path),
    events: {
      onFocus: () => checks.enter(path),
      onBlur: () => checks.leave(path),
      'data-path': path,
    },
  }
}

/** The editor's side: remembers what was touched and whether Save was pressed. */
export function useEditorChecks(problems: readonly Problem[]) {
  const w = useWording()
  // The problems a circuit had when it was opened are not the user's doing: they wait to be touched.
  const [baseline] = useState(() => new Set(problems.map(problemKey)))
  const [blurred, setBlurred] = useState<ReadonlySet<string>>(new Set())
  const [editing, setEditing] = useState<string | null>(null)
  const [attempted, setAttempted] = useState(false)
  const visible = visibleProblems(problems, { attempted, blurred, baseline, editing })
  const checks: FieldChecks = {
    errorAt: (path) => {
      const problem = visible.find((p) => p.path === path)
      return problem && problemMessage(problem, w)
    },
    enter: setEditing,
    leave: (path) => {
      setEditing(null)
      setBlurred((all) => new Set(all).add(path))
    },
  }
  /** Save was pressed: show everything, and take the user to the first field that needs them. */
  const attempt = () => {
    setAttempted(true)
    const first = problems[0]
    if (!first) return
    requestAnimationFrame(() => {
      const field = [...document.querySelectorAll<HTMLElement>('[data-path]')].find((el) =>
        el.dataset.path?.startsWith(first.path)
      )
      field?.focus()
    })
  }
  return { visible, checks, attempt }
}
