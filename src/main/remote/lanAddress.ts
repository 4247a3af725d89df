// Which of the computer's addresses a phone on the same Wi-Fi can reach: a private IPv4 address (home and
// gym networks), else any other non-internal IPv4 one. Pure: it is given the interface list.
import type { NetworkInterfaceInfo } from 'node:os'

const PRIVATE = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./]

export function lanAddressOf(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string | null {
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
    .map((i) => i.address)
  return candidates.find((a) => PRIVATE.some((p) => p.test(a))) ?? candidates[0] ?? null
}
