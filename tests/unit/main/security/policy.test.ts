import { describe, expect, it } from 'vitest'
import {
  EXTERNAL_URLS,
  isAllowedExternalUrl,
  isNavigationAllowed,
  isPermissionAllowed,
  secureWebPreferences,
} from '@main/security/policy'
import { PRODUCTION_CSP } from '@main/security/csp'

describe('security policy', () => {
  it('isolates and sandboxes every window and keeps timers running in the background', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      backgroundThrottling: false,
    })
    expect(secureWebPreferences('/p.cjs').enableBlinkFeatures).toBe('')
  })

  it('denies every permission but fullscreen and writing text to the clipboard', () => {
    expect(isPermissionAllowed('fullscreen')).toBe(true)
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true)
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'unknown',
    ]) {
      expect(isPermissionAllowed(p)).toBe(false)
    }
  })

  it('denies navigation and opens only fixed external URLs', () => {
    expect(isNavigationAllowed('https://example.com')).toBe(false)
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false)
    expect(isAllowedExternalUrl(EXTERNAL_URLS.project)).toBe(true)
    expect(isAllowedExternalUrl(EXTERNAL_URLS.project + '/../evil')).toBe(false)
    expect(isAllowedExternalUrl('https://evil.example')).toBe(false)
  })

  it('ships a CSP with no remote origins and no eval', () => {
    expect(PRODUCTION_CSP).toContain("default-src 'self'")
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/)
  })
})
