// The /proc/net/tcp(6) parser behind the loopback-only check (pure; real tables from Linux).
import { describe, expect, it } from '@jest/globals'
import { isLoopback, loopbackOnly, parseListeners } from '../../src/docker/sockets.js'

const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1063 1 0000000000000000 100 0 0 10 0
   1: 00000000:1F40 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1064 1 0000000000000000 100 0 0 10 0
   2: 0100007F:1F90 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 1065 1 0000000000000000 20 4 30 10 -1
`
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2001 1 0000000000000000 100 0 0 10 0
   1: 00000000000000000000000000000000:1388 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2002 1 0000000000000000 100 0 0 10 0
   2: 0000000000000000FFFF00000100007F:1F91 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2003 1 0000000000000000 100 0 0 10 0
`

describe('parseListeners', () => {
  it('reads IPv4 listeners in host byte order and ignores connections', () => {
    expect(parseListeners(TCP)).toEqual([
      { address: '127.0.0.1', port: 8080 },
      { address: '0.0.0.0', port: 8000 }
    ])
  })

  it('reads IPv6 listeners, including v4-mapped loopback', () => {
    expect(parseListeners(TCP6)).toEqual([
      { address: '::1', port: 8080 },
      { address: '::', port: 5000 },
      { address: '::ffff:7f00:1', port: 8081 }
    ])
  })

  it('ignores a header-only table and garbage', () => {
    expect(parseListeners(TCP.split('\n')[0])).toEqual([])
    expect(parseListeners('nonsense\n 0: zz:yy 0A')).toEqual([])
  })
})

describe('loopbackOnly', () => {
  const all = [...parseListeners(TCP), ...parseListeners(TCP6)]

  it('names the loopback addresses of a port bound to nothing else', () => {
    expect(loopbackOnly(all, 8080)).toEqual(['127.0.0.1:8080', '[::1]:8080'])
    expect(loopbackOnly(all, 8081)).toEqual(['[::ffff:7f00:1]:8081'])
  })

  it('passes a port also bound to a reachable address, and a port nobody listens on', () => {
    expect(loopbackOnly(all, 8000)).toBeUndefined()
    expect(loopbackOnly([...all, { address: '0.0.0.0', port: 8080 }], 8080)).toBeUndefined()
    expect(loopbackOnly(all, 9999)).toBeUndefined()
  })

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:7f00:1'].every(isLoopback)).toBe(true)
    expect(['0.0.0.0', '::', '172.17.0.2', '::ffff:ac11:2'].some(isLoopback)).toBe(false)
  })
})
