import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { resolveDataDir } from '@main/paths'

describe('resolveDataDir', () => {
  it('prefers the environment variable, then --user-data-dir, then the default', () => {
    expect(resolveDataDir(['--user-data-dir=/b'], { CADENCE_DATA_DIR: '/a' }, '/c')).toBe('/a')
    expect(resolveDataDir(['electron', '--user-data-dir=/b'], {}, '/c')).toBe('/b')
    expect(resolveDataDir(['electron', '--user-data-dir', 'rel'], {}, '/c')).toBe(resolve('rel'))
    expect(resolveDataDir(['electron', '.'], {}, '/c')).toBe('/c')
    expect(resolveDataDir(['--user-data-dir'], { CADENCE_DATA_DIR: '' }, '/c')).toBe('/c')
  })
})
