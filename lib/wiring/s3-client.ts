import { S3Client } from '@aws-sdk/client-s3';
import { CLIENT_LIMITS } from '../config/time-budget.js';
import type { ClientBase } from './aws-clients.js';
import { http1Handler } from './aws-clients.js';

/**
 * The S3 client, apart from the other clients: the classify function loads it with the route
 * scorer on its first ticket, so it adds nothing to cold init.
 */

/**
 * An endpoint given (the local emulator) means path-style addressing: the emulator serves
 * `http://127.0.0.1:port/bucket/key`, not a bucket subdomain. Checksums only where S3 requires them,
 * as the emulator knows no trailing-checksum encoding.
 */
const createS3Client = (base: ClientBase = {}): S3Client =>
  new S3Client({
    ...base,
    ...(base.endpoint
      ? {
          forcePathStyle: true,
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }
      : {}),
    maxAttempts: CLIENT_LIMITS.s3.maxAttempts,
    requestHandler: http1Handler(CLIENT_LIMITS.s3),
  });

export { createS3Client };
