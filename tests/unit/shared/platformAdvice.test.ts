import { describe, expect, it } from 'vitest'
import { noVoiceAdvice, voicesFoundText } from '@shared/platformAdvice'

describe('platform advice', () => {
  it('names what to install for speech on each platform', () => {
    expect(noVoiceAdvice('linux')).toMatch(/speech-dispatcher espeak-ng/)
    expect(noVoiceAdvice('win32')).toMatch(/Windows Settings/)
    expect(noVoiceAdvice('darwin')).toMatch(/Spoken Content/)
    expect(noVoiceAdvice(undefined)).toMatch(/^No voice was found, so cues use tones only\./)
  })

  it('says how many voices were found', () => {
    expect(voicesFoundText(1)).toMatch(/^1 voice found\./)
    expect(voicesFoundText(3)).toMatch(/^3 voices found\./)
  })
})
