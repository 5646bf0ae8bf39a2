import type { LabelledExampleStore } from '../../domain/ports.js';
import { LabelledExampleSchema } from '../../domain/scorer/labelled-example.schema.js';
import { EXAMPLES_PREFIX, exampleKey } from './object-keys.js';
import type { S3Location } from './s3-objects.js';
import { getJson, listKeys, mapBounded, putJson } from './s3-objects.js';

/** Reads at once while listing: enough to hide latency, few enough for one Lambda's sockets. */
const DEFAULT_READ_CONCURRENCY = 16;

interface LabelledExampleStoreOptions extends S3Location {
  readConcurrency?: number;
  /** Keys per ListObjects page (S3's default, 1,000, when unset). */
  pageSize?: number;
}

/** Labelled examples in S3, one object per ticket: a later label of a ticket overwrites it. */
const createLabelledExampleStore = (options: LabelledExampleStoreOptions): LabelledExampleStore => ({
  put: async (example) => {
    await putJson(options, exampleKey(example.ticketId), LabelledExampleSchema.parse(example));
  },
  list: async () => {
    const keys = await listKeys(options, EXAMPLES_PREFIX, options.pageSize);
    const read = await mapBounded(keys, options.readConcurrency ?? DEFAULT_READ_CONCURRENCY, (key) =>
      getJson(options, key),
    );
    // An object deleted between the list and its read (lifecycle expiry) is simply gone.
    return read.filter((json) => json !== undefined).map((json) => LabelledExampleSchema.parse(json));
  },
  count: async () => (await listKeys(options, EXAMPLES_PREFIX, options.pageSize)).length,
});

export { createLabelledExampleStore };
