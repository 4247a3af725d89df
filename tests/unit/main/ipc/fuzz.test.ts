// Thousands of random and malformed payloads on every channel: no throw escapes, no file changes, every answer typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_ORIGIN, trustableOrigin } from '@main/security/appOrigin'
import fc from 'fast-check'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHANNELS, contract } from '@shared/ipc/contract'
import { IpcErrorSchema } from '@shared/ipc/result'
import { FIXTURE_CIRCUIT, makeSession } from '@tests/fixtures/sessions'
import { openTestServices, TRUSTED } from '@tests/unit/helpers/services'
import { KNOWN_BAD } from './knownBad'

/** Channels whose valid call has no request: any payload other than undefined must be refused. */
function snapshot(dir: string): string {
  return readdirSync(dir)
    .sort()
    .map((f) => `${f}:${readFileSync(join(dir, f)).toString('base64')}`)
    .join('|')
}

/** Random junk, plus near-misses built from valid payloads with one field broken. */
const payloads = fc.oneof(
  fc.anything({
    withObjectString: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.constantFrom(
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__":{"polluted":true},"id":"x"}'),
    { id: 'x'.repeat(10_000) },
    { id: '' },
    { ...FIXTURE_CIRCUIT, prepareSec: -1 },
    { ...FIXTURE_CIRCUIT, blocks: [] },
    { ...FIXTURE_CIRCUIT, name: 'x'.repeat(81) },
    { ...makeSession(1), rpe: 11 },
    { ...makeSession(1), steps: 'many' },
    { offset: -1, limit: 10 },
    { offset: 0, limit: 1e9 },
    { theme: 'neon' },
    { masterVolume: Number.NaN },
    { on: 'yes' },
    { id: 1.5 },
    { format: 'xml' },
    { text: 42 }
  ),
  fc.record(
    {
      id: fc.string(),
      text: fc.string(),
      on: fc.anything(),
      limit: fc.integer(),
      format: fc.string(),
    },
    { requiredKeys: [] }
  )
)

describe('IPC fuzz', () => {
  let dir: string
  let s: ReturnType<typeof openTestServices>
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cadence-fuzz-'))
    s = openTestServices(dir)
    await s.ok('circuits:save', FIXTURE_CIRCUIT)
    await s.store(makeSession(1))
  })
  afterAll(() => {
    s.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each(CHANNELS)(
    '%s: refuses bad payloads with a typed error and writes nothing',
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(payloads, async (payload) => {
          const before = snapshot(dir)
          const result = await s.dispatch(TRUSTED, channel, payload)
          expect(typeof result.ok).toBe('boolean')
          if (!result.ok) {
            expect(IpcErrorSchema.safeParse(result.error).success).toBe(true)
            expect(result.error.message.length).toBeGreaterThan(5)
            expect(snapshot(dir)).toBe(before)
          } else {
            // What was accepted was a valid request, and the answer is what the contract promises.
            expect(contract[channel].request.safeParse(payload).success).toBe(true)
            expect(contract[channel].response.safeParse(result.value).success).toBe(true)
          }
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
        }),
        { numRuns: 120 }
      )
    }
  )

  /** Any sender that differs from the app's main frame in at least one respect. */
  const strangers = fc
    .record({
      window: fc.constantFrom('main' as const, null),
      fromMainFrame: fc.boolean(),
      url: fc.option(fc.oneof(fc.string(), fc.webUrl(), fc.constant(TRUSTED.url)), {
        nil: undefined,
      }),
      origin: fc.option(fc.oneof(fc.string(), fc.constant(TRUSTED.origin)), { nil: undefined }),
    })
    .filter(
      (s) =>
        s.window === null ||
        !s.fromMainFrame ||
        trustableOrigin(s.url) !== APP_ORIGIN ||
        (s.origin !== undefined && s.origin !== TRUSTED.origin)
    )

  it.each(CHANNELS)(
    '%s: refuses each known-bad payload as invalid, writing nothing',
    async (channel) => {
      for (const payload of KNOWN_BAD[channel]) {
        const before = snapshot(dir)
        const result = await s.dispatch(TRUSTED, channel, payload)
        expect(result, JSON.stringify(payload)?.slice(0, 80)).toMatchObject({
          ok: false,
          error: { code: 'invalid-payload' },
        })
        expect(snapshot(dir)).toBe(before)
      }
    }
  )

  it('refuses every channel from an untrusted sender, and unknown channels, without touching anything', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNELS),
        payloads,
        strangers,
        async (channel, payload, stranger) => {
          const before = snapshot(dir)
          const result = await s.dispatch(stranger, channel, payload)
          expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
          const unknown = await s.dispatch(TRUSTED, `${channel}x`, payload)
          expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
          expect(snapshot(dir)).toBe(before)
        }
      ),
      { numRuns: 300 }
    )
  })
})
