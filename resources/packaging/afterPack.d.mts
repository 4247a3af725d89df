// Types for afterPack.mjs (plain JavaScript, because electron-builder loads it as it is).
export default function afterPack(context: {
  appOutDir: string
  electronPlatformName: string
  arch: number
  packager: {
    appInfo: { productFilename: string }
    executableName: string
    getResourcesDir?: (appOutDir: string) => string
  }
}): Promise<void>
