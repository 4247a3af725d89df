// Which address phones are shown, from FAKE interface lists only (never the machine's own): home ranges
// first, virtual interfaces skipped, never a public address; and the user's choice while it is there.
import { describe, expect, it } from 'vitest'
import type { NetworkInterfaceInfo } from 'node:os'
import { lanAddresses } from '@main/remote/lanAddress'
import { chooseAddress } from '@main/remote/addressChoice'

const iface = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  family: 'IPv4',
  internal,
  netmask: '255.255.255.0',
  mac: '00:00:00:00:00:00',
  cidr: null,
})
const v6: NetworkInterfaceInfo = {
  address: 'fe80::1',
  family: 'IPv6',
  internal: false,
  netmask: 'ffff:ffff:ffff:ffff::',
  mac: '00:00:00:00:00:00',
  cidr: null,
  scopeid: 1,
}
const addressesOf = (list: NodeJS.Dict<NetworkInterfaceInfo[]>) =>
  lanAddresses(list).map((a) => a.address)

describe('the LAN addresses phones may use', () => {
  it('skip Docker, bridges, VMs and VPN tunnels, whatever their range', () => {
    expect(
      addressesOf({
        lo: [iface('127.0.0.1', true)],
        docker0: [iface('172.17.0.1')],
        'br-3f2a': [iface('172.18.0.1')],
        veth12ab: [iface('10.0.3.1')],
        virbr0: [iface('192.168.122.1')],
        tun0: [iface('10.8.0.2')],
        tap0: [iface('10.9.0.2')],
        wg0: [iface('10.10.0.2')],
        utun3: [iface('10.11.0.2')],
        'vEthernet (WSL)': [iface('172.29.16.1')],
        'VirtualBox Host-Only Network': [iface('192.168.56.1')],
        wlan0: [v6, iface('192.168.1.20')],
      })
    ).toEqual(['192.168.1.20'])
  })

  it('put home ranges first: 192.168/16, then 10/8, then 172.16/12', () => {
    expect(
      lanAddresses({
        eth1: [iface('172.20.1.5')],
        eth0: [iface('10.0.0.7')],
        wlan0: [iface('192.168.0.12')],
      })
    ).toEqual([
      { address: '192.168.0.12', name: 'wlan0' },
      { address: '10.0.0.7', name: 'eth0' },
      { address: '172.20.1.5', name: 'eth1' },
    ])
  })

  it('never offer a public, carrier-NAT, link-local or internal address', () => {
    expect(
      addressesOf({
        eth0: [iface('203.0.113.9')],
        wan: [iface('8.8.4.4')],
        cgnat: [iface('100.64.1.2')],
        linkLocal: [iface('169.254.3.4')],
        near: [iface('172.32.0.1'), iface('192.169.0.1'), iface('11.0.0.1')],
        lo: [iface('127.0.0.1', true)],
      })
    ).toEqual([])
  })
})

describe('the address in use', () => {
  const candidates = [
    { address: '192.168.1.20', name: 'wlan0' },
    { address: '10.0.0.7', name: 'eth0' },
  ]
  it('is the best one, or the one the user chose while the computer has it', () => {
    expect(chooseAddress(candidates, null)).toBe('192.168.1.20')
    expect(chooseAddress(candidates, '10.0.0.7')).toBe('10.0.0.7')
    expect(chooseAddress(candidates, '10.9.9.9')).toBe('192.168.1.20')
    expect(chooseAddress([], '10.0.0.7')).toBeNull()
  })
})

describe('the chosen address in settings', () => {
  it('defaults to none, so settings files from before it still load', async () => {
    const { DEFAULT_SETTINGS, SettingsSchema } = await import('@shared/model/settings')
    const { remoteAddress, ...older } = DEFAULT_SETTINGS
    expect(remoteAddress).toBeNull()
    expect(SettingsSchema.parse(older).remoteAddress).toBeNull()
    expect(SettingsSchema.parse({ ...older, remoteAddress: '10.0.0.7' }).remoteAddress).toBe(
      '10.0.0.7'
    )
  })
})
