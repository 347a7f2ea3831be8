/**
 * The toolkit's version, as package.json gives it. A constant rather than a read of package.json so the library
 * stays browser-safe (no fs at run time); `test/report-result-identity.test.ts` fails when the two differ.
 * @example TOOLKIT_VERSION // "0.1.0"
 */
export const TOOLKIT_VERSION = "0.1.0";
