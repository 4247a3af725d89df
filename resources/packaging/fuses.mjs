// Electron's fuses for every installer, each set on purpose (a new fuse fails the build until it is decided).
// Read by afterPack.mjs and by tests/unit/packaging.test.ts.

/** Fuse name (as @electron/fuses names them) -> on or off, and why. */
export const FUSES = {
  // The app binary must never run as a plain Node.js (ELECTRON_RUN_AS_NODE).
  RunAsNode: false,
  // Chromium's cookie store encrypted with the OS keychain.
  EnableCookieEncryption: true,
  // NODE_OPTIONS from the environment could inject code into main.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would open a debugger on main.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash recorded at build time.
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only the packaged app.asar is loaded, never a loose app folder beside it.
  OnlyLoadAppFromAsar: true,
  // Cadence ships no custom browser-process V8 snapshot.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The page comes from app://, so file: needs no extra privileges (fetch, XHR).
  GrantFileProtocolExtraPrivileges: false,
  // Electron's default: WebAssembly trap handlers stay on.
  WasmTrapHandlers: true,
}

/** The fuse config for @electron/fuses' flipFuses, with its own enum values as keys. */
export function fuseConfig(fuses, { resetAdHocDarwinSignature }) {
  const config = {
    version: fuses.FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature,
  }
  for (const [name, on] of Object.entries(FUSES)) {
    const option = fuses.FuseV1Options[name]
    if (option === undefined) throw new Error(`@electron/fuses has no fuse named ${name}`)
    config[option] = on
  }
  return config
}

/** The file that carries the fuses inside what electron-builder has just packed. */
export function packedElectronBinary({ appOutDir, electronPlatformName, packager }) {
  const name = packager.appInfo.productFilename
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return `${appOutDir}/${name}.app`
    case 'win32':
      return `${appOutDir}/${name}.exe`
    default:
      return `${appOutDir}/${packager.executableName}`
  }
}
