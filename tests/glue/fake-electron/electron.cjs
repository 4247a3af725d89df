// `require('electron')` from CommonJS packages (electron-updater) gets the same recording fake as `import`:
// electron.mjs, loaded first by the harness, leaves its module on globalThis.
/* global module */
if (!globalThis.__fakeElectronModule)
  throw new Error('the fake electron.mjs must be imported first')
module.exports = globalThis.__fakeElectronModule
