// The security decisions, as pure functions, so each checklist item is tested without Electron.
import type { WebPreferences } from 'electron'

/** The only permissions the renderer may be granted: fullscreen for the run screen, and writing plain text to
 * the clipboard ("Copy as text" on a circuit). Reading the clipboard stays denied. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  'fullscreen',
  'clipboard-sanitized-write',
])

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission)
}

/** External links Cadence may open in the user's browser; anything else is refused. */
export const EXTERNAL_URLS = {
  project: 'https://github.com/cadence-timer/cadence',
  // Where the deb build sends users for a new version (it cannot update itself).
  releases: 'https://github.com/cadence-timer/cadence/releases/latest',
  compendium: 'https://pacompendium.com/',
} as const

export function isAllowedExternalUrl(url: string): boolean {
  return (Object.values(EXTERNAL_URLS) as string[]).includes(url)
}

/** The window never navigates: it is a single-page app, so every navigation is refused. */
export function isNavigationAllowed(_url: string): boolean {
  return false
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // A session must keep time while the window is hidden or behind another.
    backgroundThrottling: false,
  }
}
