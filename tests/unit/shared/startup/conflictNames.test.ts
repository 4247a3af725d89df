// The names Syncthing, Dropbox and OneDrive give conflict copies, and names that only look like them.
import { describe, expect, it } from 'vitest'
import { conflictNameOf } from '@shared/startup/conflictNames'

describe('conflictNameOf', () => {
  it.each([
    ['history.sync-conflict-20260818-173636-D4LGQYW.jsonl', 'history.jsonl', 'Syncthing'],
    ['circuits.sync-conflict-20261121-090000-ABCDEFG.json', 'circuits.json', 'Syncthing'],
    ["history (Ann's conflicted copy 2026-08-18).jsonl", 'history.jsonl', 'Dropbox'],
    ['settings (DESKTOP-1 conflicted copy 2026-08-18 2).json', 'settings.json', 'Dropbox'],
    ['history-DESKTOP-AB12CD.jsonl', 'history.jsonl', 'OneDrive'],
    ['history-DESKTOP-AB12CD-2.jsonl', 'history.jsonl', 'OneDrive'],
    ['window-state-laptop.json', 'window-state.json', 'OneDrive'],
  ])('%s is a %s copy of %s', (name, original, tool) => {
    expect(conflictNameOf(name)).toEqual({ original, tool })
  })

  it.each([
    'history.jsonl',
    'window-state.json',
    'history.index.jsonl',
    'history.corrupt-2026-11-21T10-00-00-000Z.jsonl',
    'history.corrupt-2026-11-21T10-00-00-000Z-2.jsonl',
    'notes.sync-conflict-20260818-173636-D4LGQYW.txt',
    'cadence.lock',
    'history-with.dots.jsonl',
    'history.sync-conflict-2026-173636-D4LGQYW.jsonl',
  ])('%s is not a conflict copy', (name) => {
    expect(conflictNameOf(name)).toBeNull()
  })
})
