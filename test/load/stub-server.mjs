// Loopback stub for the load test, in its own process: answers every request with HTTP 200 and
// the JSON body given as its one argument (the test passes the vendor's own success example),
// after draining the request body. Prints its URL, stops on SIGTERM.
import { createServer } from 'node:http';

const body = process.argv[2] ?? '{}';
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
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
