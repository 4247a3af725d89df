import { describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeSession } from '@tests/fixtures/sessions'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { useTestServices } from '@tests/unit/helpers/services'
import { readJson } from '@tests/fixtures/readJson'

describe('history handlers', () => {
  const tempDir = useTempDir()
  const open = useTestServices(tempDir, () => new Date('2026-11-21T12:00:00.000Z'))

  it('pages, annotates, deletes and undoes', async () => {
    const { ok, call, store } = open()
    for (let n = 0; n < 5; n++) await store(makeSession(n))
    expect(await ok('history:list', { offset: 0, limit: 2 })).toMatchObject({
      total: 5,
      items: [{ id: 'session-000000' }, { id: 'session-000001' }],
    })
    await ok('history:annotate', { id: 'session-000001', rpe: 7, note: 'Good' })
    expect(await ok('history:get', { id: 'session-000001' })).toMatchObject({
      rpe: 7,
      note: 'Good',
    })
    await ok('history:delete', { id: 'session-000001' })
    expect((await ok('history:list', {})).total).toBe(4)
    expect(await call('history:get', { id: 'session-000001' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    await ok('history:undelete', { id: 'session-000001' })
    expect((await ok('history:list', {})).total).toBe(5)
  })

  it('exports CSV per session and per step, with awkward text quoted', async () => {
    const { ok, platform, dir, store } = open()
    await store(
      makeSession(0, { overrides: { note: 'Line one,\n"quoted", ünïcødé 💪' } }),
      makeSession(1)
    )
    platform.nextSavePath = join(dir, 'h.csv')
    expect(await ok('history:exportFile', { format: 'csv' })).toEqual({
      cancelled: false,
      path: join(dir, 'h.csv'),
      count: 2,
    })
    const csv = readFileSync(join(dir, 'h.csv'), 'utf8')
    expect(csv.split('\r\n')[0]).toBe(
      'session_id,started_at,ended_at,time_zone,circuit,category,status,active_s,paused_s,rounds_completed,steps,skipped_steps,rpe,kcal_estimate,note,score'
    )
    expect(csv).toContain('"Line one,\n""quoted"", ünïcødé 💪"')
    platform.nextSavePath = join(dir, 'steps.csv')
    await ok('history:exportFile', { format: 'csv', perStep: true })
    const steps = readFileSync(join(dir, 'steps.csv'), 'utf8').trim().split('\r\n')
    expect(steps).toHaveLength(1 + 2 * makeSession(0).steps.length)
  })

  it('exports JSON losslessly and imports it elsewhere, detecting duplicates by id', async () => {
    const a = open()
    for (let n = 0; n < 3; n++) await a.store(makeSession(n))
    a.platform.nextSavePath = join(a.dir, 'h.json')
    await a.ok('history:exportFile', { format: 'json' })

    const b = open()
    await b.store(makeSession(1), makeSession(2))
    await b.ok('history:delete', { id: 'session-000002' })
    b.platform.nextOpenPath = join(a.dir, 'h.json')
    expect(await b.ok('history:importFile')).toEqual({ cancelled: false, added: 2, duplicates: 1 })
    for (let n = 0; n < 3; n++) {
      const id = `session-00000${n}`
      expect(await b.ok('history:get', { id })).toEqual(await a.ok('history:get', { id }))
    }
  })

  it('reports progress while exporting a long history, in batches that let other work run', async () => {
    const { exportHistory } = await import('@main/history/historyExport')
    const { openHistoryStore } = await import('@main/store/historyStore')
    const dir = tempDir()
    const store = openHistoryStore(dir, { onRecovered: () => {} })
    for (let n = 0; n < 600; n++) store.append(makeSession(n))
    // The order of events: each full batch reports progress, then gives the rest of main a turn.
    const events: string[] = []
    const count = await exportHistory(
      store,
      join(dir, 'big.json'),
      {
        format: 'json',
        now: new Date(),
        giveWay: () => {
          events.push('turn')
          return new Promise((resolve) => setImmediate(resolve))
        },
      },
      (done, total) => events.push(`${done}/${total}`)
    )
    store.close()
    expect(count).toBe(600)
    expect(events).toEqual(['250/600', 'turn', '500/600', 'turn', '600/600'])
    expect(readJson<{ sessions: unknown[] }>(join(dir, 'big.json')).sessions).toHaveLength(600)
  })

  it('refuses a damaged history import as a whole, with the reason', async () => {
    const { ok, call, platform, dir } = open()
    const good = makeSession(0)
    const file = {
      format: 'cadence-history',
      version: 1,
      exportedAt: 'x',
      sessions: [good, { ...makeSession(1), activeMs: -5 }],
    }
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(file))
    platform.nextOpenPath = join(dir, 'bad.json')
    const result = await call('history:importFile')
    expect(result.ok ? '' : result.error.message).toMatch(
      /^Session 2 in the file is damaged \(activeMs: .*\)\. Nothing was imported\.$/
    )
    expect((await ok('history:list', {})).total).toBe(0)
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ format: 'something-else' }))
    platform.nextOpenPath = join(dir, 'other.json')
    const other = await call('history:importFile')
    expect(other.ok ? '' : other.error.message).toBe('This is not a Cadence history export.')
  })
})

describe('loads logged last time', () => {
  const tempDir = useTempDir()
  const open = useTestServices(tempDir)

  it("answers the newest session's loads for the circuit, or none", async () => {
    const { ok, store } = open()
    expect(await ok('history:lastLoads', { circuitId: 'c1' })).toEqual([])
    const older = makeSession(2)
    const newer = makeSession(1)
    const newest = makeSession(0) // no loads logged
    await store(older, newer, newest)
    const load = (value: number) => ({
      entryId: 'rows',
      exerciseName: 'Bent-over rows',
      value,
      unit: 'kg' as const,
    })
    await ok('history:annotate', { id: older.id, loads: [load(20)] })
    await ok('history:annotate', { id: newer.id, loads: [load(22.5)] })
    expect(await ok('history:lastLoads', { circuitId: newer.circuit.id })).toEqual([load(22.5)])
    expect(await ok('history:lastLoads', { circuitId: 'another' })).toEqual([])
  })
})
