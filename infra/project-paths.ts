import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so synth works from any working directory. */
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const fromProjectRoot = (path: string): string => (isAbsolute(path) ? path : resolve(PROJECT_ROOT, path));

export { fromProjectRoot, PROJECT_ROOT };
