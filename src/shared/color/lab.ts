// sRGB to CIELAB (D65) and CIEDE2000, written out here because the formula is short, pure and pinned by
// Sharma et al.'s published test table (tests/unit/shared/color/ciede2000.test.ts); no dependency needed.

export type Lab = readonly [l: number, a: number, b: number]
export type LinearRgb = readonly [r: number, g: number, b: number]

/** #rrggbb to linear-light sRGB channels in 0..1. */
export function hexToLinear(hex: string): LinearRgb {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return [channel(0), channel(1), channel(2)]
}

/** Linear sRGB to CIELAB under D65; channels are clamped to 0..1 first (simulations can leave the gamut). */
export function linearToLab(rgb: LinearRgb): Lab {
  const [r, g, b] = rgb.map((c) => Math.min(1, Math.max(0, c))) as [number, number, number]
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

export function hexToLab(hex: string): Lab {
  return linearToLab(hexToLinear(hex))
}

const rad = (deg: number) => (deg * Math.PI) / 180
const deg = (r: number) => (r * 180) / Math.PI

/** Hue angle in degrees 0..360, 0 for a neutral (the paper's convention). */
function hue(b: number, a: number): number {
  if (a === 0 && b === 0) return 0
  const h = deg(Math.atan2(b, a))
  return h < 0 ? h + 360 : h
}

/** CIEDE2000 colour difference (kL = kC = kH = 1), following Sharma, Wu and Dalal (2005) step by step. */
export function deltaE2000(lab1: Lab, lab2: Lab): number {
  const [l1, a1, b1] = lab1
  const [l2, a2, b2] = lab2
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)))
  const a1p = (1 + g) * a1
  const a2p = (1 + g) * a2
  const c1p = Math.hypot(a1p, b1)
  const c2p = Math.hypot(a2p, b2)
  const h1p = hue(b1, a1p)
  const h2p = hue(b2, a2p)

  const dLp = l2 - l1
  const dCp = c2p - c1p
  let dhp = 0
  if (c1p * c2p !== 0) {
    dhp = h2p - h1p
    if (dhp > 180) dhp -= 360
    else if (dhp < -180) dhp += 360
  }
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(rad(dhp / 2))

  const lBarp = (l1 + l2) / 2
  const cBarp = (c1p + c2p) / 2
  let hBarp = h1p + h2p
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hBarp = (h1p + h2p) / 2
    else hBarp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2
  }
  const t =
    1 -
    0.17 * Math.cos(rad(hBarp - 30)) +
    0.24 * Math.cos(rad(2 * hBarp)) +
    0.32 * Math.cos(rad(3 * hBarp + 6)) -
    0.2 * Math.cos(rad(4 * hBarp - 63))
  const dTheta = 30 * Math.exp(-(((hBarp - 275) / 25) ** 2))
  const rc = 2 * Math.sqrt(cBarp ** 7 / (cBarp ** 7 + 25 ** 7))
  const sl = 1 + (0.015 * (lBarp - 50) ** 2) / Math.sqrt(20 + (lBarp - 50) ** 2)
  const sc = 1 + 0.045 * cBarp
  const sh = 1 + 0.015 * cBarp * t
  const rt = -Math.sin(rad(2 * dTheta)) * rc
  return Math.sqrt(
    (dLp / sl) ** 2 + (dCp / sc) ** 2 + (dHp / sh) ** 2 + rt * (dCp / sc) * (dHp / sh)
  )
}

/** CIEDE2000 between two #rrggbb colours. */
export function deltaEHex(a: string, b: string): number {
  return deltaE2000(hexToLab(a), hexToLab(b))
}
