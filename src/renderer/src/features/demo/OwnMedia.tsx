// Shows the user's own picture or video in place of the drawn demo; tells the caller when it cannot
// (file gone or unreadable), so the drawn demo comes back with a notice.
import { useEffect, useRef } from 'react'
import { isVideo, mediaUrl, type MediaRef } from '@shared/model/media'

export function OwnMedia({
  media,
  paused,
  height,
  onFail,
}: {
  media: MediaRef
  paused: boolean
  height: string
  onFail: () => void
}) {
  const video = useRef<HTMLVideoElement>(null)
  useEffect(() => {
    const el = video.current
    if (!el) return
    if (paused) el.pause()
    else void el.play().catch(() => undefined)
  }, [paused])
  const style = { height, maxWidth: '100%', objectFit: 'contain' as const }
  if (isVideo(media)) {
    return (
      <video
        ref={video}
        className="exercise-demo__media"
        src={mediaUrl(media)}
        style={style}
        autoPlay={!paused}
        loop
        muted
        playsInline
        onError={onFail}
        data-demo-media="video"
      />
    )
  }
  return (
    <img
      className="exercise-demo__media"
      src={mediaUrl(media)}
      style={style}
      alt=""
      onError={onFail}
      data-demo-media="picture"
    />
  )
}
