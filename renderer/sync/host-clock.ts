/**
 * How far the host's clock is ahead of this device's (ms; negative when behind), from one greeting: the host stamped
 * `hostTime` somewhere between our hello (`sentAt`) and its welcome (`receivedAt`), so the midpoint is the best guess
 * and the error is at most half the round trip. A phone whose clock is minutes off still counts down the right timer.
 */
export function hostClockOffset(sentAt: number, hostTime: number, receivedAt: number): number {
  const midpoint = sentAt + Math.max(0, receivedAt - sentAt) / 2;
  return Math.round(hostTime - midpoint);
}
