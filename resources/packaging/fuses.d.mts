// Types for fuses.mjs (plain JavaScript, because electron-builder loads it as it is).
export declare const FUSES: Record<string, boolean>
export declare function fuseConfig(
  fuses: typeof import('@electron/fuses'),
  options: { resetAdHocDarwinSignature: boolean }
): import('@electron/fuses').FuseConfig
export declare function packedElectronBinary(context: {
  appOutDir: string
  electronPlatformName: string
  packager: { appInfo: { productFilename: string }; executableName: string }
}): string
