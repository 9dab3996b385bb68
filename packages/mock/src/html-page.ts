// The HTML error pages a load balancer or proxy serves in front of an API.
import { STATUS_CODES } from 'node:http';

/** A 502 page as nginx-like proxies serve it (the fault suites' HTML error page). */
export const html500 = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';

/** An HTML error page for any status. */
export function htmlErrorPage(status: number): string {
  const reason = STATUS_CODES[status] ?? 'Error';
  return `<!DOCTYPE html><html><head><title>${status} ${reason}</title></head><body><h1>${reason}</h1></body></html>`;
}
