// The drawn demonstration in real Chromium (on the demonstrations page): it plays as Web Animations with
// no script per frame, pauses with the `paused` prop, and shows the key poses still under reduced motion.
import type { Page } from '@playwright/test'
import { DEMOS } from '@shared/demo'
import { cycleSeconds } from '@shared/demo/frames'
import { expect, test } from './harness/fixtures'

const animations = (page: Page) =>
  page.evaluate(() =>
    document.getAnimations().map((a) => ({
      state: a.playState,
      duration: Number(a.effect?.getTiming().duration),
      time: Number(a.currentTime),
    }))
  )

test('a demo plays on the compositor, with no page work per frame', async ({ page, server }) => {
  await page.clock.install({ time: new Date('2026-11-29T07:00:00Z') })
  await page.goto(`${server.url}demos.html?id=bird-dog`)
  await expect(page.locator('[data-demo="bird-dog"][data-demo-state="playing"]')).toBeVisible()
  const playing = await animations(page)
  expect(playing.length).toBeGreaterThan(20)
  expect(new Set(playing.map((a) => a.state))).toEqual(new Set(['running']))
  expect(new Set(playing.map((a) => a.duration))).toEqual(
    new Set([cycleSeconds(DEMOS['bird-dog']!) * 1000])
  )
  // The page's own clock stands still (Playwright holds it) while the figure moves on the document
  // timeline, and nothing in the DOM changes: React does not render frames.
  await page.evaluate(() => {
    const w = window as unknown as { mutations: number }
    w.mutations = 0
    new MutationObserver((list) => (w.mutations += list.length)).observe(document.body, {
      subtree: true,
      attributes: true,
      childList: true,
    })
  })
  const before = Math.max(...playing.map((a) => a.time))
  await expect
    .poll(async () => Math.max(...(await animations(page)).map((a) => a.time)))
    .toBeGreaterThan(before + 300)
  expect(await page.evaluate(() => (window as unknown as { mutations: number }).mutations)).toBe(0)
})

test('a paused demo holds still', async ({ page, server }) => {
  await page.goto(`${server.url}demos.html?id=face-pull&paused=1`)
  await expect(page.locator('[data-demo="face-pull"][data-demo-state="paused"]')).toBeVisible()
  const paused = await animations(page)
  expect(paused.length).toBeGreaterThan(0)
  expect(new Set(paused.map((a) => a.state))).toEqual(new Set(['paused']))
})

test('with reduced motion the key poses show side by side, still', async ({ page, server }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${server.url}demos.html?id=bird-dog`)
  const still = page.locator('[data-demo="bird-dog"][data-demo-state="still"]')
  await expect(still).toBeVisible()
  await expect(still.locator('svg')).toHaveCount(DEMOS['bird-dog']!.keys.length)
  expect(await animations(page)).toEqual([])
})
