// Screens whose code loads on first use. Not React.lazy: Suspense reveals a loaded screen on a timer, which
// never fires while a test holds Playwright's clock still; here a plain state update shows it at once.
import { useEffect, useState, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Loading } from './Loading'

export type OnDemandScreen = 'history' | 'settings' | 'builder' | 'run'

/** A screen loaded on first use; `preload` fetches its code ahead, when it will surely be needed soon. */
export type OnDemand<P> = ComponentType<P> & { preload: () => void }

export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: OnDemandScreen
): OnDemand<P> {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<ComponentType<P>> | null = null
  const start = () => (loading ??= load().then((Screen) => (loaded = Screen)))
  function OnDemand(props: P) {
    const { t } = useTranslation('app')
    const [component, setComponent] = useState<{ Screen: ComponentType<P> } | null>(() =>
      loaded ? { Screen: loaded } : null
    )
    const [failure, setFailure] = useState<string | null>(null)
    useEffect(() => {
      if (component) return
      let live = true
      start().then(
        (Screen) => live && setComponent({ Screen }),
        (error: unknown) => {
          loading = null // the next visit tries again
          if (live) setFailure(String(error))
        }
      )
      return () => {
        live = false
      }
    }, [component])
    // The screen's ErrorBoundary shows this, with its way back.
    if (failure) throw new Error(t(`loadScreen.${what}`, { message: failure }))
    return component ? <component.Screen {...props} /> : <Loading what={what} />
  }
  // A failed preload is forgotten: the visit itself tries again and shows the failure.
  const preload = () => void start().catch(() => (loading = null))
  return Object.assign(OnDemand, { preload })
}
