import { describe, expect, it } from 'vitest';
import { isVirtualInterface, rankAddresses } from './addresses.ts';
import { probeAddress } from './probe.ts';

describe('the addresses the join screen offers', () => {
  it('lists physical adapters first and VPN, container and virtual-machine adapters last, each address once', () => {
    const ranked = rankAddresses([
      { address: '172.17.0.1', interfaceName: 'docker0' },
      { address: '10.8.0.2', interfaceName: 'tun0' },
      { address: '192.168.1.23', interfaceName: 'wlp2s0' },
      { address: '100.101.102.103', interfaceName: 'tailscale0' },
      { address: '192.168.56.1', interfaceName: 'VirtualBox Host-Only Network' },
      { address: '172.20.48.1', interfaceName: 'vEthernet (WSL)' },
      { address: '10.0.0.5', interfaceName: 'Ethernet' },
      { address: '192.168.1.23', interfaceName: 'wlp2s0' },
      { address: '10.6.6.6', interfaceName: 'Company VPN' },
    ]);
    expect(ranked.map((a) => a.interfaceName)).toEqual([
      'wlp2s0',
      'Ethernet',
      'docker0',
      'tun0',
      'tailscale0',
      'VirtualBox Host-Only Network',
      'vEthernet (WSL)',
      'Company VPN',
    ]);
    expect(ranked.filter((a) => !a.virtual).map((a) => a.address)).toEqual(['192.168.1.23', '10.0.0.5']);
  });

  it('names real Wi-Fi and Ethernet adapters as physical on Linux, macOS and Windows', () => {
    for (const name of ['eth0', 'enp3s0', 'wlan0', 'wlp2s0', 'en0', 'en1', 'Wi-Fi', 'WLAN', 'Ethernet 2', '以太网', 'WLAN 2']) {
      expect(isVirtualInterface(name), name).toBe(false);
    }
    for (const name of ['br-1a2b3c', 'veth12ab', 'vmnet8', 'vboxnet0', 'utun3', 'wg0', 'zt5u4y6c', 'ZeroTier One [abc]', 'Hyper-V Virtual Ethernet Adapter', 'ppp0']) {
      expect(isVirtualInterface(name), name).toBe(true);
    }
  });

  it('an address the computer has is reachable; one it does not have is not', async () => {
    expect(await probeAddress('127.0.0.2')).toBe(true);
    expect(await probeAddress('10.254.254.254', 500)).toBe(false);
  });
});
