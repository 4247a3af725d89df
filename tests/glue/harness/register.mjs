// Loaded with `node --import`: installs the hook before the main bundle is imported. Node 20's module hooks
// do not reach require(), so CommonJS requires of `electron` are pointed at the fake here.
import Module, { register } from 'node:module'
import { fileURLToPath } from 'node:url'

register('./hooks.mjs', import.meta.url)

const FAKE_CJS = fileURLToPath(new URL('../fake-electron/electron.cjs', import.meta.url))
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? FAKE_CJS : resolveFilename.call(this, request, ...rest)
}
