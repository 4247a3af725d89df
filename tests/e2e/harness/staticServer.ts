// Serves the built renderer (out/renderer) on 127.0.0.1 through the app's own app:// handler, so real
// Chromium loads it over http with the same files, types and CSP header that Electron's protocol serves.
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { createRendererHandler } from '@main/appProtocol/serveRenderer'
import { createMusicHandler, type MusicLookup } from '@main/music/serveMusic'
import { APP_ORIGIN } from '@main/security/appOrigin'
import { PRODUCTION_CSP } from '@main/security/csp'

export const RENDERER_DIR = resolve('out/renderer')

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** `music` looks playlist tracks up, as main does, for /music/ (with the page's Range header passed on). */
export async function startStaticServer(
  root = RENDERER_DIR,
  music?: MusicLookup
): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No built renderer at ${root}: run \`npm run build\` first.`)
  }
  const renderer = createRendererHandler(root, PRODUCTION_CSP)
  const tracks = music && createMusicHandler(music, { 'content-security-policy': PRODUCTION_CSP })
  const handle = (request: Request) =>
    tracks && new URL(request.url).pathname.startsWith('/music/')
      ? tracks(request)
      : renderer(request)
  const server: Server = createServer((req, res) => {
    const range = req.headers.range
    void handle(
      new Request(`${APP_ORIGIN}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        ...(range ? { headers: { range } } : {}),
      })
    ).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
