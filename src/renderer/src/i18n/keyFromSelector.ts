// Stands in for i18next's keyFromSelector, the one thing react-i18next imports from i18next (for selector
// keys, t(($) => $.a.b), which Cadence never uses). Importing the real one would load i18next's whole core
// with the first script; the core loads with the first language instead (pageI18n.ts). Wired in
// electron.vite.config.ts, for react-i18next's imports only.
export function keyFromSelector(): never {
  throw new Error('Cadence passes translation keys as strings; selector keys are not supported.')
}
