/**
 * What the queue tools need from the caller's AWS setup, and the failures that no retry can fix:
 * no region, no credentials, an endpoint nobody answers at. The first such failure stops a
 * command with one line, instead of one line per ticket.
 */

class AwsConfigError extends Error {
  override name = 'AwsConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** Network failures that mean the endpoint is wrong, not busy. */
const UNREACHABLE = new Set(['ENOTFOUND', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);

const codeOf = (error: unknown): string | undefined => {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : undefined;
};

/** The configuration error behind a failed call, or undefined when retrying might help. */
const asAwsConfigError = (error: unknown, endpoint: string): AwsConfigError | undefined => {
  if (error instanceof AwsConfigError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'CredentialsProviderError')
    return new AwsConfigError(
      'no AWS credentials: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
    );
  const code = codeOf(error);
  if (code !== undefined && UNREACHABLE.has(code))
    return new AwsConfigError(`nothing answers at ${endpoint} (${code}): check the URL and the endpoint`);
  return undefined;
};

/** Rejects at once when the client has no region, before any request is built. */
const requireRegion = async (client: { config: { region: () => Promise<string> } }): Promise<void> => {
  try {
    await client.config.region();
  } catch {
    throw new AwsConfigError('no AWS region: set AWS_REGION (or AWS_PROFILE with a region)');
  }
};

/**
 * Client settings from an environment the caller passes (the process's, or a test's), with the
 * SDK's own names; what is absent is left to the SDK's default chain (profiles, SSO, roles).
 */
const awsClientConfig = (env: Env, service: 'SQS' | 'DYNAMODB') => {
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const endpoint = env[`AWS_ENDPOINT_URL_${service}`] ?? env.AWS_ENDPOINT_URL;
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
  return {
    ...(region ? { region } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(accessKeyId && secretAccessKey
      ? {
          credentials: {
            accessKeyId,
            secretAccessKey,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
          },
        }
      : {}),
  };
};

export { AwsConfigError, asAwsConfigError, awsClientConfig, requireRegion };
