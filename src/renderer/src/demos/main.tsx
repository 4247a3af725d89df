// A page of every drawn demonstration: the contact sheet (docs/demos), the e2e test of the renderer and
// the demos benchmark load it. `?id=` shows one move; `side`, `paused`, `stills` and `size` set its props.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DEMOS } from '@shared/demo'
import { EXERCISES } from '@shared/library'
import { ExerciseDemo } from '../features/demo/ExerciseDemo'
import './demos.css'

const params = new URLSearchParams(window.location.search)
const id = params.get('id')
const side = params.get('side') === 'right' ? 'right' : 'left'
const paused = params.get('paused') === '1'
const stills = params.get('stills') === '1'
const size = Number(params.get('size') ?? 0) || (id ? 600 : 150)

function Sheet() {
  return (
    <main className="demos-sheet">
      {EXERCISES.map((e) => (
        <figure key={e.id} className="demos-sheet__move">
          {DEMOS[e.id] ? (
            <ExerciseDemo exerciseId={e.id} size={size} stills={stills} label={e.name} />
          ) : (
            <p>No demo</p>
          )}
          <figcaption>
            {e.name} <span>({e.id})</span>
          </figcaption>
        </figure>
      ))}
    </main>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    {id ? (
      <main className="demos-one">
        <ExerciseDemo
          exerciseId={id}
          side={side}
          paused={paused}
          stills={stills}
          size={size}
          label={id}
        />
      </main>
    ) : (
      <Sheet />
    )}
  </StrictMode>
)
