// The hand-written OpenAPI 3.1 document of the API (openapi.json beside this file), as a value.
import openapi from './openapi.json' with { type: 'json' };

export const OPENAPI: unknown = openapi;
