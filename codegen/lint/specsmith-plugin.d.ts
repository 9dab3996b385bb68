import type { Plugin } from '@redocly/openapi-core';

/** The Specsmith Redocly plugin: rules for the x- extensions described in specs/README.md. */
export default function specsmithPlugin(): Plugin;
