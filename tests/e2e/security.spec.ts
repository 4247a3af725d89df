// What the built app ships: a strict CSP that the page really obeys, and a preload that needs nothing but Electron.
import { readFileSync } from 'node:fs'
import { expect, test } from './harness/fixtures'

test('the built page carries the strict CSP and it blocks eval and inline scripts', async ({
  launch,
}) => {
  const html = readFileSync('out/renderer/index.html', 'utf8')
  expect(html).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/
  )
  expect(html).not.toMatch(/unsafe-(inline|eval)/)

  const page = await launch()
  const violations: string[] = []
  await page.exposeFunction('__reportViolation', (v: string) => violations.push(v))
  await page.evaluate(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        e.violatedDirective
      )
    )
  )
  // Run from a timer, outside Playwright's evaluate call, which the browser exempts from the page's CSP.
  await page.evaluate(() =>
    setTimeout(() => {
      const w = window as unknown as { __evalResult?: string }
      try {
        w.__evalResult = String(eval('1 + 1'))
      } catch (error) {
        w.__evalResult = (error as Error).name
      }
    }, 0)
  )
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __evalResult?: string }).__evalResult))
    .toBe('EvalError')
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
  })
  expect(
    await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)
  ).toBeUndefined()
  await expect.poll(() => violations).toEqual(expect.arrayContaining(['script-src-elem']))
  // The app itself still works under the policy.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
})

test('the sandboxed preload requires only electron', () => {
  const preload = readFileSync('out/preload/index.cjs', 'utf8')
  const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
  expect(requires).toEqual(['electron'])
})
