/**
 * Trained ensemble members to and from their stored form. Linear members are merged into one before
 * storing: the mean of linear models' logits is the logits of their mean weights, so n linear members
 * cost the bytes of one, with a share of n/total in the average. Networks cannot merge and stay apart.
 */
import type { MemberModel } from './ensemble.js';
import { networkModel } from './hidden-layer-network.js';
import type { ArtifactMember } from './scorer-artifact.schema.js';
import type { LogitModel } from './softmax.js';
import type { LinearModel } from './softmax-regression.js';
import { linearModel } from './softmax-regression.js';
import type { MatrixEncoding } from './weight-codec.js';
import { decodeMatrix, encodeMatrix } from './weight-codec.js';

interface SharedModel {
  share: number;
  model: LogitModel;
}

const mergeLinear = (linear: readonly LinearModel[]): LinearModel => {
  const weights = new Float32Array(linear[0]!.weights.length);
  const bias = new Float64Array(linear[0]!.bias.length);
  for (const m of linear) {
    for (let i = 0; i < weights.length; i += 1) weights[i]! += m.weights[i]! / linear.length;
    for (let c = 0; c < bias.length; c += 1) bias[c]! += m.bias[c]! / linear.length;
  }
  return linearModel(weights, bias);
};

/** Equal-weight members in their stored form, the linear ones merged into the first entry. */
const encodeMembers = (members: readonly MemberModel[], encoding: MatrixEncoding): ArtifactMember[] => {
  const linear = members.filter((m): m is LinearModel => m.kind === 'linear');
  const stored: ArtifactMember[] = [];
  if (linear.length > 0) {
    const merged = mergeLinear(linear);
    const k = merged.classCount;
    stored.push({
      kind: 'linear',
      share: linear.length / members.length,
      weights: encodeMatrix(merged.weights, merged.weights.length / k, k, encoding),
      bias: Array.from(merged.bias),
    });
  }
  for (const m of members) {
    if (m.kind !== 'network') continue;
    stored.push({
      kind: 'network',
      share: 1 / members.length,
      inputWeights: encodeMatrix(m.inputWeights, m.inputWeights.length / m.hidden, m.hidden, encoding),
      inputBias: Array.from(m.inputBias),
      outputWeights: encodeMatrix(m.outputWeights, m.classCount, m.hidden, encoding),
      outputBias: Array.from(m.outputBias),
    });
  }
  return stored;
};

const decodeMember = (member: ArtifactMember): SharedModel => ({
  share: member.share,
  model:
    member.kind === 'linear'
      ? linearModel(decodeMatrix(member.weights), Float64Array.from(member.bias))
      : networkModel({
          hidden: member.inputBias.length,
          inputWeights: decodeMatrix(member.inputWeights),
          inputBias: Float64Array.from(member.inputBias),
          outputWeights: decodeMatrix(member.outputWeights),
          outputBias: Float64Array.from(member.outputBias),
        }),
});

export type { SharedModel };
export { decodeMember, encodeMembers };
