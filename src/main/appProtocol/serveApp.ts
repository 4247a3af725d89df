// Everything app://cadence answers: the user's media under /media/, the playlists' music under /music/ and
// the user's cue sounds under /sounds/ (all with byte ranges), the built renderer for the rest.
// Electron-free, so tests call it directly.
import { createMediaHandler } from '../media/serveMedia'
import { createMusicHandler, type MusicLookup } from '../music/serveMusic'
import { createCueSoundHandler } from '../music/serveCueSounds'
import { createRendererHandler, type RendererHandler } from './serveRenderer'

/** Before the data folder is open, no track is known, so /music/ answers 404. */
const NO_MUSIC: MusicLookup = () => null

export function createAppHandler(
  rendererDir: string,
  mediaDir: string,
  csp: string,
  music: MusicLookup = NO_MUSIC
): RendererHandler {
  const renderer = createRendererHandler(rendererDir, csp)
  const headers = { 'content-security-policy': csp }
  const media = createMediaHandler(mediaDir, headers)
  const tracks = createMusicHandler(music, headers)
  const sounds = createCueSoundHandler(mediaDir, headers)
  return (request) => {
    const path = new URL(request.url).pathname
    if (path.startsWith('/media/')) return media(request)
    if (path.startsWith('/music/')) return tracks(request)
    if (path.startsWith('/sounds/')) return sounds(request)
    return renderer(request)
  }
}
