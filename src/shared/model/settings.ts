// Everything the user can change about how Cadence behaves; the main process persists it.
import { z } from 'zod'
import { LanguageSettingSchema } from './language'
import { DEFAULT_MUSIC, MusicSettingsSchema } from './music'
import { CustomCueSoundsSchema } from './cueSounds'

export const SETTINGS_SCHEMA_VERSION = 1

export const ThemeSchema = z.enum(['system', 'light', 'dark'])
export type Theme = z.infer<typeof ThemeSchema>

const volume = z.number().min(0).max(1)

export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  theme: ThemeSchema,
  soundsOn: z.boolean(),
  masterVolume: volume,
  cueVolumes: z.object({
    countdown: volume,
    workStart: volume,
    restStart: volume,
    halfway: volume,
    finish: volume,
  }),
  voiceOn: z.boolean(),
  voiceName: z.string().max(200).nullable(),
  countdownPips: z.boolean(),
  halfwayCue: z.boolean(),
  defaultPrepareSec: z.number().int().min(0).max(600),
  keepScreenAwake: z.boolean(),
  bodyWeight: z.number().min(20).max(400),
  weightUnit: z.enum(['kg', 'lb']),
  weeklyPlan: z.object({
    strength: z.number().int().min(0).max(14),
    hiit: z.number().int().min(0).max(14),
    cardio: z.number().int().min(0).max(14),
    mobility: z.number().int().min(0).max(14),
  }),
  preferredDisplayId: z.number().int().nullable(),
  /** The address the phone remote listens on, when the user chose one (several networks); else the best. */
  remoteAddress: z.string().max(64).nullable().default(null),
  // Added after schema 1 was released: a file without it reads as on, so no migration is needed.
  checkForUpdates: z.boolean().default(true),
  // Added later too: a file without it follows the system's language, as Cadence did before.
  language: LanguageSettingSchema.default('system'),
  // Added with the music player: a file without it gets the default music settings, no migration needed.
  music: MusicSettingsSchema.default(DEFAULT_MUSIC),
  // Added with the user's own cue sounds: a file without it plays every built-in sound, no migration needed.
  cueSounds: CustomCueSoundsSchema.default({}),
})
export type Settings = z.infer<typeof SettingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  theme: 'system',
  soundsOn: true,
  masterVolume: 0.8,
  cueVolumes: { countdown: 1, workStart: 1, restStart: 1, halfway: 0.8, finish: 1 },
  voiceOn: true,
  voiceName: null,
  countdownPips: true,
  halfwayCue: true,
  defaultPrepareSec: 10,
  keepScreenAwake: true,
  bodyWeight: 70,
  weightUnit: 'kg',
  weeklyPlan: { strength: 3, hiit: 2, cardio: 2, mobility: 1 },
  preferredDisplayId: null,
  remoteAddress: null,
  checkForUpdates: true,
  language: 'system',
  music: DEFAULT_MUSIC,
  cueSounds: {},
}

/** A partial update: any subset of fields (nested objects may be partial too); the version is not the caller's to set. */
export const SettingsPatchSchema = SettingsSchema.omit({ schemaVersion: true })
  .extend({
    cueVolumes: SettingsSchema.shape.cueVolumes.partial(),
    weeklyPlan: SettingsSchema.shape.weeklyPlan.partial(),
    // Without its default here, a patch that leaves it out would turn update checks back on.
    checkForUpdates: z.boolean(),
    language: LanguageSettingSchema,
    music: MusicSettingsSchema.partial(),
    // The whole map, replaced: leaving a cue out gives it back its built-in sound.
    cueSounds: CustomCueSoundsSchema,
  })
  .partial()
  .strict()
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>

/** Keys given as `undefined` leave the current value alone rather than erasing it. */
function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {}
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const { cueVolumes, weeklyPlan, music, ...rest } = patch
  return {
    ...current,
    ...definedOnly(rest),
    cueVolumes: { ...current.cueVolumes, ...definedOnly(cueVolumes) },
    weeklyPlan: { ...current.weeklyPlan, ...definedOnly(weeklyPlan) },
    music: { ...current.music, ...definedOnly(music) },
  }
}
