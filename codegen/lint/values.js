// Small value tests the rules share for the checks a schema cannot express.

export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isNonEmptyString = (value) => typeof value === 'string' && value.length > 0;
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
