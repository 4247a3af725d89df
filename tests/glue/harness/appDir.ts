// Which built app the glue suite runs: the project's out/ by default, or an app.asar extracted elsewhere
// (CADENCE_GLUE_APP_DIR, set by `npm run test:pack`) to prove the packed app starts on its own.
import { resolve } from 'node:path'

export const APP_DIR = resolve(process.env['CADENCE_GLUE_APP_DIR'] ?? '.')

/** A path inside the app under test, e.g. appPath('out/main/index.js'). */
export const appPath = (relative: string): string => resolve(APP_DIR, relative)
