// Imported first by types.ts, so TypeScript is in require's cache, loaded through the code
// cache, before openapi-typescript's modules require it (see typescript-code-cache.ts).
import { preloadTypeScript } from './typescript-code-cache.js';

preloadTypeScript();
