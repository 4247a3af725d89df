// Types for packDir.mjs (plain JavaScript, because tests/pack/run.mjs runs it before any compiler).
export function packDir(projectDir?: string): string
export function packPaths(dir?: string): {
  electronDist: string
  output: string
  unpacked: string
  asar: string
  fpmRecord: string
  app: string
}
