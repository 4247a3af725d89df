// The app's /sounds/ route for the e2e page: the user's own cue sounds live in each test's data folder, so
// the page's requests go to main's real handler over that folder (as app://cadence/sounds/ does).
import type { Page } from '@playwright/test'
import { createCueSoundHandler } from '@main/music/serveCueSounds'
import { mediaFolder } from '@main/media/mediaStore'

export async function routeCueSounds(page: Page, dataDir: string): Promise<string[]> {
  const handle = createCueSoundHandler(mediaFolder(dataDir))
  const asked: string[] = []
  await page.route('**/sounds/**', async (route) => {
    const request = route.request()
    asked.push(new URL(request.url()).pathname)
    const response = await handle(
      new Request(request.url(), { method: request.method(), headers: await request.allHeaders() })
    )
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    })
  })
  return asked
}
