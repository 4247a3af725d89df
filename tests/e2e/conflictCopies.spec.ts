// A sync tool's conflict copies: shown, merged (history, circuits) only when the user asks, the copy kept.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatOp } from '@main/store/historyLog'
import { FIXTURE_CIRCUIT, makeSession } from '../fixtures/sessions'
import { storeSessions } from '../fixtures/storeSessions'
import { expect, test } from './harness/fixtures'

const COPY = 'history.sync-conflict-20261120-101010-ABCDEFG.jsonl'

test('a Syncthing copy of history is offered for merging, and merges only on request', async ({
  services,
  dataDir,
  launch,
}) => {
  await storeSessions(services, makeSession(1))
  const copy = [makeSession(1), makeSession(2), makeSession(3)]
    .map((session) => formatOp({ op: 'put', session }))
    .join('')
  writeFileSync(join(dataDir, COPY), copy)

  const page = await launch()
  const item = page.getByTestId('conflict-copy')
  await expect(item).toContainText('Syncthing left a conflict copy of history.jsonl')
  await expect(item).toContainText(join(dataDir, COPY))
  // Shown is not merged: history still holds one session.
  expect(services.handlers['history:list']({ offset: 0, limit: 10 })).toMatchObject({ total: 1 })

  await item.getByRole('button', { name: 'Merge its sessions' }).click()
  await expect(item).toContainText('Added 2 sessions; 1 already in your history.')
  expect(services.handlers['history:list']({ offset: 0, limit: 10 })).toMatchObject({ total: 3 })
  expect(readFileSync(join(dataDir, COPY), 'utf8')).toBe(copy)
})

test('a Dropbox copy of circuits merges by id, keeping both where they differ', async ({
  services,
  dataDir,
  launch,
}) => {
  const mine = await services.handlers['circuits:save']({ ...FIXTURE_CIRCUIT, id: 'legs' })
  const file = join(dataDir, "circuits (Ann's conflicted copy 2026-11-20).json")
  const theirs = [
    { ...mine, prepareSec: 20 },
    { ...mine, id: 'arms', name: 'Arms' },
  ]
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, circuits: theirs }))

  const page = await launch()
  const item = page.getByTestId('conflict-copy')
  await expect(item).toContainText('Dropbox left a conflict copy of circuits.json')
  await item.getByRole('button', { name: 'Merge its circuits' }).click()
  await expect(item).toContainText(
    'Added 2 circuits; 0 already in your circuits. 1 differed from yours: both were kept'
  )
  expect((await services.handlers['circuits:list'](undefined)).map((c) => c.name)).toEqual(
    expect.arrayContaining(['Arms', `${mine.name} (conflict copy)`, mine.name])
  )
})

test('a settings copy is shown and explained, with nothing to merge', async ({
  dataDir,
  launch,
}) => {
  writeFileSync(join(dataDir, 'settings-LAPTOP.json'), '{}')
  const page = await launch()
  const item = page.getByTestId('conflict-copy')
  await expect(item).toContainText('Cadence does not merge settings')
  await expect(item.getByRole('button')).toHaveCount(0)
})
