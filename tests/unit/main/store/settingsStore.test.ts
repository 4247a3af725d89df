import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSettingsStore, SETTINGS_MIGRATIONS } from '@main/store/settingsStore'
import { confBackend } from '@tests/fixtures/confBackend'
import { migrate } from '@main/store/migrations'
import { DEFAULT_SETTINGS, SettingsSchema } from '@shared/model/settings'
import { DEFAULT_MUSIC } from '@shared/model/music'
import { useTempDir } from '@tests/unit/helpers/tempDir'
import { readJson } from '@tests/fixtures/readJson'

describe('settings store', () => {
  const tempDir = useTempDir()

  it('updates part of the settings, nested ones too, and keeps the rest', () => {
    const dir = tempDir()
    const store = createSettingsStore(dir, confBackend(dir), () => {})
    const next = store.update({ theme: 'dark', cueVolumes: { halfway: 0.2 }, voiceOn: undefined })
    expect(next.theme).toBe('dark')
    expect(next.voiceOn).toBe(true)
    expect(next.cueVolumes).toEqual({ ...DEFAULT_SETTINGS.cueVolumes, halfway: 0.2 })
    const onDisk = readJson(join(dir, 'settings.json'))
    expect(SettingsSchema.parse(onDisk)).toEqual(next)
  })

  it('reads a file from before the music player with the default music, and patches music in part', () => {
    const { music: _none, ...before } = DEFAULT_SETTINGS
    expect(SettingsSchema.parse(before).music).toEqual(DEFAULT_MUSIC)
    const dir = tempDir()
    const store = createSettingsStore(dir, confBackend(dir), () => {})
    const next = store.update({ music: { duckDb: -24 } })
    expect(next.music).toEqual({ ...DEFAULT_MUSIC, duckDb: -24 })
    expect(() => store.update({ music: { duckDb: -6 } })).toThrow()
  })

  it('migrates an unversioned file, keeping what the user had chosen', () => {
    const migrated = migrate({ theme: 'light', bodyWeight: 82 }, SETTINGS_MIGRATIONS)
    expect(SettingsSchema.parse(migrated)).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'light',
      bodyWeight: 82,
    })
  })

  it('reports a corrupt settings file and falls back to defaults', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'settings.json'), '{"schemaVersion":1,"theme":"neon"')
    const notices: string[] = []
    const store = createSettingsStore(dir, confBackend(dir), (n) =>
      notices.push(n.movedTo ?? n.file)
    )
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    expect(notices).toHaveLength(1)
  })
})
