export { screenText, screenTexts, INJECTION_THRESHOLD, type InjectionVerdict } from './scoring';
export { normalizeForScreening, decodeBase64Spans } from './normalize';
export { INJECTION_FAMILIES, type InjectionFamily } from './families';
