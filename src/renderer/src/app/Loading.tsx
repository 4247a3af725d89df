// What a screen loaded on demand (React.lazy) shows while its code arrives, so the first paint stays small.
export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  )
}
