import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * What `triage backfill` has published, so an interrupted run (Ctrl-C, a lost connection) starts
 * again where it stopped. It is an optimisation, not what prevents double counting: the classifier
 * claims each ticketId once and derives the observation id from the stored decision, so a ticket
 * published twice is scored and counted once. The file is written whole (a temporary name, then a
 * rename) after every chunk; by default it sits next to the input, as `<input>.backfill.json`.
 */

const BackfillStateSchema = z.object({
  version: z.literal(1),
  /** The queue the tickets went to: a state file for another queue is not this run's. */
  queueUrl: z.string().min(1),
  /** TicketIds SQS accepted. */
  published: z.array(z.string()),
  updatedAt: z.string(),
});

type BackfillState = z.infer<typeof BackfillStateSchema>;

class BackfillStateError extends Error {
  override name = 'BackfillStateError';
}

const defaultStatePath = (input: string): string => `${input}.backfill.json`;

/** The published ticketIds for this queue; none when the file is absent or names another queue. */
const readBackfillState = (
  path: string,
  queueUrl: string,
): { published: Set<string>; otherQueue?: string } => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { published: new Set() };
    throw new BackfillStateError(`cannot read the state file ${path}: ${(error as Error).message}`);
  }
  let parsed: BackfillState;
  try {
    parsed = BackfillStateSchema.parse(JSON.parse(text));
  } catch {
    throw new BackfillStateError(`${path} is not a triage backfill state file; remove it to start over`);
  }
  if (parsed.queueUrl !== queueUrl) return { published: new Set(), otherQueue: parsed.queueUrl };
  return { published: new Set(parsed.published) };
};

const writeBackfillState = (path: string, queueUrl: string, published: Iterable<string>): void => {
  const state: BackfillState = {
    version: 1,
    queueUrl,
    published: [...published],
    updatedAt: new Date().toISOString(),
  };
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, `${JSON.stringify(state)}\n`);
    renameSync(temporary, path);
  } catch (error) {
    throw new BackfillStateError(`cannot write the state file ${path}: ${(error as Error).message}`);
  }
};

export { BackfillStateError, defaultStatePath, readBackfillState, writeBackfillState };
