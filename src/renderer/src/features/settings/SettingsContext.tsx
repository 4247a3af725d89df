// Loads settings once from main and shares them; updates go through main and come back validated.
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
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsPatch,
} from '../../../../shared/model/settings'
import { messageOf, unwrap } from '../../lib/api'

interface SettingsValue {
  settings: Settings
  loaded: boolean
  error: string | null
  update: (patch: SettingsPatch) => Promise<void>
}

const SettingsContext = createContext<SettingsValue | null>(null)

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [loaded, setLoaded] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    unwrap(window.api.getSettings())
      .then((value) => setSettings(value))
      .catch((e: unknown) => setError(`Could not load settings: ${messageOf(e)}`))
      .finally(() => setLoaded(true))
  }, [])

  const update = useCallback(async (patch: SettingsPatch) => {
    try {
      setSettings(await unwrap(window.api.updateSettings(patch)))
      setError(null)
    } catch (e) {
      setError(`Could not save settings: ${messageOf(e)}`)
    }
  }, [])

  const value = useMemo(
    () => ({ settings, loaded, error, update }),
    [settings, loaded, error, update]
  )
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext)
  if (!value) throw new Error('useSettings needs a SettingsProvider above it.')
  return value
}
