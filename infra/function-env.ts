import { Token } from 'aws-cdk-lib';
import type { z } from 'zod';

/**
 * A function's environment, typed from the same zod schema the function parses at cold start, and
 * checked against it at synth: a missing or invalid key fails `cdk synth`, not the first invocation.
 */

class FunctionEnvError extends Error {
  override name = 'FunctionEnvError';
}

type EnvSchema = z.ZodObject<z.ZodRawShape>;

/** Every key of the schema's input, optional where the schema has a default or is optional. */
type FunctionEnv<S extends EnvSchema> = { [K in keyof z.input<S>]: string };

/** Keys that only make sense on one machine (local emulators) and must never reach AWS. */
const LOCAL_ONLY_ENV_KEYS: readonly string[] = ['BEDROCK_ENDPOINT'];

/**
 * Validates the values that are known at synth time. A value that is a CDK token (a queue URL,
 * a table name) is resolved only at deploy time, so for it only its presence is checked.
 */
const validateFunctionEnv = <S extends EnvSchema>(
  schema: S,
  env: FunctionEnv<S>,
  functionName: string,
): Record<string, string> => {
  const values = Object.fromEntries(
    Object.entries(env as Record<string, string | undefined>).filter(([, v]) => v !== undefined),
  ) as Record<string, string>;
  const problems: string[] = [];
  for (const key of Object.keys(values)) {
    if (!(key in schema.shape)) problems.push(`${key}: not read by the function (unknown key)`);
    if (LOCAL_ONLY_ENV_KEYS.includes(key)) problems.push(`${key}: local-only, never set in AWS`);
  }
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = values[key];
    if (value !== undefined && Token.isUnresolved(value)) continue;
    const parsed = (field as z.ZodType).safeParse(value);
    if (!parsed.success) problems.push(`${key}: ${parsed.error.issues.map((i) => i.message).join(', ')}`);
  }
  if (problems.length > 0) {
    throw new FunctionEnvError(
      `invalid environment for function ${functionName}:\n  ${problems.join('\n  ')}`,
    );
  }
  return values;
};

export type { EnvSchema, FunctionEnv };
export { FunctionEnvError, LOCAL_ONLY_ENV_KEYS, validateFunctionEnv };
