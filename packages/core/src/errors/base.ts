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

/**
 * A request that must not be sent as given: a header that is not valid HTTP (a CR or LF could
 * smuggle in another header), or a path parameter that would move the request to another path.
 * The message names the header or parameter, never its value (it may be a secret).
 */
export class InvalidRequestError extends ConfigurationError {
  override name = 'InvalidRequestError';
  /** Where the problem is: a header (configured or per call) or a path parameter. */
  declare readonly location: 'header' | 'path';
  /** The header's or path parameter's name. */
  declare readonly parameter: string;
  constructor(message: string, location: 'header' | 'path', parameter: string) {
    super(message);
    this.location = location;
    this.parameter = parameter;
  }
}
