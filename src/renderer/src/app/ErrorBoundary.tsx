// Shows a clear message and a way back instead of a blank window when a screen throws.
import { Component, type ErrorInfo, type ReactNode } from 'react'

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
    return (
      <main className="crash" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>Your saved circuits and history are safe: they live on disk, not in this window.</p>
        <pre className="crash__detail">{error.message}</pre>
        <button
          type="button"
          className="button button--primary"
          onClick={() => this.setState({ error: null })}
        >
          Try again
        </button>
      </main>
    )
  }
}
