/**
 * Text Temporal shows in its Web UI before anyone opens the codec server: the workflow's static summary, activity
 * summaries and current details. The payload codec leaves a payload in clear only when it is a bare JSON string that
 * starts with this prefix, so such text must hold stage names, step names and ids only (no PII, no reasons).
 */
export const PUBLIC_TEXT_PREFIX = 'routing · ';

export const publicText = (text: string): string => `${PUBLIC_TEXT_PREFIX}${text}`;
