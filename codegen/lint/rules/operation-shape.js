// specsmith/operation-example and specsmith/single-tag: what every operation of a vendor spec
// needs besides the extensions (an example Prism can serve, one tag to group it by).
import { isObject } from '../values.js';

/** A JSON media type: `application/json`, or a structured `+json` type (`application/problem+json`). */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i;

/**
 * Every operation's success response carries an example, because Prism serves it: each JSON
 * media type, or the first media type when there is no JSON one. An alternative format of the
 * same schema (Altcraft's `application/xml`) needs none: the docs render it from the schema.
 */
export function OperationExample() {
  return {
    Operation(operation, { report, location, resolve }) {
      const responses = operation.responses ?? {};
      const success = Object.keys(responses).filter((code) => /^2(\d\d|XX)$/.test(code));
      for (const code of success) {
        const response = resolve(responses[code]).node;
        const content = response?.content;
        if (!content) continue; // 204 and friends have nothing to show
        const entries = Object.entries(content);
        const served = entries.some(([mediaType]) => JSON_MEDIA_TYPE.test(mediaType)) ? entries.filter(([mediaType]) => JSON_MEDIA_TYPE.test(mediaType)) : entries.slice(0, 1);
        for (const [mediaType, media] of served) {
          const hasExample = media.example !== undefined || (isObject(media.examples) && Object.keys(media.examples).length > 0);
          if (!hasExample) {
            report({ message: `Response ${code} (${mediaType}) has no example; Prism serves the example, so add one.`, location: location.child(['responses', code]).key() });
          }
        }
      }
    },
  };
}

/** One tag per operation: the tag is the resource the generated client groups it under. */
export function SingleTag() {
  return {
    Operation(operation, { report, location }) {
      const tags = operation.tags ?? [];
      if (tags.length !== 1) {
        report({ message: `An operation needs exactly one tag (its client resource); found ${tags.length}.`, location: location.child(['tags']).key() });
      }
    },
  };
}
