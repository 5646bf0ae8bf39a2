import { z } from 'zod';
import type { OptionSpec } from './command.js';

/**
 * Builders for the CLI's typed options. A value that does not parse becomes a zod issue whose
 * message completes "--flag …", so every usage error names its flag the same way.
 */

const parsed = <T>(need: string, read: (raw: string) => T | undefined) =>
  z.string().transform((raw, ctx) => {
    const value = read(raw);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `needs ${need}, not "${raw}"` });
      return z.NEVER;
    }
    return value;
  });

const wholeNumber = (raw: string) => (/^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined);

const positiveInt = parsed('a positive whole number', (raw) => {
  const n = wholeNumber(raw);
  return n !== undefined && n > 0 && Number.isSafeInteger(n) ? n : undefined;
});

const between = (min: number, max: number) =>
  parsed(`a number between ${min} and ${max}`, (raw) => {
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    return Number.isFinite(n) && n > min && n < max ? n : undefined;
  });

const text = z.string().refine((s) => s.trim() !== '', { message: 'needs a value' });

const option = {
  /** A string; undefined when absent. */
  text: (description: string, placeholder = 'VALUE'): OptionSpec<string | undefined> => ({
    type: 'string',
    description,
    placeholder,
    schema: text.optional(),
  }),
  /** A path with a default. */
  file: (description: string, fallback: string): OptionSpec<string> => ({
    type: 'string',
    description,
    placeholder: 'FILE',
    schema: text.default(fallback),
    shownDefault: fallback,
  }),
  /** An optional path. */
  optionalFile: (description: string): OptionSpec<string | undefined> => ({
    type: 'string',
    description,
    placeholder: 'FILE',
    schema: text.optional(),
  }),
  positiveInt: <D extends number | undefined>(
    description: string,
    fallback: D,
  ): OptionSpec<D extends number ? number : number | undefined> => ({
    type: 'string',
    description,
    placeholder: 'N',
    schema: (fallback === undefined ? positiveInt.optional() : positiveInt.default(fallback)) as z.ZodType<
      D extends number ? number : number | undefined
    >,
    ...(fallback === undefined ? {} : { shownDefault: fallback }),
  }),
  /** A number strictly between min and max. */
  between: <D extends number | undefined>(
    description: string,
    [min, max]: readonly [number, number],
    fallback: D,
  ): OptionSpec<D extends number ? number : number | undefined> => ({
    type: 'string',
    description,
    placeholder: 'X',
    schema: (fallback === undefined
      ? between(min, max).optional()
      : between(min, max).default(fallback)) as z.ZodType<D extends number ? number : number | undefined>,
    ...(fallback === undefined ? {} : { shownDefault: fallback }),
  }),
  choice: <const C extends readonly [string, ...string[]]>(
    description: string,
    choices: C,
    fallback: C[number],
  ): OptionSpec<C[number]> => ({
    type: 'string',
    description,
    placeholder: choices.join('|'),
    schema: z
      .enum(choices, { error: (issue) => `needs one of ${choices.join(', ')}, not "${String(issue.input)}"` })
      .default(fallback as z.util.NoUndefined<C[number]>) as z.ZodType<C[number]>,
    shownDefault: fallback,
  }),
  /** A value with a grammar of its own: `parse` throws with the reason, which completes "--flag …". */
  spec: <T>(
    description: string,
    placeholder: string,
    parse: (raw: string) => T,
  ): OptionSpec<T | undefined> => ({
    type: 'string',
    description,
    placeholder,
    schema: z
      .string()
      .transform((raw, ctx) => {
        try {
          return parse(raw);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: `needs ${placeholder}: ${(error as Error).message}` });
          return z.NEVER;
        }
      })
      .optional(),
  }),
  flag: (description: string): OptionSpec<boolean> => ({
    type: 'boolean',
    description,
    schema: z.boolean().default(false),
  }),
};

export { option };
