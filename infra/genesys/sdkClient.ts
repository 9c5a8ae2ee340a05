/**
 * An isolated purecloud-platform-client-v2 ApiClient and the five API calls the router makes.
 * Isolated (its own ApiClientClass instance), so no token, environment or gateway leaks through the SDK's
 * process-wide singleton; extended responses on, so Retry-After and inin-correlation-id are readable;
 * the SDK's config file (~/.genesyscloudjavascript/config) is ignored so it cannot redirect or log requests.
 */
import platformClient from 'purecloud-platform-client-v2';
import { ConfigError } from '../../config/errors';
import type { ConversationDetailsQuery } from '../../domain/transcript/discoveryQuery';

/** What an SDK call resolves to (and rejects with, for HTTP errors) when extended responses are on. */
export interface ExtendedResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: unknown;
}

export interface GenesysSdk {
  login(clientId: string, clientSecret: string): Promise<{ accessToken: string; tokenExpiryTime: number }>;
  /** The bearer token the SDK currently sends. */
  currentAccessToken(): string | undefined;
  getConversation(conversationId: string): Promise<ExtendedResponse>;
  getMessageConversation(conversationId: string): Promise<ExtendedResponse>;
  getMessagesBulk(conversationId: string, messageIds: string[]): Promise<ExtendedResponse>;
  getTranscriptUrls(conversationId: string, communicationId: string): Promise<ExtendedResponse>;
  queryConversationDetails(body: ConversationDetailsQuery): Promise<ExtendedResponse>;
}

// The typings describe the singleton only; ApiClientClass and the API constructors are used untyped here
// and wrapped in the typed GenesysSdk facade above.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sdk = platformClient as any;

// Importing the SDK builds its singleton client, which polls ~/.genesyscloudjavascript/config and re-reads it
// a few seconds later (even when the file is absent). We never call through the singleton; stop its watcher
// so a stray config file cannot act on this process and no timer fires after a test has finished.
sdk.ApiClient.config.live_reload_config = false;

/** A region key of PureCloudRegionHosts (eu_west_1) or a host (mypurecloud.ie); checked at start-up. */
export function resolveRegionHost(region: string): string {
  const hosts = sdk.PureCloudRegionHosts as Record<string, string>;
  const trimmed = region.trim();
  if (Object.prototype.hasOwnProperty.call(hosts, trimmed)) return hosts[trimmed];
  if (/^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+\/?$/i.test(trimmed)) return trimmed;
  throw new ConfigError(
    `GENESYS_REGION "${trimmed}" is neither a region key (${Object.keys(hosts).join(', ')}) nor a host such as mypurecloud.ie`,
  );
}

/** GENESYS_GATEWAY_URL -> the SDK's gateway settings; a path on the URL prefixes both login and API paths. */
export function gatewaySettings(gatewayUrl: string) {
  const url = new URL(gatewayUrl);
  const path = url.pathname.replace(/\/+$/, '');
  return {
    host: url.hostname,
    protocol: url.protocol.replace(/:$/, ''),
    port: url.port ? Number(url.port) : undefined,
    path_params_login: path || undefined,
    path_params_api: path || undefined,
  };
}

export function createGenesysSdk(options: { region: string; gatewayUrl?: string; timeoutMs?: number }): GenesysSdk {
  const client = new sdk.ApiClientClass();
  // Stop the config-file watcher and forget the file: a stray config must not change host, gateway or logging.
  client.config.live_reload_config = false;
  client.config.setConfigPath('');
  client.config.refresh_access_token = false;
  client.config.logger.log_level = 'none';
  client.config.logger.log_to_console = false;
  client.config.logger.setLogger();
  // Even at level none the SDK formats two log entries for every response (deep copies of the headers and body
  // through JSON) and hands them to a winston logger; our own logs say what a call did (infra/genesys/call.ts).
  client.config.logger.log = () => undefined;
  client.setEnvironment(resolveRegionHost(options.region));
  client.setGateway(options.gatewayUrl ? gatewaySettings(options.gatewayUrl) : undefined);
  client.setReturnExtendedResponses(true);
  if (options.timeoutMs) client.timeout = options.timeoutMs;

  const conversations = new sdk.ConversationsApi(client);
  const speech = new sdk.SpeechTextAnalyticsApi(client);
  const analytics = new sdk.AnalyticsApi(client);
  return {
    login: (clientId, clientSecret) => client.loginClientCredentialsGrant(clientId, clientSecret),
    currentAccessToken: () => client.authentications['PureCloud OAuth'].accessToken,
    getConversation: (id) => conversations.getConversation(id),
    getMessageConversation: (id) => conversations.getConversationsMessage(id),
    getMessagesBulk: (id, messageIds) => conversations.postConversationsMessageMessagesBulk(id, { body: messageIds }),
    getTranscriptUrls: (id, communicationId) =>
      speech.getSpeechandtextanalyticsConversationCommunicationTranscripturls(id, communicationId),
    queryConversationDetails: (body) => analytics.postAnalyticsConversationsDetailsQuery(body),
  };
}
