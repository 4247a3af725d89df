// The user's own cue sounds in settings: an older file reads as "all built-in", a patch replaces the whole
// map (so leaving a cue out resets it), and each cue's address is its own copy's or none.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  SettingsPatchSchema,
  SettingsSchema,
  applySettingsPatch,
} from '@shared/model/settings'
import { cueSoundUrl, ownCueSoundUrls, type CueSoundRef } from '@shared/model/cueSounds'

const GONG: CueSoundRef = { hash: 'a'.repeat(64), type: 'audio/wav', name: 'gong.wav', bytes: 900 }
const BELL: CueSoundRef = { hash: 'b'.repeat(64), type: 'audio/mpeg', name: 'bell.mp3', bytes: 400 }

describe('cue sounds in settings', () => {
  it('reads a settings file from before own cue sounds as every built-in sound', () => {
    const { cueSounds: _none, ...before } = DEFAULT_SETTINGS
    expect(SettingsSchema.parse(before).cueSounds).toEqual({})
  })

  it('replaces the whole map: a cue left out plays its built-in sound again', () => {
    const chosen = applySettingsPatch(
      DEFAULT_SETTINGS,
      SettingsPatchSchema.parse({ cueSounds: { workStart: GONG, finish: BELL } })
    )
    expect(chosen.cueSounds).toEqual({ workStart: GONG, finish: BELL })
    const reset = applySettingsPatch(
      chosen,
      SettingsPatchSchema.parse({ cueSounds: { finish: BELL } })
    )
    expect(reset.cueSounds).toEqual({ finish: BELL })
    // A patch about something else leaves the sounds alone.
    expect(
      applySettingsPatch(reset, SettingsPatchSchema.parse({ theme: 'dark' })).cueSounds
    ).toEqual({
      finish: BELL,
    })
  })

  it('refuses an unknown cue, a type that is not audio, and a file over the cap', () => {
    const bad = [
      { gong: GONG },
      { workStart: { ...GONG, type: 'image/png' } },
      { workStart: { ...GONG, bytes: 6 * 1024 * 1024 } },
      { workStart: { ...GONG, hash: '../../etc/passwd' } },
    ]
    for (const cueSounds of bad)
      expect(SettingsPatchSchema.safeParse({ cueSounds }).success, JSON.stringify(cueSounds)).toBe(
        false
      )
  })

  it('gives each cue with its own sound that copy’s address, and the others none', () => {
    expect(ownCueSoundUrls({ workStart: GONG, finish: BELL })).toEqual({
      workStart: `/sounds/${'a'.repeat(64)}.wav`,
      finish: `/sounds/${'b'.repeat(64)}.mp3`,
    })
    expect(ownCueSoundUrls({})).toEqual({})
    expect(cueSoundUrl({ hash: 'c'.repeat(64), type: 'audio/ogg' })).toBe(
      `/sounds/${'c'.repeat(64)}.ogg`
    )
  })
})
