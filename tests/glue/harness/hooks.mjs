// Node module hook: `electron` resolves to the recording fake, for the built bundle and its dependencies.
const FAKE = new URL('../fake-electron/electron.mjs', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true }
  return nextResolve(specifier, context)
}
