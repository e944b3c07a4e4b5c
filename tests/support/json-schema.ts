/** Ajv for JSON Schema draft 2020-12 with the standard formats (date, uri, date-time, email). */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// Both packages are CommonJS; depending on the loader their default export may be wrapped once more.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module) as typeof Ajv2020Module;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

/**
 * A fresh validator; every error is reported, not just the first. Strict by default; `loose` relaxes
 * only the checks on how a schema is written (types next to `required`, properties named in
 * `oneOf` branches), which third-party schemas written in draft-04 style do not follow.
 */
export function newAjv(loose = false) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, ...(loose ? { strictTypes: false, strictRequired: false, strictTuples: false } : {}) });
  addFormats(ajv);
  return ajv;
}

/** Validates `data` against `schema`; returns readable error lines (empty when valid). */
export function schemaErrors(schema: object, data: unknown, loose = false): string[] {
  const validate = newAjv(loose).compile(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
