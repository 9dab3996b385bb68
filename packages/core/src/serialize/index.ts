/**
 * OpenAPI 3.1 serializers for parameters (query, path, header, cookie) and request bodies, as
 * pure functions driven by an operation's `parameterStyles`.
 */
export { encodeBody, isReplayable } from './body.js';
export { encodeForm } from './form.js';
export { serializeCookies, serializeHeader } from './header.js';
export { compilePath } from './path.js';
export { serializeQuery } from './query.js';
