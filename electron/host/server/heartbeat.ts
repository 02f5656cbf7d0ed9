import type { WebSocket } from 'ws';

/**
 * Dead classroom laptops (lid closed, Wi-Fi gone) never send a close: every tick pings each watched socket, and one
 * that has not answered the previous ping is terminated. Browsers answer pings by themselves, so idle pages stay.
 */
export class Heartbeat {
  /** Whether each watched socket has answered since the last ping. */
  private readonly answered = new Map<WebSocket, boolean>();
  private readonly timer: NodeJS.Timeout;
  private lastTick = Date.now();

  constructor(private readonly intervalMs: number) {
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  watch(socket: WebSocket): void {
    this.answered.set(socket, true);
    socket.on('pong', () => {
      if (this.answered.has(socket)) this.answered.set(socket, true);
    });
    socket.once('close', () => this.answered.delete(socket));
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private tick(): void {
    // After the host's own event loop was blocked (a long export), pongs may sit unread: judge no one this time.
    const hostStalled = Date.now() - this.lastTick > 1.5 * this.intervalMs;
    this.lastTick = Date.now();
    for (const [socket, answered] of this.answered) {
      if (!answered && !hostStalled) {
        this.answered.delete(socket);
        socket.terminate();
        continue;
      }
      this.answered.set(socket, false);
      socket.ping();
    }
  }
}
