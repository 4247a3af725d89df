// Which of the computer's addresses a phone on the same Wi-Fi can reach, best first by home range
// (192.168/16, then 10/8, then 172.16/12). Docker bridges, VMs and VPN tunnels are skipped, and a public
// address is never offered. Pure: it is given the interface list, so tests never read the machine's own.
import type { NetworkInterfaceInfo } from 'node:os'

export interface LanAddress {
  address: string
  /** The interface's name (wlan0, en0, Wi-Fi), shown beside the address in Settings. */
  name: string
}

/** Names of virtual interfaces: containers, VMs, VPNs and tunnels, which phones on the Wi-Fi cannot reach. */
const VIRTUAL =
  /^(docker|br-|veth|virbr|vboxnet|vmnet|vnet|lxc|lxd|podman|cni|flannel|cali|kube|tun|tap|wg|utun|ipsec|ppp|tailscale|zt|awdl|llw|anpi|bridge|gif|stf|vEthernet)|virtualbox|vmware|hyper-v|vpn/i

const RANGES = [/^192\.168\./, /^10\./, /^172\.(1[6-9]|2\d|3[01])\./]
/** Loopback is never public; it only appears as a non-internal interface in a test's fake list. */
const LOOPBACK = /^127\./

const rank = (address: string) => {
  const home = RANGES.findIndex((range) => range.test(address))
  if (home >= 0) return home
  return LOOPBACK.test(address) ? RANGES.length : -1
}

export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): LanAddress[] {
  const found = Object.entries(interfaces)
    .filter(([name]) => !VIRTUAL.test(name))
    .flatMap(([name, list]) => (list ?? []).map((info) => ({ name, info })))
    .filter(({ info }) => info.family === 'IPv4' && !info.internal && rank(info.address) >= 0)
    .map(({ name, info }) => ({ name, address: info.address }))
  // A stable sort: within a range, the system's own order of interfaces stands.
  return found.sort((a, b) => rank(a.address) - rank(b.address))
}
