// A sync tool's conflict copy beside history: shown, merged only when the user asks, and the copy kept.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatOp } from '@main/store/historyLog'
import { makeSession } from '../fixtures/sessions'
import { expect, test } from './harness/fixtures'

const COPY = 'history.sync-conflict-20261120-101010-ABCDEFG.jsonl'

test('a Syncthing copy of history is offered for merging, and merges only on request', async ({
  services,
  dataDir,
  launch,
}) => {
  await services.handlers['journal:end'](makeSession(1))
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
