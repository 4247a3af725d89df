// Which speech voice says a cue: one whose language is the screen's, never another's (no English words in
// a German voice, nor the reverse). Pure, over the fields of SpeechSynthesisVoice it reads, so it is tested
// with made-up voice lists.

export interface VoiceLike {
  name: string
  /** BCP 47 as browsers give it ('de-DE'); some systems write 'de_DE' or just 'de'. */
  lang: string
  default: boolean
}

/** The region whose voice reads a language most plainly, when several are installed. */
const HOME_REGION: Record<string, string> = { en: 'us', de: 'de', fr: 'fr', es: 'es' }

function parts(tag: string): { base: string; region: string } {
  const [base = '', region = ''] = tag.trim().toLowerCase().replace(/_/g, '-').split('-')
  return { base, region }
}

/**
 * The voice for `lang`: the user's chosen voice if it speaks that language, else the system's default voice
 * if it does, else one from the language's home region, else any voice of the language; undefined when none
 * does (cues then fall back to sounds).
 */
export function voiceFor<V extends VoiceLike>(
  lang: string,
  voices: readonly V[],
  preferredName: string | null = null
): V | undefined {
  const wanted = parts(lang).base
  const speaking = voices.filter((v) => parts(v.lang).base === wanted)
  return (
    speaking.find((v) => v.name === preferredName) ??
    speaking.find((v) => v.default) ??
    speaking.find((v) => parts(v.lang).region === HOME_REGION[wanted]) ??
    speaking[0]
  )
}
