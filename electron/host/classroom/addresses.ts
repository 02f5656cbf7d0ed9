import { networkInterfaces } from 'node:os';

/** An IPv4 address of this computer that the classroom could listen on. */
export interface HostAddress {
  address: string;
  interfaceName: string;
}

/**
 * Adapters that phones in the room almost never reach: containers' and virtual machines' bridges, VPN tunnels and
 * overlay networks. They are still listed (a trainer may know better), but last.
 */
const VIRTUAL = [
  /^docker/i,
  /^br-/i,
  /^veth/i,
  /^virbr/i,
  /^vmnet/i,
  /^vbox/i,
  /virtualbox/i,
  /^vethernet/i,
  /hyper-v/i,
  /vmware/i,
  /^utun/i,
  /^tun/i,
  /^tap/i,
  /^wg/i,
  /tailscale/i,
  /^zt/i,
  /zerotier/i,
  /vpn/i,
  /^ppp/i,
  /^ipsec/i,
];

export const isVirtualInterface = (name: string): boolean => VIRTUAL.some((pattern) => pattern.test(name));

/** The computer's own non-loopback IPv4 addresses, as the operating system reports them. */
export function systemAddresses(): HostAddress[] {
  return Object.entries(networkInterfaces()).flatMap(([interfaceName, infos]) =>
    (infos ?? []).filter((info) => info.family === 'IPv4' && !info.internal).map((info) => ({ address: info.address, interfaceName })),
  );
}

/** Physical adapters first (in the system's order), virtual and VPN ones last; each address once. */
export function rankAddresses(addresses: readonly HostAddress[]): (HostAddress & { virtual: boolean })[] {
  const seen = new Set<string>();
  const unique = addresses.filter((a) => !seen.has(a.address) && seen.add(a.address));
  const marked = unique.map((a) => ({ ...a, virtual: isVirtualInterface(a.interfaceName) }));
  return [...marked.filter((a) => !a.virtual), ...marked.filter((a) => a.virtual)];
}
