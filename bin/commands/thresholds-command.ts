import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { formatTable } from '../../tools/local/terminal.js';
import { listRoutes, pinRoute, unpinRoute } from '../../tools/operator/operator-actions.js';
import type { CommandSpec } from './command.js';
import { DEFAULTS, numberOption, UsageError } from './command.js';

const thresholdsCommand: CommandSpec = {
  name: 'thresholds',
  summary: 'List routes with mode, threshold and bound; pin, unpin, and read a route’s history.',
  usage:
    'triage thresholds list | history ROUTE | pin ROUTE (--human | --threshold X) --by NAME --reason TEXT | unpin ROUTE --by NAME --reason TEXT',
  positionals: true,
  options: {
    taxonomy: { type: 'string', description: `taxonomy JSON (default ${DEFAULTS.taxonomy})` },
    'config-table': { type: 'string', description: 'route config table (default $ROUTE_CONFIG_TABLE)' },
    'audit-table': { type: 'string', description: 'route audit table (default $ROUTE_AUDIT_TABLE)' },
    human: { type: 'boolean', description: 'pin: make the route human-only' },
    threshold: { type: 'string', description: 'pin: automate the route at this fixed threshold' },
    by: { type: 'string', description: 'pin/unpin: who is acting (kept in the audit trail)' },
    reason: { type: 'string', description: 'pin/unpin: why (kept in the audit trail)' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  run: async (values, positionals = []) => {
    const [action, routeId] = positionals;
    const configTable = (values['config-table'] as string | undefined) ?? process.env.ROUTE_CONFIG_TABLE;
    const auditTable = (values['audit-table'] as string | undefined) ?? process.env.ROUTE_AUDIT_TABLE;
    if (!configTable || !auditTable) {
      throw new UsageError(
        'give --config-table and --audit-table (or set ROUTE_CONFIG_TABLE and ROUTE_AUDIT_TABLE)',
      );
    }
    const repo = createRouteConfigStore({
      client: DynamoDBDocumentClient.from(new DynamoDBClient({}), {
        marshallOptions: { removeUndefinedValues: true },
      }),
      configTable,
      auditTable,
    });
    const taxonomy = loadTaxonomy((values.taxonomy as string | undefined) ?? DEFAULTS.taxonomy);
    const print = (json: unknown, text: string) =>
      process.stdout.write(values.json ? `${JSON.stringify(json, null, 2)}\n` : `${text}\n`);
    const needRoute = () => {
      if (!routeId) throw new UsageError(`${action} needs a ROUTE`);
      return routeId;
    };
    const actor = () => {
      if (!values.by || !values.reason)
        throw new UsageError(`${action} needs --by and --reason: every change is audited`);
      return { by: values.by as string, reason: values.reason as string };
    };
    switch (action) {
      case 'list': {
        const rows = await listRoutes(repo, taxonomy);
        print(
          rows,
          formatTable(
            ['route', 'mode', 'threshold', 'bound', 'labels', 'source', 'pin', 'last change'],
            rows.map(({ config: c, lastChange }) => [
              c.routeId,
              c.mode,
              c.threshold.toFixed(3),
              c.evidence ? `${(100 * c.evidence.upperBound).toFixed(2)}%` : '-',
              c.evidence ? Math.round(c.evidence.n) : '-',
              c.evidence?.source ?? '-',
              c.pin ? (c.pin.kind === 'human' ? 'human' : `@${c.pin.threshold}`) : '-',
              lastChange ? `${lastChange.at} ${lastChange.actor}: ${lastChange.reason}` : '-',
            ]),
          ),
        );
        return 0;
      }
      case 'history': {
        const entries = await repo.history(needRoute());
        print(
          entries,
          entries
            .map(
              (e) =>
                `${e.at}  v${e.after.version}  ${e.before.mode}@${e.before.threshold} -> ${e.after.mode}@${e.after.threshold}  ${e.actor}: ${e.reason}`,
            )
            .join('\n') || 'no changes recorded',
        );
        return 0;
      }
      case 'pin': {
        const route = needRoute();
        const { by, reason } = actor();
        const threshold = numberOption(values.threshold, 'threshold', 0, 1);
        if ((threshold === undefined) === (values.human !== true))
          throw new UsageError('pin needs exactly one of --human or --threshold');
        const pin =
          threshold === undefined
            ? { kind: 'human' as const, by, reason }
            : { kind: 'threshold' as const, threshold, by, reason };
        const after = await pinRoute(repo, taxonomy, route, pin);
        print(after, `${route}: ${after.mode} at ${after.threshold} (version ${after.version})`);
        return 0;
      }
      case 'unpin': {
        const route = needRoute();
        const { by, reason } = actor();
        const after = await unpinRoute(repo, taxonomy, route, by, reason);
        print(after, `${route}: ${after.mode} until the next retune (version ${after.version})`);
        return 0;
      }
      default:
        throw new UsageError(`thresholds needs list, history, pin or unpin, not "${action ?? ''}"`);
    }
  },
};

export { thresholdsCommand };
