// Your circuits, most recently used first: search, start, edit, duplicate, export, delete (with undo), import;
// on first start, a welcome that says what to do, and the presets to start from.
import { useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { useQuery } from '@renderer/lib/useApi'
import { useBuilder } from './BuilderContext'
import { CircuitRow } from './CircuitRow'
import { useNewCircuit } from './circuitCommands'
import { PresetList } from './PresetList'
import { useCircuitActions } from './useCircuitActions'

/**
 * `revision` changes when circuits were added from outside the list (an import): it reloads.
 * `onImport` asks for a file and imports it (the Circuits page does that, for the menu too).
 */
export function CircuitList({ revision, onImport }: { revision: number; onImport: () => void }) {
  const { t } = useTranslation('builder')
  const list = useQuery('circuits', () => window.api.listCircuits(), String(revision))
  const circuits = list.data
  const [query, setQuery] = useState('')
  const { edit, draft } = useBuilder()
  const create = useNewCircuit()
  const actions = useCircuitActions(list.reload)
  const shown = (circuits ?? []).filter((c) =>
    c.name.toLowerCase().includes(query.trim().toLowerCase())
  )

  return (
    <section className="page" aria-labelledby="circuits-title">
      <div className="page__head">
        <h1 id="circuits-title">{t('list.title')}</h1>
        <div className="page__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={create}
            aria-keyshortcuts="Control+N"
          >
            {t('list.new')}
          </button>
          <button type="button" className="button" onClick={onImport}>
            {t('list.import')}
          </button>
        </div>
      </div>
      {draft && (
        <p className="notice">
          {t('list.unsaved', { name: draft.circuit.name })}{' '}
          <button type="button" className="button" onClick={() => edit(draft.circuit, draft.saved)}>
            {t('list.continue')}
          </button>
        </p>
      )}
      {list.error && (
        <p role="alert" className="notice notice--error">
          {list.error}
        </p>
      )}
      {circuits?.length === 0 && <Welcome />}
      {/* A search box only when there is something to search. */}
      {circuits && circuits.length > 0 && (
        <label className="search">
          <span className="visually-hidden">{t('list.searchLabel')}</span>
          <input
            type="search"
            placeholder={t('list.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      )}
      {circuits && circuits.length > 0 && (
        <ul className="picker" aria-label={t('list.yours')}>
          {shown.map((c) => (
            <CircuitRow key={c.id} circuit={c} on={actions} />
          ))}
        </ul>
      )}
      <PresetList circuits={circuits} on={actions} />
    </section>
  )
}

/** First start: what Cadence is for and what to do now, until there is a circuit of your own. */
function Welcome() {
  const { t } = useTranslation('builder')
  const [hidden, setHidden] = useState(() => localStorage.getItem(WELCOME_KEY) === 'hidden')
  if (hidden) return null
  return (
    <section className="welcome card" aria-labelledby="welcome-title">
      <div>
        <h2 id="welcome-title">{t('welcome.title')}</h2>
        <p>
          <Trans t={t} i18nKey="welcome.text" components={{ b: <strong />, key: <kbd /> }} />
        </p>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          localStorage.setItem(WELCOME_KEY, 'hidden')
          setHidden(true)
        }}
      >
        {t('welcome.gotIt')}
      </button>
    </section>
  )
}

const WELCOME_KEY = 'cadence.welcome'
