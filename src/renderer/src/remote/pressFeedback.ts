// Shows the phone's "Not received — press again" notice over the buttons and clears it after a while or at
// the next press that is sent. A press is never kept to be sent later: a Skip or Stop arriving late is
// worse than one that says it did not arrive.
import { noticeForAck, noticeForPress, type PressNotice } from '@shared/remote/pressNotice'
import type { ActionAck } from '@shared/remote/protocol'

/** Long enough to read twice. */
const NOTICE_MS = 4000

export function pressFeedback(element: HTMLElement, t: (key: string) => string) {
  const [headline, reason] = [element.children[0]!, element.children[1]!]
  let timer: number | undefined
  const show = (notice: PressNotice | null) => {
    window.clearTimeout(timer)
    element.hidden = notice === null
    if (!notice) return
    headline.textContent = t(notice.headline)
    reason.textContent = 'key' in notice.reason ? t(notice.reason.key) : notice.reason.said
    timer = window.setTimeout(() => (element.hidden = true), NOTICE_MS)
  }
  return {
    /** A press was made; `seq` is its number, or null when it could not be sent. */
    pressed: (seq: number | null) => show(noticeForPress(seq)),
    answered(ack: ActionAck) {
      const notice = noticeForAck(ack)
      if (notice) show(notice)
    },
  }
}
