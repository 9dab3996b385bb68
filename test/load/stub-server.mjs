// Loopback stub for the load test, in its own process: answers every request with a small
// JSON envelope every vendor reads as success (Xtremepush `success: true`, Altcraft
// `error: 0`), after draining the request body. Prints its URL, stops on SIGTERM.
import { createServer } from 'node:http';

const body = JSON.stringify({ code: 200, success: true, error: 0, error_text: 'Successful operation', id: 1, subject: 'load', data: [] });
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-ratelimit-limit': '1000000', 'x-ratelimit-remaining': '999999', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
