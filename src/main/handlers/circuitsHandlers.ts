// Handlers for the user's circuits: CRUD, duplicate, and import/export through files.
import { randomUUID } from 'node:crypto'

import { AppError } from '@shared/ipc/result'
import type { Circuit } from '@shared/model/circuit'
import { summarizeCircuit } from '@shared/circuits/summarizeCircuit'
import { byLastUsed } from '@shared/model/circuitSummary'
import {
  circuitFile,
  MAX_IMPORT_BYTES,
  mediaOfCircuit,
  parseCircuitText,
} from '@shared/circuits/circuitFile'
import type { MediaRef } from '@shared/model/media'
import type { Handlers } from '../ipc/dispatch'
import type { Platform } from '../platformPort'
import type { CircuitsStore } from '../store/circuitsStore'
import { writeFileAtomic } from '../store/durableFile'
import { readUserFile } from '../files/readUserFile'
import { t } from '../i18n/mainLanguage'
import { importRefusalWords } from '../i18n/importWords'

type CircuitChannels =
  | 'circuits:list'
  | 'circuits:get'
  | 'circuits:save'
  | 'circuits:delete'
  | 'circuits:duplicate'
  | 'circuits:importFile'
  | 'circuits:importText'
  | 'circuits:exportFile'

/** Read when a dialog opens, so it names the file type in the language of that moment. */
const jsonFilter = () => [{ name: t('main:files.circuitFile'), extensions: ['json'] }]

export function circuitsHandlers(
  store: CircuitsStore,
  platform: Platform,
  now: () => Date = () => new Date(),
  /** The user's pictures and videos by exercise id: an export names those its moves show. */
  media: () => Readonly<Record<string, MediaRef>> = () => ({})
): Pick<Handlers, CircuitChannels> {
  const stamp = () => now().toISOString()

  /** Imported circuits always get a new id, so an import never overwrites a circuit you have. */
  function addImported(circuit: Circuit): Circuit {
    const { lastUsedAt: _unused, ...rest } = circuit
    return store.put({ ...rest, id: randomUUID(), createdAt: stamp(), updatedAt: stamp() })
  }

  function parseOrThrow(text: string): Circuit {
    const parsed = parseCircuitText(text)
    if (!parsed.ok) {
      const { message, issues } = importRefusalWords(parsed.refusal, parsed.problems)
      throw new AppError('invalid-payload', message, issues)
    }
    return parsed.value
  }

  return {
    'circuits:list': () => store.list().map(summarizeCircuit).sort(byLastUsed),
    'circuits:get': ({ id }) => store.get(id),
    'circuits:save': (circuit) => {
      const existing = store.list().find((c) => c.id === circuit.id)
      return store.put({
        ...circuit,
        createdAt: existing?.createdAt ?? circuit.createdAt,
        updatedAt: stamp(),
      })
    },
    'circuits:delete': ({ id }) => store.remove(id),
    'circuits:duplicate': ({ id }) => {
      const { lastUsedAt: _unused, ...source } = store.get(id)
      const name = t('main:files.copyName', { name: source.name.slice(0, 73) })
      return store.put({
        ...source,
        id: randomUUID(),
        name,
        createdAt: stamp(),
        updatedAt: stamp(),
      })
    },
    'circuits:importText': ({ text }) => addImported(parseOrThrow(text)),
    'circuits:importFile': async () => {
      const path = await platform.chooseOpenFile({
        title: t('main:files.importCircuit'),
        filters: jsonFilter(),
      })
      if (!path) return { cancelled: true }
      const text = readUserFile(path, { maxBytes: MAX_IMPORT_BYTES, what: 'circuit' })
      return { cancelled: false, circuit: addImported(parseOrThrow(text)) }
    },
    'circuits:exportFile': async ({ id }) => {
      const circuit = store.get(id)
      const path = await platform.chooseSaveFile({
        title: t('main:files.exportCircuit'),
        defaultName: `${circuit.name.replace(/[^\w\- ]+/g, '').trim() || 'circuit'}.cadence.json`,
        filters: jsonFilter(),
      })
      if (!path) return { cancelled: true }
      const named = { items: mediaOfCircuit(circuit, media()), note: t('demo:export.mediaNote') }
      writeFileAtomic(path, `${JSON.stringify(circuitFile(circuit, named), null, 2)}\n`)
      return { cancelled: false, path, count: 1 }
    },
  }
}
