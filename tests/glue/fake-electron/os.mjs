// The main bundle's `node:os`, with one change: the only "network" is loopback, marked as a LAN interface,
// so the phone remote listens on 127.0.0.1 in these tests and never on the machine's real network.
import os from 'node:os'

export * from 'node:os'

export const networkInterfaces = () => ({
  'glue-lan': [
    {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4',
      mac: '00:00:00:00:00:00',
      internal: false,
      cidr: '127.0.0.1/8',
    },
  ],
})

export default { ...os, networkInterfaces }
