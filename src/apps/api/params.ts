// Query strings -> validated, typed parameters, or a ChorusError `api.bad_request` that says which parameter and why.
import { ChorusError } from '../../errors.js';

export type ParamSpec =
  | { type: 'string'; maxLength?: number; pattern?: RegExp; choices?: readonly string[] }
  | { type: 'integer'; min: number; max: number; default?: number };

export type ParamSpecs = Record<string, ParamSpec>;

export type ParamValues<S extends ParamSpecs> = {
  [K in keyof S]: S[K] extends { type: 'integer' } ? number | undefined : string | undefined;
};

export function readParams<S extends ParamSpecs>(url: URL, specs: S): ParamValues<S> {
  const values: Record<string, string | number | undefined> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (!(key in specs)) {
      const known = Object.keys(specs);
      throw badRequest(
        `Unknown query parameter "${key}". ${known.length > 0 ? `This route takes: ${known.join(', ')}.` : 'This route takes none.'}`,
      );
    }
    if (url.searchParams.getAll(key).length > 1)
      throw badRequest(`Query parameter "${key}" is given more than once.`);
  }
  for (const [name, spec] of Object.entries(specs)) {
    const raw = url.searchParams.get(name);
    if (spec.type === 'integer') {
      values[name] = raw === null ? spec.default : readInteger(name, raw, spec.min, spec.max);
      continue;
    }
    if (raw === null) continue;
    if (spec.maxLength !== undefined && raw.length > spec.maxLength) {
      throw badRequest(`Query parameter "${name}" is longer than ${spec.maxLength} characters.`);
    }
    if (spec.choices && !spec.choices.includes(raw)) {
      throw badRequest(`Query parameter "${name}" must be one of ${spec.choices.join(', ')}; got "${raw}".`);
    }
    if (spec.pattern && !spec.pattern.test(raw)) {
      throw badRequest(`Query parameter "${name}" has an unexpected form: "${raw}".`);
    }
    values[name] = raw;
  }
  return values as ParamValues<S>;
}

function readInteger(name: string, raw: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(raw)) throw badRequest(`Query parameter "${name}" must be an integer; got "${raw}".`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw badRequest(`Query parameter "${name}" must be between ${min} and ${max}; got ${value}.`);
  }
  return value;
}

export function badRequest(message: string): ChorusError {
  return new ChorusError('api.bad_request', message);
}

export function notFound(message: string): ChorusError {
  return new ChorusError('api.not_found', message);
}

/** Paging parameters shared by every list route. */
export const PAGE_PARAMS = {
  limit: { type: 'integer', min: 1, max: 200, default: 50 },
  offset: { type: 'integer', min: 0, max: 1_000_000, default: 0 },
} as const satisfies ParamSpecs;
