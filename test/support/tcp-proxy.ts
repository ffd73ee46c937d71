import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP relay on 127.0.0.1 between the product and PostgreSQL whose link a test can cut. While
 * cut, the open connections are reset and new ones are accepted but never answered — a dead link
 * as a client sees it: nothing comes back until its own timeouts fire.
 */
export class TcpProxy {
  private readonly pairs = new Set<Socket>();
  private readonly held = new Set<Socket>();
  private readonly server: Server;
  private isCut = false;

  private constructor(targetPort: number) {
    this.server = createServer((client) => this.accept(client, targetPort));
  }

  static async start(targetPort: number): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetPort);
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(0, '127.0.0.1', () => resolve());
    });
    return proxy;
  }

  get port(): number {
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  cut(): void {
    this.isCut = true;
    for (const socket of this.pairs) socket.destroy();
  }

  /** Relays again; the connections held while cut are dropped (their clients gave up or will). */
  restore(): void {
    this.isCut = false;
    for (const socket of this.held) socket.destroy();
    this.held.clear();
  }

  async close(): Promise<void> {
    this.cut();
    this.restore();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, targetPort: number): void {
    // Resets are what a cut produces; each side's 'close' below takes the other down with it.
    client.on('error', () => undefined);
    if (this.isCut) {
      this.held.add(client);
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    upstream.on('error', () => undefined);
    for (const [socket, other] of [[client, upstream], [upstream, client]] as const) {
      this.pairs.add(socket);
      socket.on('close', () => {
        this.pairs.delete(socket);
        other.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
