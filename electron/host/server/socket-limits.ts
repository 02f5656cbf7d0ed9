/** What one connection may cost the host. Tests shrink them; the defaults suit a classroom of 300 on one laptop. */
export interface SocketLimits {
  /** Ping interval. A socket that has not answered one ping by the next tick is gone and is terminated. */
  heartbeatMs: number;
  /** Time an upgraded socket has to send a valid hello before it is dropped. */
  helloTimeoutMs: number;
  /** Unsent bytes one socket may hold before it is cut off (a reader that stopped reading). */
  maxBufferedBytes: number;
  /** Concurrent WebSocket connections; further upgrades get 503. */
  maxSockets: number;
  /** Time a TCP connection has to deliver a request's headers, and the whole request. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** Ops a participant's socket may send at once, and per second after that (a token bucket); other messages get the same again. */
  opBurst: number;
  opsPerSecond: number;
  /** Ops a participant's socket may have waiting for their turn; past this the socket is closed (its page resends). */
  maxQueuedOps: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  heartbeatMs: 30_000,
  helloTimeoutMs: 10_000,
  maxBufferedBytes: 1024 * 1024,
  // 300 participants and their second tabs, with room to spare; far below the usual 1,024-descriptor limit.
  maxSockets: 400,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  // A fast typist sends a few ops a second and a batch counts as one; only a script or a phone back from a long time
  // offline reaches these. Ops past the budget wait their turn, in order (an edit is never refused for coming fast);
  // a socket with more than maxQueuedOps waiting is closed, and its page sends them again after reconnecting.
  opBurst: 100,
  opsPerSecond: 30,
  maxQueuedOps: 1000,
};
