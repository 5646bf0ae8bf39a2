import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import type { Evidence } from '../../lib/domain/route-config/route-config.schema.js';
import { formatTable, formatThreshold } from '../../tools/local/terminal.js';
import { listRoutes, pinRoute, unpinRoute } from '../../tools/operator/operator-actions.js';
import { percent } from '../../tools/report/percent.js';
import { dynamoClient, endpointsOption, readEndpoints } from './aws-clients.js';
import { DEFAULTS, defineCommand, UsageError } from './command.js';
import { readFlagFile } from './file-args.js';
import { option } from './options.js';

/** The route's own bound, against its cap when the config says which it was certified at. */
const boundOf = (e: Evidence): string =>
  e.cap === undefined ? percent(e.upperBound) : `${percent(e.upperBound)} / ${percent(e.cap)}`;

const thresholdsCommand = defineCommand({
  name: 'thresholds',
  summary: 'List routes with mode, threshold and bound; pin, unpin, and read a route’s history.',
  usage:
    'triage thresholds list | history ROUTE | pin ROUTE (--human | --threshold X) --by NAME --reason TEXT | unpin ROUTE --by NAME --reason TEXT',
  subcommands: ['list', 'history', 'pin', 'unpin'],
  maxPositionals: 1,
  options: {
    taxonomy: option.optionalFile(
      `taxonomy JSON (default: the --endpoints file\u2019s, else ${DEFAULTS.taxonomy})`,
    ),
    endpoints: endpointsOption,
    'config-table': option.text('route config table (default $ROUTE_CONFIG_TABLE)', 'NAME'),
    'audit-table': option.text('route audit table (default $ROUTE_AUDIT_TABLE)', 'NAME'),
    human: option.flag('pin: make the route human-only'),
    threshold: option.between('pin: automate the route at this fixed threshold', [0, 1], undefined),
    by: option.text('pin/unpin: who is acting (kept in the audit trail)', 'NAME'),
    reason: option.text('pin/unpin: why (kept in the audit trail)', 'TEXT'),
    json: option.flag('print JSON'),
  },
  run: async ({ values, subcommand: action, positionals, io }) => {
    const [routeId] = positionals;
    const endpoints = readEndpoints(values.endpoints);
    const configTable = values['config-table'] ?? endpoints?.tables.routeConfig ?? io.env.ROUTE_CONFIG_TABLE;
    const auditTable = values['audit-table'] ?? endpoints?.tables.routeAudit ?? io.env.ROUTE_AUDIT_TABLE;
    if (!configTable || !auditTable) {
      throw new UsageError(
        'give --config-table and --audit-table (or set ROUTE_CONFIG_TABLE and ROUTE_AUDIT_TABLE, or give --endpoints FILE)',
      );
    }
    const taxonomy = readFlagFile(
      'taxonomy',
      values.taxonomy ?? endpoints?.taxonomyPath ?? DEFAULTS.taxonomy,
      loadTaxonomy,
    );
    const repo = createRouteConfigStore({
      client: DynamoDBDocumentClient.from(await dynamoClient(io, endpoints), {
        marshallOptions: { removeUndefinedValues: true },
      }),
      configTable,
      auditTable,
    });
    const print = (json: unknown, text: string) =>
      io.stdout.write(values.json ? `${JSON.stringify(json, null, 2)}\n` : `${text}\n`);
    const needRoute = () => {
      if (!routeId) throw new UsageError(`${action} needs a ROUTE`);
      // A route the taxonomy does not have is a mistake on the command line, not a failed change.
      if (!taxonomy.routes.some((r) => r.id === routeId))
        throw new UsageError(
          `thresholds ${action}: ROUTE "${routeId}" is not a route of taxonomy ${taxonomy.name} (see "triage thresholds list")`,
        );
      return routeId;
    };
    const actor = () => {
      const { by, reason } = values;
      if (!by || !reason) throw new UsageError(`${action} needs --by and --reason: every change is audited`);
      return { by, reason };
    };
    switch (action) {
      case 'list': {
        const rows = await listRoutes(repo, taxonomy);
        print(
          rows,
          formatTable(
            ['route', 'mode', 'threshold', 'bound / cap', 'stream bound', 'labels', 'pin', 'last change'],
            rows.map(({ config: c, lastChange }) => [
              c.routeId,
              c.mode,
              formatThreshold(c.threshold),
              c.evidence ? boundOf(c.evidence) : '-',
              c.evidence?.stream
                ? `${percent(c.evidence.stream.upperBound)} / ${percent(c.evidence.stream.target)}`
                : '-',
              c.evidence ? Math.round(c.evidence.n) : '-',
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
        const threshold = values.threshold;
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
        throw new UsageError(`unknown subcommand "${action}"`);
    }
  },
});

export { thresholdsCommand };
