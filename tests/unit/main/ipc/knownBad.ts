// For every channel, payloads that must be refused, written by hand and independent of the contract's
// schemas: loosening a schema so that it accepts anything makes the fuzz test fail on these.
import type { Channel } from '@shared/ipc/contract'
import { FIXTURE_CIRCUIT, makeSession } from '@tests/fixtures/sessions'

const NOTHING_EXPECTED = [{ x: 1 }, 'text', 0, []]
const id = [{}, { id: 42 }, { id: '' }, { id: 'x'.repeat(65) }, { id: 'ok', extra: true }, 'ok']
const session = makeSession(3)
const step = session.steps[0]!

export const KNOWN_BAD: Record<Channel, unknown[]> = {
  'app:info': NOTHING_EXPECTED,
  'app:notices': NOTHING_EXPECTED,
  'app:openDataFolder': NOTHING_EXPECTED,
  'app:dataStatus': NOTHING_EXPECTED,
  'app:mergeConflict': [{}, { file: '' }, { file: 42 }, { file: 'x', extra: true }, 'x', null],
  'settings:get': NOTHING_EXPECTED,
  'settings:update': [
    { theme: 'neon' },
    { masterVolume: 3 },
    { masterVolume: Number.NaN },
    { bogus: true },
    'dark',
  ],
  'circuits:list': NOTHING_EXPECTED,
  'circuits:get': id,
  'circuits:save': [
    { ...FIXTURE_CIRCUIT, prepareSec: -1 },
    { ...FIXTURE_CIRCUIT, blocks: [] },
    { ...FIXTURE_CIRCUIT, name: '' },
    { ...FIXTURE_CIRCUIT, schemaVersion: 99 },
    null,
  ],
  'circuits:delete': id,
  'circuits:duplicate': id,
  'circuits:importFile': NOTHING_EXPECTED,
  'circuits:importText': [{ text: 42 }, {}, { text: 'x'.repeat(5_000_001) }, 'plain text'],
  'circuits:exportFile': id,
  'exercises:list': NOTHING_EXPECTED,
  'exercises:save': [{ id: 'my-move' }, { name: 'No id' }, 'Rows'],
  'exercises:delete': id,
  'exercises:setHidden': [{ id: 'rows' }, { id: 'rows', hidden: 'yes' }, { hidden: true }],
  'history:list': [{ offset: -1, limit: 10 }, { offset: 0, limit: 1e9 }, { offset: 'first' }],
  'history:overview': [{}, { today: 'yesterday' }, 'week'],
  'history:get': id,
  'history:lastLoads': [{}, { circuitId: '' }, { circuitId: 7 }, { id: 'c1' }],
  'history:annotate': [{ id: session.id, rpe: 11 }, { rpe: 5 }, { id: session.id, note: 7 }],
  'history:delete': id,
  'history:undelete': id,
  'history:exportFile': [{ format: 'xml' }, {}, { format: 'csv', perStep: 'yes' }],
  'history:importFile': NOTHING_EXPECTED,
  'session:send': [
    { type: 'launch' },
    { type: 'open' },
    { type: 'open', circuitId: '' },
    { type: 'start', extra: 1 },
    { type: 'resume', pending: {} },
  ],
  'session:frame': NOTHING_EXPECTED,
  'session:now': NOTHING_EXPECTED,
  'journal:begin': [
    { sessionId: 'short', circuit: FIXTURE_CIRCUIT, startedAt: session.startedAt, timeZone: 'UTC' },
    { sessionId: 'session-999999', circuit: {}, startedAt: 'now', timeZone: 'UTC' },
  ],
  'journal:progress': [{ sessionId: 'session-999999', step: { ...step, kind: 'nap' } }, { step }],
  'journal:snapshot': [{ sessionId: 'session-999999', timer: { version: 2 } }, { timer: {} }],
  'journal:end': [{ ...session, rpe: 11 }, { ...session, steps: 'many' }, { id: session.id }],
  'journal:pending': NOTHING_EXPECTED,
  'journal:saveAsStopped': NOTHING_EXPECTED,
  'journal:discard': NOTHING_EXPECTED,
  'window:toggleFullscreen': NOTHING_EXPECTED,
  'window:displays': NOTHING_EXPECTED,
  'window:moveToDisplay': [{ id: 1.5 }, { id: '1' }, {}],
  'power:keepAwake': [{ on: 'yes' }, {}, true],
  'media:captureKeys': [{ on: 1 }, {}, 'on'],
  'display:open': [{ displayId: 1.5 }, {}, { displayId: '2' }],
  'display:close': NOTHING_EXPECTED,
  'history:records': [{}, { circuitId: '' }, { circuitId: 'c', exceptSessionId: 7 }, 'c'],
  'remote:status': NOTHING_EXPECTED,
  'remote:setEnabled': [{ on: 'yes' }, {}, true],
  'remote:newCode': NOTHING_EXPECTED,
  'remote:useAddress': [{ address: 1 }, {}, { address: 'x'.repeat(65) }, { address: null, x: 1 }],
}
