// The production Content-Security-Policy: the renderer may load only its own files, never remote code.
// It ships as a <meta> tag, where frame-ancestors is ignored; Cadence's window is never framed anyway.
export const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
