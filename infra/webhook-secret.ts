import { type RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/**
 * The webhook's signing secrets, one per adapter, in one Secrets Manager secret (JSON:
 * `{"generic": "...", "zendesk": "...", "freshdesk": "..."}`). It lives in the stateful stack:
 * the vendor-issued values are put in by an operator, and a redeploy of the functions must not
 * lose them. Only `generic` is generated here; an adapter without a value answers 401.
 */

/** The adapter whose value the stack generates: the sender is ours to configure. */
const GENERATED_ADAPTER = 'generic';
/** 48 letters and digits: about 285 bits, and no character a vendor form or a shell mangles. */
const GENERATED_LENGTH = 48;

interface WebhookSecretProps {
  readonly encryptionKey: IKey;
  readonly removalPolicy: RemovalPolicy;
}

class WebhookSecret extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string, props: WebhookSecretProps) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description:
        'Signing secrets of the outcomes webhook, by adapter (generic and zendesk: HMAC keys; freshdesk: a shared token); docs/deploy.md',
      encryptionKey: props.encryptionKey,
      removalPolicy: props.removalPolicy,
      generateSecretString: {
        secretStringTemplate: '{}',
        generateStringKey: GENERATED_ADAPTER,
        passwordLength: GENERATED_LENGTH,
        excludePunctuation: true,
        includeSpace: false,
      },
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Secrets shared with senders: the zendesk and freshdesk values are issued and rotated at the vendor, and the generic one must change at its sender in the same step; a rotation Lambda cannot update the sender, so the operator rotates with put-secret-value (docs/deploy.md)',
    });
  }
}

export type { WebhookSecretProps };
export { GENERATED_ADAPTER, GENERATED_LENGTH, WebhookSecret };
