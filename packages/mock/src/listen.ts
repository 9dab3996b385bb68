// Binds a server to 127.0.0.1, turning the errors a user can fix into sentences.
import type { Server } from 'node:http';
import { MockError } from './errors.js';

export const HOST = '127.0.0.1';

/** Listens on `port` (0: any free one) and resolves to the port bound. */
export function listenOnLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new MockError(`port ${port} is in use on ${HOST}; pick another with --port`));
      else if (error.code === 'EACCES') reject(new MockError(`port ${port} needs privileges on ${HOST}; pick one above 1023 with --port`));
      else reject(error);
    };
    server.once('error', failed);
    server.listen(port, HOST, () => {
      server.removeListener('error', failed);
      const address = server.address();
      if (typeof address !== 'object' || address === null) reject(new Error(`the server on ${HOST} has no address`));
      else resolve(address.port);
    });
  });
}
