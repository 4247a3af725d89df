// Where Cadence's page comes from: its own privileged scheme, so it never runs from file:// (Electron checklist).
export const APP_SCHEME = 'app'
export const APP_HOST = 'cadence'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The origin of a URL as Chromium computes it for the schemes Cadence trusts. Node's URL gives every
 * non-special scheme the opaque origin "null", so the app scheme is done by hand; anything else
 * (file:, data:, about:, blob:) has no origin Cadence would ever trust, and yields undefined.
 */
export function trustableOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host) return `${APP_SCHEME}://${parsed.host}`
  return undefined
}
