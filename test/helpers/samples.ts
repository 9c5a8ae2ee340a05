import { randomUUID } from 'node:crypto';
import { SAMPLE_CONVERSATIONS } from '../../simulators/genesys/samples';
import type { GenesysSimulator } from '../../simulators/genesys/server';

/** A fresh interaction with the content of a sample, so each test routes its own (workflow ids never collide). */
export function addSampleCopy(genesys: Pick<GenesysSimulator, 'addConversation'>, sampleId: string): string {
  const id = randomUUID();
  genesys.addConversation({ ...SAMPLE_CONVERSATIONS.find((c) => c.id === sampleId)!, id });
  return id;
}
