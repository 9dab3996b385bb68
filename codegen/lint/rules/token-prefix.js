// specsmith/token-prefix: x-token-prefix against its schema, and only on an http bearer scheme
// (the prefix goes into the Authorization header, after `Bearer `).
import { checkAgainstSchema } from '../schema-check.js';

export function TokenPrefix() {
  return {
    SecurityScheme(scheme, { report, location }) {
      const value = scheme['x-token-prefix'];
      if (value === undefined) return;
      const at = location.child(['x-token-prefix']);
      const isBearer = scheme.type === 'http' && typeof scheme.scheme === 'string' && scheme.scheme.toLowerCase() === 'bearer';
      if (!isBearer) {
        report({ message: 'x-token-prefix is only allowed on a security scheme with type: http and scheme: bearer.', location: at.key() });
        return;
      }
      checkAgainstSchema('x-token-prefix', value, { report, location: at }, { atKey: true });
    },
  };
}
