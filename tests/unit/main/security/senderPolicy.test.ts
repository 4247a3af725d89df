import { describe, expect, it } from 'vitest'
import { pathToFileURL } from 'node:url'
import { createSenderPolicy } from '../../../../src/main/security/senderPolicy'

const index = '/opt/Cadence/resources/app/out/renderer/index.html'

describe('createSenderPolicy', () => {
  it('trusts the built index.html only', () => {
    const trusted = createSenderPolicy({ rendererIndexPath: index })
    expect(trusted(pathToFileURL(index).href)).toBe(true)
    expect(trusted(pathToFileURL(index).href + '#/run')).toBe(true)
    expect(trusted(pathToFileURL('/tmp/evil/index.html').href)).toBe(false)
    expect(trusted('file:///opt/Cadence/resources/app/out/renderer/other.html')).toBe(false)
    expect(trusted('https://example.com/')).toBe(false)
    expect(trusted(undefined)).toBe(false)
    expect(trusted('not a url')).toBe(false)
    expect(trusted('')).toBe(false)
  })

  it('trusts the dev server origin only in development', () => {
    const dev = createSenderPolicy({
      rendererIndexPath: index,
      devServerUrl: 'http://localhost:5173',
    })
    expect(dev('http://localhost:5173/')).toBe(true)
    expect(dev('http://localhost:5174/')).toBe(false)
    expect(dev('http://127.0.0.1:5173/')).toBe(false)
    const prod = createSenderPolicy({ rendererIndexPath: index })
    expect(prod('http://localhost:5173/')).toBe(false)
  })
})
