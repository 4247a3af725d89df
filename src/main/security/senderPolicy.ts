// Decides whether an IPC message came from Cadence's own page, by parsing the sending frame's URL.
import { pathToFileURL } from 'node:url'

export interface SenderPolicyOptions {
  /** Absolute path of the built renderer's index.html (production). */
  rendererIndexPath: string
  /** The dev server's URL, only in development. */
  devServerUrl?: string | undefined
}

export function createSenderPolicy(
  options: SenderPolicyOptions
): (url: string | undefined) => boolean {
  const indexUrl = pathToFileURL(options.rendererIndexPath)
  const devOrigin = options.devServerUrl ? safeUrl(options.devServerUrl)?.origin : undefined
  return (url) => {
    const parsed = url ? safeUrl(url) : undefined
    if (!parsed) return false
    if (parsed.protocol === 'file:') {
      return parsed.host === indexUrl.host && parsed.pathname === indexUrl.pathname
    }
    return devOrigin !== undefined && devOrigin !== 'null' && parsed.origin === devOrigin
  }
}

function safeUrl(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}
