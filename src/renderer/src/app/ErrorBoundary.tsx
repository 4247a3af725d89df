// Shows a clear message and a way back instead of a blank window when a screen throws.
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  children: ReactNode
}
interface State {
  error: Error | null
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Cadence screen crashed', error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return <CrashScreen message={error.message} onRetry={() => this.setState({ error: null })} />
  }
}

/** A function component, so the words come from the hook like everywhere else. */
function CrashScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation('app')
  return (
    <main className="crash" role="alert">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.safe')}</p>
      <pre className="crash__detail">{message}</pre>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('crash.retry')}
      </button>
    </main>
  )
}
