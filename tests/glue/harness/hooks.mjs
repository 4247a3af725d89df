// Node module hook: `electron` resolves to the recording fake, for the built bundle and its dependencies;
// the bundle's own `node:os` sees only a loopback "network" (see fake-electron/os.mjs).
const FAKE = new URL('../fake-electron/electron.mjs', import.meta.url).href
const FAKE_OS = new URL('../fake-electron/os.mjs', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true }
  const fromBundle = context.parentURL?.endsWith('/out/main/index.js')
  if (fromBundle && (specifier === 'node:os' || specifier === 'os')) {
    return { url: FAKE_OS, shortCircuit: true }
  }
  return nextResolve(specifier, context)
}
