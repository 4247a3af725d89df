// Loads settings once from main and shares them; a change shows at once and is saved by main (or undone).
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsPatch,
} from '@shared/model/settings'
import { messageOf, unwrap } from '@renderer/lib/api'

interface SettingsValue {
  settings: Settings
  loaded: boolean
  /** What failed (the page words it: this provider sits above the translator) and main's message. */
  error: { failed: 'load' | 'save'; message: string } | null
  update: (patch: SettingsPatch) => Promise<void>
}

const SettingsContext = createContext<SettingsValue | null>(null)

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [loaded, setLoaded] = useState(false)
  const [error, setError] = useState<SettingsValue['error']>(null)

  useEffect(() => {
    unwrap(window.api.getSettings())
      .then((value) => setSettings(value))
      .catch((e: unknown) => setError({ failed: 'load', message: messageOf(e) }))
      .finally(() => setLoaded(true))
  }, [])

  /** Applied on screen at once, so controls never lag behind the disk; undone with a message if main refuses. */
  const update = useCallback(async (patch: SettingsPatch) => {
    let before: Settings | null = null
    setSettings((current) => {
      before = current
      return applySettingsPatch(current, patch)
    })
    try {
      await unwrap(window.api.updateSettings(patch))
      setError(null)
    } catch (e) {
      const previous = before as Settings | null
      if (previous) setSettings((current) => applySettingsPatch(current, pick(previous, patch)))
      setError({ failed: 'save', message: messageOf(e) })
    }
  }, [])

  const value = useMemo(
    () => ({ settings, loaded, error, update }),
    [settings, loaded, error, update]
  )
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

/** The values `before` had for the keys a patch sets: applying them undoes the patch. */
function pick(before: Settings, patch: SettingsPatch): SettingsPatch {
  return Object.fromEntries(Object.keys(patch).map((key) => [key, before[key as keyof Settings]]))
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext)
  if (!value) throw new Error('useSettings needs a SettingsProvider above it.')
  return value
}
