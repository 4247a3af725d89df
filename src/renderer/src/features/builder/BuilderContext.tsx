// The circuit being edited, kept above the screens so unsaved changes survive moving around the app,
// plus the user's exercise library (built-ins, their own, and which are hidden).
import { useTranslation } from 'react-i18next'
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { EXERCISES, type Exercise } from '@shared/library'
import type { Circuit } from '@shared/model/circuit'
import { messageOf, unwrap } from '@renderer/lib/api'

interface Draft {
  circuit: Circuit
  /** What is saved on disk (null for a circuit never saved), to tell whether there are changes. */
  saved: Circuit | null
}

interface BuilderValue {
  draft: Draft | null
  dirty: boolean
  edit: (circuit: Circuit, saved: Circuit | null) => void
  change: (update: (circuit: Circuit) => Circuit) => void
  markSaved: (circuit: Circuit) => void
  close: () => void
  library: { all: Exercise[]; custom: Exercise[]; hidden: ReadonlySet<string> }
  reloadLibrary: () => Promise<void>
  libraryError: string | null
}

const BuilderContext = createContext<BuilderValue | null>(null)

export function BuilderProvider({ children }: { children: ReactNode }) {
  const [draft, setDraft] = useState<Draft | null>(null)
  const [custom, setCustom] = useState<Exercise[]>([])
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const [libraryError, setLibraryError] = useState<string | null>(null)
  const { t } = useTranslation('builder')

  const reloadLibrary = useCallback(async () => {
    try {
      const result = await unwrap(window.api.listExercises())
      setCustom(result.custom)
      setHidden(new Set(result.hidden))
      setLibraryError(null)
    } catch (e) {
      setLibraryError(t('library.loadFailed', { message: messageOf(e) }))
    }
  }, [t])
  useEffect(() => {
    unwrap(window.api.listExercises())
      .then((result) => {
        setCustom(result.custom)
        setHidden(new Set(result.hidden))
      })
      .catch((e: unknown) => setLibraryError(t('library.loadFailed', { message: messageOf(e) })))
  }, [t])

  const value = useMemo<BuilderValue>(
    () => ({
      draft,
      dirty: draft !== null && JSON.stringify(draft.circuit) !== JSON.stringify(draft.saved),
      edit: (circuit, saved) => setDraft({ circuit, saved }),
      change: (update) => setDraft((d) => (d ? { ...d, circuit: update(d.circuit) } : d)),
      markSaved: (circuit) => setDraft({ circuit, saved: circuit }),
      close: () => setDraft(null),
      library: { all: [...EXERCISES, ...custom], custom, hidden },
      reloadLibrary,
      libraryError,
    }),
    [draft, custom, hidden, reloadLibrary, libraryError]
  )
  return <BuilderContext.Provider value={value}>{children}</BuilderContext.Provider>
}

export function useBuilder(): BuilderValue {
  const value = useContext(BuilderContext)
  if (!value) throw new Error('useBuilder needs a BuilderProvider above it.')
  return value
}
