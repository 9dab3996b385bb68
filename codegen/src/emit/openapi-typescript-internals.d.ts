// Types for the three openapi-typescript CommonJS modules types.ts imports directly (the
// package ships no declarations for them; these mirror what its index.d.ts says of each).
declare module 'openapi-typescript/dist/transform/index.cjs' {
  import type { transformSchema } from 'openapi-typescript';
  const transform: typeof transformSchema;
  export default transform;
}

declare module 'openapi-typescript/dist/lib/ts.cjs' {
  export { astToString } from 'openapi-typescript';
}

declare module 'openapi-typescript/dist/lib/utils.cjs' {
  import type { OpenApiTsUtilities } from './discriminators.js';
  const utilities: OpenApiTsUtilities;
  export default utilities;
}
