// The phone's picture of the move: a still SVG of the current move's key pose (in a break, the next
// move's), drawn in main from the same pose data and drawing code the run screen uses, so the phone page
// stays a tiny bundle with no demo code in it. Served by the remote server behind the same token, Host and
// Origin checks and security headers as the page's other files.
import { animationFor } from '@shared/demo'
import { stillSvg, STILL_COLOURS } from '@shared/demo/stillSvg'
import type { RemoteView } from '@shared/remote/protocol'
import type { PhoneFile } from './phonePage'

/** Its path after the token; the page adds `?v=<move>` so a new move is a new address to the browser. */
export const DEMO_PICTURE_PATH = 'demo.svg'

/** The picture for the view the phones have now, or null when there is no move to show. */
export function demoPicture(view: RemoteView | null | undefined): PhoneFile | null {
  const move = view?.demo
  if (!move) return null
  const animation = animationFor(move.exerciseId, move.side)
  if (!animation) return null
  // The pose the run screen's still shows: the second key (the move's working end), else the first.
  const frame = animation.keyFrames[1] ?? animation.keyFrames[0] ?? 0
  // The phase's own text colour reads on the phase's background, as the phone's words do.
  const figure = /^#[0-9a-f]{6}$/i.test(view.text) ? view.text : STILL_COLOURS.figure
  const body = Buffer.from(stillSvg(animation, frame, { ...STILL_COLOURS, figure }))
  return { body, type: 'image/svg+xml' }
}
