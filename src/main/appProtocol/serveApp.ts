// Everything app://cadence answers: the user's media under /media/ (with byte ranges), the built renderer
// for the rest. Electron-free, so tests call it directly.
import { createMediaHandler } from '../media/serveMedia'
import { createRendererHandler, type RendererHandler } from './serveRenderer'

export function createAppHandler(
  rendererDir: string,
  mediaDir: string,
  csp: string
): RendererHandler {
  const renderer = createRendererHandler(rendererDir, csp)
  const media = createMediaHandler(mediaDir, { 'content-security-policy': csp })
  return (request) =>
    new URL(request.url).pathname.startsWith('/media/') ? media(request) : renderer(request)
}
