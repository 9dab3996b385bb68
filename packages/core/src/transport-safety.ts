import { ConfigurationError, InsecureTransportError } from './errors/base.js';

/** True for hosts that never leave this machine: localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  return /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Parses a base URL and refuses anything that would send credentials in clear text:
 * `https:` always passes, `http:` only for a loopback host (local mocks and tests).
 */
export function assertSecureBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError(`baseUrl "${baseUrl}" is not an absolute URL; expected e.g. "https://api.example.com/v1".`);
  }
  if (url.username || url.password) {
    // A secret in a URL ends up in logs, proxies and error messages.
    throw new ConfigurationError(`baseUrl must not contain credentials; pass them as client options instead.`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  if (url.protocol === 'http:') {
    throw new InsecureTransportError(
      `Refusing to send credentials over plain HTTP to ${url.host}: use an https:// base URL. Plain http:// is allowed only for loopback hosts (localhost, 127.0.0.1, [::1]).`,
    );
  }
  throw new InsecureTransportError(`baseUrl uses "${url.protocol}"; only https:// (or http:// on a loopback host) is supported.`);
}

/**
 * Whether a redirect from `from` to `to` keeps the transport safe: to https://, or to http:// on
 * a loopback host from a loopback host (a remote server cannot point the client at this machine).
 */
export function isSafeRedirect(from: URL, to: URL): boolean {
  if (to.protocol === 'https:') return true;
  return to.protocol === 'http:' && isLoopbackHost(to.hostname) && isLoopbackHost(from.hostname);
}
