/**
 * The Bedrock ARNs the classify function may invoke. A cross-region inference profile is invoked
 * by its own ARN, and Bedrock then checks the caller may also invoke the foundation model in the
 * region the request is routed to, so IAM lists the profile plus the model in each of its regions.
 */

interface ModelAccess {
  readonly modelId: string;
  readonly foundationModelId?: string;
  readonly modelRegions: readonly string[];
  readonly bedrockRegion: string;
}

/** Geography prefixes of system-defined cross-region inference profiles. */
const PROFILE_PREFIX = /^(us|eu|apac|us-gov|jp|au|ca|global)\./;

const foundationModelOf = (access: ModelAccess): string =>
  access.foundationModelId ?? access.modelId.replace(PROFILE_PREFIX, '');

const isInferenceProfile = (modelId: string): boolean => PROFILE_PREFIX.test(modelId);

const bedrockInvokeArns = (access: ModelAccess, partition: string, account: string): string[] => {
  const model = foundationModelOf(access);
  const modelArn = (region: string) => `arn:${partition}:bedrock:${region}::foundation-model/${model}`;
  if (!isInferenceProfile(access.modelId)) return [modelArn(access.bedrockRegion)];
  const profileArn = `arn:${partition}:bedrock:${access.bedrockRegion}:${account}:inference-profile/${access.modelId}`;
  const regional = [...new Set(access.modelRegions)].map(modelArn);
  // Global profiles may route to any commercial region; IAM names them with an empty region.
  const global = access.modelId.startsWith('global.') ? [modelArn('')] : [];
  return [profileArn, ...regional, ...global];
};

export type { ModelAccess };
export { bedrockInvokeArns, foundationModelOf, isInferenceProfile };
