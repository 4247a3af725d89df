// The app's /media/ route for the e2e page: the static server serves the renderer only, and the user's media
// lives in each test's own data folder, so the page's /media/ requests go to main's real media handler
// (byte ranges and all) over that folder.
import type { Page } from '@playwright/test'
import { createMediaHandler } from '@main/media/serveMedia'
import { mediaFolder } from '@main/media/mediaStore'

export async function routeMedia(page: Page, dataDir: string): Promise<void> {
  const handle = createMediaHandler(mediaFolder(dataDir))
  await page.route('**/media/**', async (route) => {
    const request = route.request()
    const response = await handle(
      new Request(request.url(), { method: request.method(), headers: await request.allHeaders() })
    )
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    })
  })
}
