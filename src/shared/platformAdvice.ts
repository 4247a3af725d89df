// What Cadence tells the user where their desktop cannot do something, in one place for main and the page.

/** Wayland lets only the user place windows: say so rather than pretend a move worked. */
export const MOVE_BY_HAND_ADVICE =
  'Your desktop (Wayland) does not let apps move their windows. Drag Cadence onto that display, then press F for fullscreen there.'

/** Said in Settings when the system offers no speech voice, with what to install on each platform. */
export function noVoiceAdvice(platform: string | undefined): string {
  const base = 'No voice was found, so cues use tones only.'
  switch (platform) {
    case 'linux':
      return `${base} Install speech-dispatcher and a voice (on Debian or Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart Cadence.`
    case 'win32':
      return `${base} Add a voice in Windows Settings > Time & language > Speech, then restart Cadence.`
    case 'darwin':
      return `${base} Add a voice in System Settings > Accessibility > Spoken Content, then restart Cadence.`
    default:
      return `${base} Install a text-to-speech voice for your system, then restart Cadence.`
  }
}

export function voicesFoundText(count: number): string {
  return `${count} ${count === 1 ? 'voice' : 'voices'} found. Says the exercise and its length, and what is next during rests.`
}
