import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ENV_DOCS, EnvSchema, loadEnv } from '../config/env';
import { ConfigError } from '../config/errors';
import { loadModelMatrix, parseModelMatrix, resolveProfile } from '../config/modelMatrix';
import { loadPiiRules } from '../config/piiRules';
import { DEFAULT_ACCOUNT_NUMBER_RULES } from '../domain/sanitizer/pii';
import { connectionOptions } from '../infra/temporal/connection';

describe('environment configuration', () => {
  it('applies the documented defaults when nothing is set', () => {
    const env = loadEnv({});
    expect(env.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
    expect(env.TEMPORAL_NAMESPACE).toBe('default');
    expect(env.LLM_GATEWAY_PATH).toBe('/v1/inference');
    expect(env.GENESYS_TRANSCRIPT_WAIT_SECONDS).toBe(900);
  });

  it('names every bad variable and never echoes its value', () => {
    const secretish = 'sk-live-DO-NOT-PRINT';
    let message = '';
    try {
      loadEnv({ LLM_GATEWAY_URL: secretish, CODEC_SERVER_PORT: 'eighty', LOG_LEVEL: 'loud' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toMatch(/LLM_GATEWAY_URL: must be an absolute http\(s\) URL/);
    expect(message).toMatch(/CODEC_SERVER_PORT: must be a positive whole number/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message).not.toContain(secretish);
  });

  it('requires the secret that goes with a configured endpoint', () => {
    expect(() => loadEnv({ GENESYS_CLIENT_ID: 'abc' })).toThrow(/GENESYS_CLIENT_SECRET: required/);
    expect(() => loadEnv({ LLM_GATEWAY_URL: 'https://gw.example' })).toThrow(/LLM_GATEWAY_KEY: required/);
  });

  it('documents every variable it reads', () => {
    expect(Object.keys(ENV_DOCS).sort()).toEqual(Object.keys(EnvSchema.shape).sort());
  });
});

describe('model matrix', () => {
  it('ships the tutorial profiles', () => {
    const matrix = loadModelMatrix();
    expect(resolveProfile(matrix, 'standard')).toMatchObject({
      modelId: 'gpt-4o-mini',
      maxContextWindow: 8192,
      maxTokens: 512,
    });
    expect(resolveProfile(matrix, 'complex')).toMatchObject({
      modelId: 'claude-sonnet-4-5',
      maxContextWindow: 16384,
      tokenizer: 'estimate',
    });
    expect(resolveProfile(matrix, 'toString')).toBeUndefined();
  });

  it('rejects a bad entry naming the profile and field', () => {
    expect(() =>
      parseModelMatrix(
        { standard: { modelId: 'm', temperature: 3, maxContextWindow: 10, maxTokens: 1, systemPrompt: 's' } },
        'x.json',
      ),
    ).toThrow(/standard\.temperature/);
    expect(() => parseModelMatrix({}, 'x.json')).toThrow(/at least one profile/);
  });

  it('reports an unreadable or malformed file with its path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'models-'));
    const file = path.join(dir, 'models.json');
    writeFileSync(file, '{ not json');
    expect(() => loadModelMatrix(file)).toThrow(/not valid JSON/);
    expect(() => loadModelMatrix(path.join(dir, 'missing.json'))).toThrow(/ENOENT/);
  });
});

describe('PII rules (config/pii.json)', () => {
  it('ships the default account-number rules, and a profile may keep the agent first name', () => {
    expect(loadPiiRules().accountNumbers).toEqual(DEFAULT_ACCOUNT_NUMBER_RULES);
    expect(resolveProfile(loadModelMatrix(), 'complex')?.keepAgentFirstName).toBe(true);
  });

  it('reports a missing named file, malformed JSON and an unknown key with the path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pii-'));
    const file = path.join(dir, 'pii.json');
    expect(() => loadPiiRules(file)).toThrow(/pii\.json cannot be read: ENOENT/);
    writeFileSync(file, '{ nope');
    expect(() => loadPiiRules(file)).toThrow(ConfigError);
    writeFileSync(file, JSON.stringify({ accountNumber: {} }));
    expect(() => loadPiiRules(file)).toThrow(/pii\.json are invalid/);
    writeFileSync(file, JSON.stringify({ accountNumbers: { cues: ['badge'], shapes: ['BX-\\d{5}'] } }));
    expect(loadPiiRules(file).accountNumbers.cues).toEqual(['badge']);
  });
});

describe('production variables', () => {
  it('applies the documented worker defaults and leaves metrics, health and versioning off', () => {
    const env = loadEnv({});
    expect(env.WORKER_MAX_CONCURRENT_ACTIVITIES).toBe(100);
    expect(env.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS).toBe(40);
    expect(env.WORKER_SHUTDOWN_GRACE_SECONDS).toBe(30);
    expect(env.PROMETHEUS_BIND_ADDRESS).toBeUndefined();
    expect(env.HEALTH_BIND_ADDRESS).toBeUndefined();
    expect(env.WORKER_DEPLOYMENT_NAME).toBeUndefined();
  });

  it('names a bind address that is not host:port, and a half-configured client certificate', () => {
    expect(() => loadEnv({ PROMETHEUS_BIND_ADDRESS: '9464' })).toThrow(/PROMETHEUS_BIND_ADDRESS: must be host:port/);
    expect(() => loadEnv({ HEALTH_BIND_ADDRESS: 'http://0.0.0.0:8080' })).toThrow(
      /HEALTH_BIND_ADDRESS: must be host:port/,
    );
    expect(loadEnv({ HEALTH_BIND_ADDRESS: '[::1]:0' }).HEALTH_BIND_ADDRESS).toBe('[::1]:0');
    expect(() => loadEnv({ TEMPORAL_TLS_CLIENT_CERT_PATH: '/x.pem' })).toThrow(/set both or neither/);
    expect(() => loadEnv({ TEMPORAL_TLS: 'yes' })).toThrow(/TEMPORAL_TLS/);
  });

  it('resolves Temporal like the CLI: variables over the profile file over defaults; an API key implies TLS', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'profile-'));
    const file = path.join(dir, 'temporal.toml');
    writeFileSync(
      file,
      '[profile.default]\naddress = "file-host:7233"\nnamespace = "from-file"\napi_key = "file-key"\n',
    );
    const fromFile = loadEnv({ TEMPORAL_CONFIG_FILE: file });
    expect([fromFile.TEMPORAL_ADDRESS, fromFile.TEMPORAL_NAMESPACE]).toEqual(['file-host:7233', 'from-file']);
    const overridden = loadEnv({
      TEMPORAL_CONFIG_FILE: file,
      TEMPORAL_ADDRESS: 'env-host:7233',
      TEMPORAL_API_KEY: 'env-key',
    });
    expect(overridden.TEMPORAL_ADDRESS).toBe('env-host:7233');
    expect(overridden.TEMPORAL_NAMESPACE).toBe('from-file');
    expect(overridden.temporalProfile.apiKey).toBe('env-key');
    expect(connectionOptions(overridden).tls).toBe(true);
    expect(connectionOptions(loadEnv({ TEMPORAL_CONFIG_FILE: file, TEMPORAL_TLS: 'false' })).tls).toBe(false);
    expect(connectionOptions(loadEnv({})).tls).toBeUndefined();
  });
});
