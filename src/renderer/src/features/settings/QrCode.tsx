// A QR code drawn from its squares (main makes them with the qrcode library): one SVG path, dark on light,
// with the quiet zone scanners need.
const QUIET = 4

export function QrCode({ size, modules, label }: { size: number; modules: string; label: string }) {
  let path = ''
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (modules[y * size + x] === '1') path += `M${x + QUIET} ${y + QUIET}h1v1h-1z`
    }
  }
  const side = size + QUIET * 2
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  )
}
