// Short messages with an optional action such as Undo, in a strip of their own at the bottom of the window.
// The strip is reserved room, not an overlay: its height is published as --toast-space, and the shell and
// the run screen end above it, so a toast never covers a control. A toast belongs to the screen it was
// shown on and goes when the user leaves that screen.
import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from './navigation'
import type { RouteId } from './routes'

interface ToastItem {
  id: number
  text: string
  action?: { label: string; run: () => void }
  /** The screen it was shown on; set just after it is shown, so a toast raised with a move to another
   * screen (an import opening the editor) belongs to the screen it lands on. */
  route?: RouteId
}

const ToastContext = createContext<((text: string, action?: ToastItem['action']) => void) | null>(
  null
)

/** How long a toast (and its Undo) stays. */
const TOAST_MS = 10_000

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t: translate } = useTranslation('app')
  const { route } = useNavigation()
  const [items, setItems] = useState<ToastItem[]>([])
  const next = useRef(1)
  const strip = useRef<HTMLDivElement>(null)
  const dismiss = useCallback((id: number) => setItems((all) => all.filter((t) => t.id !== id)), [])
  const show = useCallback(
    (text: string, action?: ToastItem['action']) => {
      const id = next.current++
      setItems((all) => [...all.slice(-2), { id, text, ...(action ? { action } : {}) }])
      setTimeout(() => dismiss(id), TOAST_MS)
    },
    [dismiss]
  )
  // Tag new toasts with the screen they appeared on, and drop those of a screen the user has left; done
  // while rendering (React's pattern for state that follows a change), so a stale toast never paints.
  const [tagged, setTagged] = useState(route)
  if (tagged !== route || items.some((t) => t.route === undefined)) {
    setTagged(route)
    setItems((all) =>
      all.filter((t) => t.route === undefined || t.route === route).map((t) => ({ ...t, route }))
    )
  }
  useReservedSpace(strip)
  const value = useMemo(() => show, [show])
  const shown = items.filter((t) => t.route === undefined || t.route === route)
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div ref={strip} className="toasts" role="status" aria-live="polite">
        {shown.map((t) => (
          <div key={t.id} className="toast">
            <span>{t.text}</span>
            {t.action && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  t.action!.run()
                  dismiss(t.id)
                }}
              >
                {t.action.label}
              </button>
            )}
            <button
              type="button"
              className="toast__close"
              aria-label={translate('dismiss')}
              onClick={() => dismiss(t.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

/** Publishes the strip's height as --toast-space on the page, for the layouts that make room for it. */
function useReservedSpace(strip: RefObject<HTMLDivElement | null>) {
  useLayoutEffect(() => {
    const el = strip.current
    if (!el) return
    const root = document.documentElement.style
    const publish = () => root.setProperty('--toast-space', `${el.offsetHeight}px`)
    publish()
    const observer = new ResizeObserver(publish)
    observer.observe(el)
    return () => {
      observer.disconnect()
      root.removeProperty('--toast-space')
    }
  }, [strip])
}

export function useToast() {
  const value = useContext(ToastContext)
  if (!value) throw new Error('useToast needs a ToastProvider above it.')
  return value
}
