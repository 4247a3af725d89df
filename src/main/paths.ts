// Where Cadence keeps its data: an environment variable or --user-data-dir wins over Electron's default.
import { resolve } from 'node:path'

export const DATA_DIR_ENV = 'CADENCE_DATA_DIR'

export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaultDir: string
): string {
  const fromEnv = env[DATA_DIR_ENV]
  if (fromEnv) return resolve(fromEnv)
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg.startsWith('--user-data-dir=')) return resolve(arg.slice('--user-data-dir='.length))
    if (arg === '--user-data-dir' && argv[i + 1]) return resolve(argv[i + 1]!)
  }
  return defaultDir
}
