// Loopback JSON server for the runtime benchmark, in its own process so the server's work
// does not share an event loop with the clients being measured. Answers every request with the
// JSON body given as its argument (default: a Xurrent request record). Prints its URL. Its
// x-ratelimit budget is a million, so pacing runs but never has to slow anyone down.
import { createServer } from 'node:http';

const body = process.argv[2] ?? JSON.stringify({ id: 70453, subject: 'VPN is down', status: 'assigned', team: { id: 55, name: 'Network' } });
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-ratelimit-limit': '1000000',
      'x-ratelimit-remaining': '999999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`http://127.0.0.1:${address.port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
