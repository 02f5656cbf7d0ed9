import type { ClassroomAddress } from '../../shared/protocol/classroom.ts';

const rank = (a: ClassroomAddress): number => (a.reachable ? 0 : 2) + (a.virtual ? 1 : 0);

/**
 * The addresses in the order to offer them: usable physical ones (Wi-Fi, Ethernet, the hotspot) first, then virtual
 * adapters and VPNs, then those the host could not reach itself on. The host's own order breaks ties.
 */
export const rankAddresses = (addresses: readonly ClassroomAddress[]): ClassroomAddress[] =>
  addresses.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i).map(({ a }) => a);

/** The address picked before the trainer picks one: the first usable one, if any. */
export const preselectedAddress = (addresses: readonly ClassroomAddress[]): string | null =>
  rankAddresses(addresses).find((a) => a.reachable)?.address ?? null;
