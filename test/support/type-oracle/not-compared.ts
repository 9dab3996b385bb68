// The corpus specs that cannot be compared, each with the step that failed and the first line
// of its error. The oracle test asserts exactly this list, so a spec that starts or stops
// loading is seen, never skipped silently.

export interface NotComparedSpec {
  readonly spec: string;
  /** `load: <message>`, `ours: <message>` or `oracle: <message>`. */
  readonly error: string;
  /** Why it is acceptable that this spec is not compared. */
  readonly reason: string;
}

export const notCompared: readonly NotComparedSpec[] = [];
