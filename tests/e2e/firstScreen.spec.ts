// The first screen loads only its own code: audio, History (with its charts) and the builder load when
// first needed, which keeps the initial JS within the bundle benchmark's budget.
import { expect, test } from './harness/fixtures'

/** Chunks that must stay out of the first screen, by the name the bundler gives them. */
const ON_DEMAND = { audio: /\/howler-[^/]*\.js$/, history: /\/HistoryPage-[^/]*\.js$/ }
const LATER = /\/(howler|HistoryPage|ProgressView|EditorPage)-[^/]*\.js$/

test('audio and History load on first need, not with the first screen', async ({
  page,
  launch,
}) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  await launch()
  await expect(page.getByRole('heading', { name: 'Circuits' })).toBeVisible()
  expect(scripts.filter((url) => LATER.test(url))).toEqual([])
  expect(scripts.length).toBeGreaterThan(0)

  // A session on screen loads the sounds, before Start needs them.
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Start Tabata' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Ready')
  await expect.poll(() => scripts.some((url) => ON_DEMAND.audio.test(url))).toBe(true)

  await page.keyboard.press('Control+3')
  await expect.poll(() => scripts.some((url) => ON_DEMAND.history.test(url))).toBe(true)
})
