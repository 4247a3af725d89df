// The first screen loads only its own code: audio is fetched once the page runs, and History (with its
// charts), the builder and Settings on first visit. That keeps the initial JS within the budget the
// bundle benchmark measures.
import type { Page } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { init, parse } from 'es-module-lexer'
import { expect, test } from './harness/fixtures'
import { RENDERER_DIR } from './harness/staticServer'

/** Chunks that are no part of the first screen, by the name the bundler gives them. */
const LATER = /^(howler|HistoryPage|ProgressView|EditorPage|SettingsPage)-[^/]*\.js$/

/** The JS index.html loads before first paint: its scripts and preloads, and all they import statically. */
async function firstScreenChunks(): Promise<string[]> {
  await init
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8')
  const queue = [...html.matchAll(/(?:src|href)="\.?\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!)
  const seen = new Set<string>()
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue
    seen.add(name)
    const [imports] = parse(readFileSync(join(RENDERER_DIR, 'assets', name), 'utf8'))
    // d === -1: a static import (dynamic ones load later, on demand).
    for (const i of imports) if (i.d === -1 && i.n?.startsWith('./')) queue.push(i.n.slice(2))
  }
  return [...seen].sort()
}

/** Script URLs the page has fetched. */
const fetched = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => url.endsWith('.js'))
  )
const fetchedOne = async (page: Page, chunk: string) =>
  (await fetched(page)).some((url) => url.includes(`/assets/${chunk}-`))

test('the first screen imports no audio, History, builder or Settings code', async () => {
  const chunks = await firstScreenChunks()
  expect(chunks.length).toBeGreaterThan(1)
  expect(chunks.filter((name) => LATER.test(name))).toEqual([])
  // The names are real: each of those chunks exists, to be loaded later.
  const assets = readdirSync(join(RENDERER_DIR, 'assets'))
  for (const chunk of ['howler', 'HistoryPage', 'EditorPage', 'SettingsPage'])
    expect(
      assets.some((name) => name.startsWith(`${chunk}-`)),
      chunk
    ).toBe(true)
})

test('audio loads once the page runs; History and Settings on first visit', async ({
  page,
  launch,
}) => {
  await launch()
  await expect.poll(() => fetchedOne(page, 'howler')).toBe(true)
  expect((await fetched(page)).filter((url) => /\/(HistoryPage|SettingsPage)-/.test(url))).toEqual(
    []
  )
  await page.keyboard.press('Control+3')
  await expect.poll(() => fetchedOne(page, 'HistoryPage')).toBe(true)
  await page.keyboard.press('Control+4')
  await expect.poll(() => fetchedOne(page, 'SettingsPage')).toBe(true)
})
