// The resolver for the files a spec's `$ref`s lead to: Redocly's own, with each file's text
// read as spec-text.ts says (no byte-order mark), so problems in those files are located
// as in the root document.
import { BaseResolver, Source, type Document } from '@redocly/openapi-core';
import { withoutByteOrderMark } from './spec-text.js';

export class SpecResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    const source = await super.loadExternalRef(absoluteRef);
    const body = withoutByteOrderMark(source.body);
    return body === source.body ? source : new Source(source.absoluteRef, body, source.mimeType);
  }

  /** The parsed file this resolver already read (bundling reads it from here again), if it could. */
  async documentFor(absoluteRef: string): Promise<Document | undefined> {
    try {
      const document = await this.cache.get(absoluteRef);
      return document && !(document instanceof Error) ? document : undefined;
    } catch {
      return undefined; // The file did not parse; lint reports that at the $ref.
    }
  }
}
