import { describe, expect, it } from 'vitest';
import type { ClassroomAddress } from '../../shared/protocol/classroom.ts';
import { preselectedAddress, rankAddresses } from './addresses.ts';

const at = (address: string, interfaceName: string, virtual: boolean, reachable: boolean): ClassroomAddress => ({ address, interfaceName, virtual, reachable });

describe('the addresses the trainer picks from', () => {
  const vpn = at('10.8.0.2', 'tun0', true, true);
  const wifiDown = at('192.168.1.20', 'Wi-Fi', false, false);
  const docker = at('172.17.0.1', 'docker0', true, false);
  const hotspot = at('192.168.137.1', 'Local Area Connection* 2', false, true);
  const ethernet = at('10.0.0.5', 'Ethernet', false, true);

  it('lists usable physical addresses first, virtual ones after, unusable ones last', () => {
    expect(rankAddresses([vpn, wifiDown, docker, hotspot, ethernet]).map((a) => a.interfaceName)).toEqual([
      'Local Area Connection* 2',
      'Ethernet',
      'tun0',
      'Wi-Fi',
      'docker0',
    ]);
  });

  it('preselects the first usable address, even a VPN when nothing else works, and none when nothing does', () => {
    expect(preselectedAddress([vpn, wifiDown, ethernet])).toBe('10.0.0.5');
    expect(preselectedAddress([wifiDown, vpn])).toBe('10.8.0.2');
    expect(preselectedAddress([wifiDown, docker])).toBeNull();
  });
});
