// The language Settings chose, read straight from settings.json before any store opens: the notices found
// while the data folder opens (damaged files, moved-aside copies, a read-only folder) are then written in
// it rather than in the system's. Only a peek: a missing, damaged or foreign file gives 'system', and the
// settings store reports any damage itself when it opens.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LanguageSettingSchema, type LanguageSetting } from '@shared/model/language'

export function savedLanguage(dataDir: string): LanguageSetting {
  try {
    const text = readFileSync(join(dataDir, 'settings.json'), 'utf8').replace(/^\uFEFF/, '')
    const saved: unknown = JSON.parse(text)
    const language = (saved as { language?: unknown } | null)?.language
    const parsed = LanguageSettingSchema.safeParse(language)
    return parsed.success ? parsed.data : 'system'
  } catch {
    return 'system'
  }
}
