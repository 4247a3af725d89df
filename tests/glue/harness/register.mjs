// Loaded with `node --import`: installs the hook before the main bundle is imported.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
