// Documents as users really have them: saved by Notepad (a BOM), in Latin-1, from a newer Cadence, replaced by
// a folder, linked into a synced folder. Each opens, keeps the original bytes, and is written only if it changed.
import { describe, expect, it } from 'vitest'
import { lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RecoveryNotice } from '@main/store/document'
import { createSettingsStore } from '@main/store/settingsStore'
import { createExercisesStore } from '@main/store/exercisesStore'
import { createCircuitsStore } from '@main/store/circuitsStore'
import { DEFAULT_SETTINGS } from '@shared/model/settings'
import { EXERCISES } from '@shared/library'
import { FIXTURE_CIRCUIT } from '@tests/fixtures/sessions'
import { confBackend } from '@tests/fixtures/confBackend'
import { useTempDir } from '@tests/unit/helpers/tempDir'

const BOM = '\ufeff'
const settingsText = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...DEFAULT_SETTINGS, bodyWeight: 81, ...extra }, null, 2)

describe('documents that a person or another program touched', () => {
  const tempDir = useTempDir()
  const settings = (dir: string, notices: RecoveryNotice[] = []) =>
    createSettingsStore(dir, confBackend(dir), (n) => notices.push(n))

  it('reads a file with a byte-order mark (Windows Notepad) as it is, and leaves it alone', () => {
    const dir = tempDir()
    const path = join(dir, 'settings.json')
    writeFileSync(path, BOM + settingsText())
    const notices: RecoveryNotice[] = []
    expect(settings(dir, notices).get().bodyWeight).toBe(81)
    expect(notices).toEqual([])
    expect(readFileSync(path, 'utf8')).toBe(BOM + settingsText())
  })

  it('saves a change to a file with a byte-order mark through electron-store, without the mark', () => {
    const dir = tempDir()
    const path = join(dir, 'settings.json')
    writeFileSync(path, BOM + settingsText({ fromNewer: 'kept' }))
    const store = settings(dir)
    expect(store.update({ bodyWeight: 82 }).bodyWeight).toBe(82)
    const text = readFileSync(path, 'utf8')
    expect(text.startsWith(BOM)).toBe(false)
    expect(JSON.parse(text)).toMatchObject({ bodyWeight: 82, fromNewer: 'kept' })
    expect(settings(dir).get().bodyWeight).toBe(82)
  })

  it('copies a file that is not UTF-8 aside byte for byte, never re-encoded', () => {
    const dir = tempDir()
    const latin1 = Buffer.from(
      JSON.stringify({ ...DEFAULT_SETTINGS, voiceName: 'Zo\u00eb' }),
      'latin1'
    )
    writeFileSync(join(dir, 'settings.json'), latin1)
    const notices: RecoveryNotice[] = []
    expect(settings(dir, notices).get().voiceName).toBeNull()
    expect(notices).toHaveLength(1)
    expect(notices[0]!.reason).toMatch(/not UTF-8/)
    expect(readFileSync(notices[0]!.movedTo!)).toEqual(latin1)
  })

  it('keeps settings keys from a newer version through a write', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'settings.json'), settingsText({ hapticsOn: true }))
    settings(dir).update({ bodyWeight: 90 })
    const saved = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >
    expect(saved).toMatchObject({ hapticsOn: true, bodyWeight: 90 })
  })

  it('does not write a document on open when nothing changed', () => {
    const dir = tempDir()
    const path = join(dir, 'settings.json')
    writeFileSync(path, settingsText())
    const before = statSync(path)
    settings(dir)
    const after = statSync(path)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
  })

  it('writing back the value a document already holds does not touch the file', () => {
    const dir = tempDir()
    const path = join(dir, 'settings.json')
    writeFileSync(path, settingsText())
    const before = statSync(path)
    settings(dir).update({ bodyWeight: 81 })
    expect(statSync(path).ino).toBe(before.ino)
  })

  it('a newer version is shown and left unchanged; saving says why it cannot', () => {
    const dir = tempDir()
    const path = join(dir, 'settings.json')
    const text = settingsText({ schemaVersion: 7 })
    writeFileSync(path, text)
    const notices: RecoveryNotice[] = []
    const store = settings(dir, notices)
    expect(store.get().bodyWeight).toBe(81)
    expect(notices[0]!.reason).toMatch(/newer Cadence/)
    expect(() => store.update({ bodyWeight: 60 })).toThrow(/cannot be saved/)
    expect(readFileSync(path, 'utf8')).toBe(text)
  })

  it('one bad custom exercise hides only itself', () => {
    const dir = tempDir()
    const good = { id: 'my-press', name: 'My press', custom: true }
    const exercises = (notices: RecoveryNotice[]) =>
      createExercisesStore(dir, confBackend(dir), (n) => notices.push(n))
    // A valid custom exercise, saved through the store, then a broken one beside it.
    const first = exercises([])
    const saved = first.save({ ...validExercise(), ...good })
    const doc = JSON.parse(readFileSync(join(dir, 'exercises.json'), 'utf8')) as {
      custom: unknown[]
    }
    doc.custom.push({ id: 'broken', name: 'Broken one' })
    writeFileSync(join(dir, 'exercises.json'), JSON.stringify(doc))
    const notices: RecoveryNotice[] = []
    expect(exercises(notices).get().custom).toEqual([saved])
    expect(notices[0]!.reason).toMatch(/1 custom exercise could not be read \("Broken one"\)/)
  })

  it('moves a folder standing where the circuits should be aside, and saves a new circuit', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'circuits.json'))
    const notices: RecoveryNotice[] = []
    const circuits = createCircuitsStore(dir, confBackend(dir), (n) => notices.push(n))
    circuits.put(FIXTURE_CIRCUIT)
    expect(notices).toHaveLength(1)
    expect(statSync(notices[0]!.movedTo!).isDirectory()).toBe(true)
    expect(createCircuitsStore(dir, confBackend(dir), () => {}).list()).toHaveLength(1)
  })

  it('writes a linked settings file through to its target, keeping the link', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'synced'))
    const target = join(dir, 'synced', 'settings.json')
    writeFileSync(target, settingsText())
    symlinkSync(target, join(dir, 'settings.json'))
    settings(dir).update({ bodyWeight: 99 })
    expect(lstatSync(join(dir, 'settings.json')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ bodyWeight: 99 })
  })
})

function validExercise() {
  return { ...EXERCISES[0]! }
}
