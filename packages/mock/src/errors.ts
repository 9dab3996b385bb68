// The error for a mistake the user can fix (an unknown vendor, a bad scenario line, a busy
// port): its message is the whole story, so the CLI prints it without a stack.
export class MockError extends Error {
  override readonly name: string = 'MockError';
}

/** A scenario line the parser cannot read; the message starts with `file:line:`. */
export class ScenarioError extends MockError {
  override readonly name = 'ScenarioError';
}
