// Short messages at the bottom of the window, with an optional action such as Undo.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'

interface ToastItem {
  id: number
  text: string
  action?: { label: string; run: () => void }
}

const ToastContext = createContext<((text: string, action?: ToastItem['action']) => void) | null>(
  null
)

/** How long a toast (and its Undo) stays. */
const TOAST_MS = 10_000

export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([])
  const next = useRef(1)
  const dismiss = useCallback((id: number) => setItems((all) => all.filter((t) => t.id !== id)), [])
  const show = useCallback(
    (text: string, action?: ToastItem['action']) => {
      const id = next.current++
      setItems((all) => [...all.slice(-2), { id, text, ...(action ? { action } : {}) }])
      setTimeout(() => dismiss(id), TOAST_MS)
    },
    [dismiss]
  )
  const value = useMemo(() => show, [show])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {items.map((t) => (
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
              aria-label="Dismiss"
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

export function useToast() {
  const value = useContext(ToastContext)
  if (!value) throw new Error('useToast needs a ToastProvider above it.')
  return value
}
