/** Root of every error Specsmith throws: `catch (e) { if (e instanceof SpecsmithError) … }`. */
export class SpecsmithError extends Error {
  override name = 'SpecsmithError';
}

/** The client was set up or called wrongly (missing credentials, an insecure URL, …). */
export class ConfigurationError extends SpecsmithError {
  override name = 'ConfigurationError';
}

/** A base URL would send credentials over plain HTTP to a host that is not this machine. */
export class InsecureTransportError extends ConfigurationError {
  override name = 'InsecureTransportError';
}
