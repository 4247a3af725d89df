// The display window's entry: the run display alone, drawn from the frames main passes on.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from '../app/ErrorBoundary'
import { DisplayScreen } from './DisplayScreen'
import '../styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <DisplayScreen />
    </ErrorBoundary>
  </StrictMode>
)
