export { createGenesysTranscriptSource } from './transcriptSource';
export type {
  GenesysTranscriptSource,
  GenesysSourceOptions,
  FetchContext,
  DiscoveryRequest,
  EndedConversation,
  VoiceCheckpoint,
} from './transcriptSource';
export { classifyGenesysError } from './errors';
export { genesysSourceFromEnv } from './fromEnv';
