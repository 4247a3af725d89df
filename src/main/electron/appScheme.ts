// Registers Cadence's app:// scheme with Electron: privileged before ready, served from the renderer folder after.
import { protocol } from 'electron'
import { APP_SCHEME } from '../security/appOrigin'
import { PRODUCTION_CSP } from '../security/csp'
import { createAppHandler } from '../appProtocol/serveApp'
import type { MusicLookup } from '../music/serveMusic'

/** Must run before app `ready` (Electron ignores it after): standard + secure makes app://cadence a real
 * origin like https, so CSP 'self' means the app's own files, and fetch() of its sounds works without
 * the file:// fuse. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // stream: the user's videos are answered in byte ranges, which <video> reads as a stream.
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ])
}

/** After ready: answers app:// requests from the built renderer folder, the user's media folder and the
 * playlists' tracks (only those: `music` looks an id up in them). */
export function serveAppScheme(rendererDir: string, mediaDir: string, music: MusicLookup): void {
  protocol.handle(APP_SCHEME, createAppHandler(rendererDir, mediaDir, PRODUCTION_CSP, music))
}
