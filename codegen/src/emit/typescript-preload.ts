// Imported first by types.ts, so TypeScript is in require's cache, loaded through the code
// cache, before openapi-typescript's modules require it (see ../code-cache.ts).
import { preloadTypeScript } from '../code-cache.js';

preloadTypeScript();
