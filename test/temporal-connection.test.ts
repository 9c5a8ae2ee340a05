/**
 * Secure connections for real: a dev server behind a TLS-terminating proxy and behind an mTLS proxy (certificates
 * from a CA made in the test), reached through the one connection path the worker and CLI use, configured by
 * TEMPORAL_* variables or a TOML profile file. API keys travel as `authorization` metadata and never into messages.
 */
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadEnv } from '../config/env';
import { startRouting } from '../client/routing';
import { CliContext } from '../client/context';
import { runCli } from '../client/cli';
import { connectClient } from '../infra/temporal/connection';
import { TemporalUnreachableError } from '../infra/temporal/probe';
import { SAMPLE_IDS } from '../simulators/genesys/samples';
import { startRouterStack } from './helpers/routerStack';
import { addSampleCopy } from './helpers/samples';
import { startTemporalServer } from './helpers/temporalServer';
import { createTestPki, startHeaderRecorder, startTlsProxy, type TestPki, type TlsProxy } from './helpers/tlsProxy';

let testEnv: TestWorkflowEnvironment;
let pki: TestPki;
let tlsProxy: TlsProxy;
let mtlsProxy: TlsProxy;

beforeAll(async () => {
  testEnv = await startTemporalServer();
  pki = createTestPki();
  tlsProxy = await startTlsProxy(pki, testEnv.address, { requireClientCert: false });
  mtlsProxy = await startTlsProxy(pki, testEnv.address, { requireClientCert: true });
}, 120_000);

afterAll(async () => {
  await tlsProxy?.close();
  await mtlsProxy?.close();
  await testEnv?.teardown();
  if (pki) rmSync(pki.dir, { recursive: true, force: true });
});

/** Routes a fresh copy of a sample with worker and client both connected as `temporal` says. */
async function routeThrough(temporal: Record<string, string>) {
  const stack = await startRouterStack(testEnv, { temporal });
  try {
    const id = addSampleCopy(stack.genesys, SAMPLE_IDS.webMessaging);
    const { handle } = await startRouting(stack.client, { interactionId: id, profile: 'standard' }, stack.taskQueue);
    return await stack.run(() => handle.result());
  } finally {
    await stack.stop();
  }
}

it('completes a routing through a TLS proxy, trusting the test CA', async () => {
  const result = await routeThrough({
    TEMPORAL_ADDRESS: tlsProxy.address,
    TEMPORAL_TLS: 'true',
    TEMPORAL_TLS_SERVER_CA_CERT_PATH: pki.caCert,
  });
  expect(result.finalState).toBe('completed');
}, 120_000);

it('completes a routing through an mTLS proxy with a client certificate', async () => {
  const result = await routeThrough({
    TEMPORAL_ADDRESS: mtlsProxy.address,
    TEMPORAL_TLS_SERVER_CA_CERT_PATH: pki.caCert,
    TEMPORAL_TLS_CLIENT_CERT_PATH: pki.clientCert,
    TEMPORAL_TLS_CLIENT_KEY_PATH: pki.clientKey,
  });
  expect(result.finalState).toBe('completed');
}, 120_000);

it('is refused by the mTLS proxy without a client certificate, naming the address', async () => {
  const refusedBefore = mtlsProxy.refused;
  const env = loadEnv({ TEMPORAL_ADDRESS: mtlsProxy.address, TEMPORAL_TLS_SERVER_CA_CERT_PATH: pki.caCert });
  const err = await connectClient(env).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TemporalUnreachableError);
  expect((err as Error).message).toContain(`cannot reach Temporal at ${mtlsProxy.address}`);
  expect((err as Error).message).toMatch(/\(over TLS\)$/);
  expect(mtlsProxy.refused).toBeGreaterThan(refusedBefore);
}, 60_000);

it('does not trust a server whose CA it was not given', async () => {
  const err = await connectClient(loadEnv({ TEMPORAL_ADDRESS: tlsProxy.address, TEMPORAL_TLS: 'true' })).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TemporalUnreachableError);
}, 60_000);

it('completes a routing configured by a TOML profile file, with variables overriding the file', async () => {
  const file = path.join(pki.dir, 'temporal.toml');
  writeFileSync(
    file,
    [
      '[profile.default]',
      'address = "127.0.0.1:1"',
      '',
      '[profile.secure]',
      'address = "127.0.0.1:1"', // overridden by TEMPORAL_ADDRESS below, as the CLI does
      'namespace = "default"',
      '[profile.secure.tls]',
      `server_ca_cert_path = ${JSON.stringify(pki.caCert)}`,
      `client_cert_path = ${JSON.stringify(pki.clientCert)}`,
      `client_key_path = ${JSON.stringify(pki.clientKey)}`,
      'server_name = "localhost"',
      '',
    ].join('\n'),
  );
  const vars = { TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'secure', TEMPORAL_ADDRESS: mtlsProxy.address };
  expect(loadEnv(vars).temporalProfile.tls?.serverName).toBe('localhost');
  const result = await routeThrough(vars);
  expect(result.finalState).toBe('completed');
}, 120_000);

it('names a profile missing from the file as a configuration error', () => {
  const file = path.join(pki.dir, 'only-default.toml');
  writeFileSync(file, '[profile.default]\naddress = "127.0.0.1:7233"\n');
  expect(() => loadEnv({ TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'prod' })).toThrow(
    /TEMPORAL_PROFILE prod.*Profile 'prod' not found/,
  );
  expect(() => loadEnv({ TEMPORAL_CONFIG_FILE: path.join(pki.dir, 'nope.toml') })).toThrow(
    /TEMPORAL_CONFIG_FILE: no such file/,
  );
});

describe('API key', () => {
  const key = `tk-${randomUUID()}`;

  it('turns TLS on and reaches the server as authorization metadata; a failure never shows it', async () => {
    const recorder = await startHeaderRecorder(pki);
    try {
      const env = loadEnv({
        TEMPORAL_ADDRESS: recorder.address,
        TEMPORAL_API_KEY: key,
        TEMPORAL_TLS_SERVER_CA_CERT_PATH: pki.caCert,
      });
      const err = await connectClient(env).then(
        () => undefined,
        (e: unknown) => e,
      );
      // Only a TLS client can speak to this endpoint at all: the key implied TLS.
      expect(recorder.headers.length).toBeGreaterThan(0);
      expect(recorder.headers[0]!.authorization).toBe(`Bearer ${key}`);
      expect(err).toBeInstanceOf(TemporalUnreachableError);
      expect((err as Error).message).toContain(`cannot reach Temporal at ${recorder.address}`);
      expect((err as Error).message).toMatch(/\(over TLS\)$/);
      expect((err as Error).message).not.toContain(key);

      const lines: string[] = [];
      const ctx = new CliContext(
        { TEMPORAL_ADDRESS: recorder.address, TEMPORAL_API_KEY: key, TEMPORAL_TLS_SERVER_CA_CERT_PATH: pki.caCert },
        (l) => lines.push(l),
        (l) => lines.push(l),
      );
      expect(await runCli(['status', 'abc-123'], ctx)).not.toBe(0);
      expect(lines.join('\n')).toContain(recorder.address);
      expect(lines.join('\n')).not.toContain(key);
    } finally {
      await recorder.close();
    }
  }, 60_000);
});
