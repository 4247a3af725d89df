// Remembers where the window was, and puts it back only where a connected display can show it.
import { z } from 'zod'

export const WindowStateSchema = z.object({
  schemaVersion: z.literal(1),
  bounds: z
    .object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int().min(200).max(20_000),
      height: z.number().int().min(200).max(20_000),
    })
    .nullable(),
  maximized: z.boolean(),
})
export type WindowState = z.infer<typeof WindowStateSchema>
export type Rect = { x: number; y: number; width: number; height: number }

export const DEFAULT_WINDOW_STATE: WindowState = {
  schemaVersion: 1,
  bounds: null,
  maximized: false,
}
export const DEFAULT_SIZE = { width: 1280, height: 800 }

/** Saved bounds if at least a quarter of the window is on some display, otherwise null (let the OS centre it). */
export function visibleBounds(saved: Rect | null, workAreas: readonly Rect[]): Rect | null {
  if (!saved) return null
  const visible = workAreas.reduce((best, area) => Math.max(best, overlap(saved, area)), 0)
  if (visible < (saved.width * saved.height) / 4) return null
  const area = workAreas.find((a) => overlap(saved, a) === visible)!
  return {
    ...saved,
    width: Math.min(saved.width, area.width),
    height: Math.min(saved.height, area.height),
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/** The window centred on a display's work area, as large as it can be up to its current size. */
export function centredOn(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  }
}
