/**
 * The text indexed for one routed interaction: the sanitized conversation turns followed by the answer, one
 * "role: content" line per turn. System prompts are left out: they are the same for every interaction of a profile
 * and would only pull unrelated interactions together.
 */
export interface ContextTurn {
  role: string;
  content: string;
}

export function buildEmbeddingContext(context: readonly ContextTurn[], answer: string): string {
  const turns = context.filter((turn) => turn.role !== 'system').map((turn) => `${turn.role}: ${turn.content.trim()}`);
  return [...turns, `answer: ${answer.trim()}`].join('\n');
}
