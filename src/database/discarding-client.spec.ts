import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { DiscardingClient, QUERY_READ_TIMEOUT } from './discarding-client';

/**
 * A server that completes the start-up (trust authentication) and then answers nothing: a hung
 * PostgreSQL, as far as the client can tell.
 */
function hungServer(): Promise<{ server: Server; port: number; closed: Promise<void> }> {
  let closedResolve: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (closedResolve = resolve));
  const server = createServer((socket: Socket) => {
    socket.once('data', () => {
      const authOk = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]); // 'R', AuthenticationOk
      const ready = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]); // 'Z', ReadyForQuery (idle)
      socket.write(Buffer.concat([authOk, ready]));
    });
    socket.on('close', () => closedResolve());
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, closed }),
    ),
  );
}

describe('DiscardingClient', () => {
  it('closes its connection when a statement is not answered within query_timeout', async () => {
    const { server, port, closed } = await hungServer();
    const client = new DiscardingClient({ host: '127.0.0.1', port, user: 'x', query_timeout: 200 });
    try {
      await client.connect();
      const started = Date.now();
      await expect(client.query('SELECT 1')).rejects.toThrow(QUERY_READ_TIMEOUT);
      expect(Date.now() - started).toBeLessThan(2000);
      // The ROLLBACK that follows fails at once instead of queueing behind the statement.
      await expect(client.query('ROLLBACK')).rejects.toThrow(/not queryable|terminated/);
      await closed;
    } finally {
      await client.end().catch(() => undefined);
      server.close();
    }
  }, 10000);

  it('closes it too when the query was given a callback (pg-pool)', async () => {
    const { server, port, closed } = await hungServer();
    const client = new DiscardingClient({ host: '127.0.0.1', port, user: 'x', query_timeout: 200 });
    try {
      await client.connect();
      const err = await new Promise<unknown>((resolve) => {
        void client.query('SELECT 1', [], (e: Error) => resolve(e));
      });
      expect((err as Error).message).toBe(QUERY_READ_TIMEOUT);
      await closed;
    } finally {
      await client.end().catch(() => undefined);
      server.close();
    }
  }, 10000);
});
