// Choosing the voice by language over made-up voice lists: the screen's language only, the user's pick or
// the default when they speak it, and nothing (sounds instead) when no voice does.
import { describe, expect, it } from 'vitest'
import { voiceFor, type VoiceLike } from '@shared/i18n/voiceChoice'

const voice = (name: string, lang: string, isDefault = false): VoiceLike => ({
  name,
  lang,
  default: isDefault,
})
const englishOnly = [voice('Samantha', 'en-US', true), voice('Daniel', 'en-GB')]
const mixed = [
  voice('Samantha', 'en-US', true),
  voice('Anna', 'de-DE'),
  voice('Petra', 'de-AT'),
  voice('Amélie', 'fr-CA'),
  voice('Thomas', 'fr-FR'),
  voice('espeak Spanish', 'es'),
]

describe('voiceFor', () => {
  it('never lends an English voice to German words, nor the reverse', () => {
    expect(voiceFor('de', englishOnly)).toBeUndefined()
    expect(voiceFor('en', [voice('Anna', 'de-DE', true)])).toBeUndefined()
    // The user's chosen voice is English: German text still needs a German voice.
    expect(voiceFor('de', mixed, 'Samantha')?.name).toBe('Anna')
  })

  it("takes the user's chosen voice when it speaks the language", () => {
    expect(voiceFor('de', mixed, 'Petra')?.name).toBe('Petra')
  })

  it("prefers the system's default, then the language's home region, then any", () => {
    expect(voiceFor('en', mixed)?.name).toBe('Samantha')
    expect(voiceFor('fr', mixed)?.name).toBe('Thomas')
    expect(voiceFor('de', [voice('Petra', 'de-AT')])?.name).toBe('Petra')
  })

  it("reads the ways systems write a voice's language", () => {
    expect(voiceFor('es', mixed)?.name).toBe('espeak Spanish')
    expect(voiceFor('de', [voice('Linux', 'DE_de')])?.name).toBe('Linux')
    expect(voiceFor('es', [voice('Unknown', '')])).toBeUndefined()
  })

  it('finds nothing in an empty list', () => {
    expect(voiceFor('en', [])).toBeUndefined()
  })
})
