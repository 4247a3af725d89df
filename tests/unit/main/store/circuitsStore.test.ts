import { describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCircuitsStore } from '@main/store/circuitsStore'
import { confBackend } from '@tests/fixtures/confBackend'
import type { RecoveryNotice } from '@main/store/document'
import { FIXTURE_CIRCUIT } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'

describe('circuits store', () => {
  const tempDir = useTempDir()
  const open = (dir: string, notices: RecoveryNotice[] = []) =>
    createCircuitsStore(dir, confBackend(dir), (n) => notices.push(n))

  it('adds, replaces, removes and persists circuits', () => {
    const dir = tempDir()
    const store = open(dir)
    store.put(FIXTURE_CIRCUIT)
    store.put({ ...FIXTURE_CIRCUIT, id: 'two', name: 'Two' })
    store.put({ ...FIXTURE_CIRCUIT, name: 'Renamed' })
    expect(
      open(dir)
        .list()
        .map((c) => c.name)
    ).toEqual(['Renamed', 'Two'])
    expect(store.remove('two').name).toBe('Two')
    expect(() => store.get('two')).toThrow(/no longer exists/)
    expect(open(dir).list()).toHaveLength(1)
  })

  it('keeps the good circuits when one is damaged, and keeps a copy of the original file', () => {
    const dir = tempDir()
    const raw = {
      schemaVersion: 1,
      circuits: [
        FIXTURE_CIRCUIT,
        { ...FIXTURE_CIRCUIT, id: 'bad', name: 'Broken one', blocks: [] },
      ],
    }
    writeFileSync(join(dir, 'circuits.json'), JSON.stringify(raw))
    const notices: RecoveryNotice[] = []
    const store = open(dir, notices)
    expect(store.list().map((c) => c.id)).toEqual([FIXTURE_CIRCUIT.id])
    expect(notices[0]?.reason).toBe(
      '1 circuit could not be read ("Broken one"); the other 1 were kept'
    )
    expect(JSON.parse(readFileSync(notices[0]!.movedTo!, 'utf8'))).toEqual(raw)
  })

  it('migrates an unversioned file: read whole, nothing salvaged or set aside', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'circuits.json'), JSON.stringify({ circuits: [FIXTURE_CIRCUIT] }))
    const notices: RecoveryNotice[] = []
    expect(open(dir, notices).list()).toEqual([FIXTURE_CIRCUIT])
    // Without the migration the salvage path would still keep the circuit, but say so here.
    expect(notices).toEqual([])
  })
})
