import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of the host that a test can cut at any moment, as lost Wi-Fi would: both ends of
 * every connection it carries are destroyed at once, so whatever was in flight (half a frame, an ack) is lost.
 */
export class ChaosProxy {
  private readonly pairs = new Set<[Socket, Socket]>();
  private server: Server | null = null;
  private paused = false;
  port = 0;
  /** How many times a live connection was cut. */
  drops = 0;

  constructor(private readonly targetPort: number) {}

  async start(): Promise<this> {
    const server = createServer((inbound) => {
      if (this.paused) return void inbound.destroy();
      const outbound = connect(this.targetPort, '127.0.0.1');
      const pair: [Socket, Socket] = [inbound, outbound];
      this.pairs.add(pair);
      const end = () => {
        this.pairs.delete(pair);
        inbound.destroy();
        outbound.destroy();
      };
      inbound.on('error', end).on('close', end);
      outbound.on('error', end).on('close', end);
      inbound.pipe(outbound);
      outbound.pipe(inbound);
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    return this;
  }

  /** Connections open through the proxy right now. */
  get open(): number {
    return this.pairs.size;
  }

  /** Cuts every connection the proxy carries; new ones are let through. Returns how many were cut. */
  cut(): number {
    const cut = this.pairs.size;
    for (const [inbound, outbound] of [...this.pairs]) {
      inbound.destroy();
      outbound.destroy();
    }
    this.pairs.clear();
    this.drops += cut;
    return cut;
  }

  /** The network is away: live connections are cut and new ones fail until `resume`. */
  pause(): void {
    this.paused = true;
    this.cut();
  }

  resume(): void {
    this.paused = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
