export { screenText, screenTexts, injectionScore, type InjectionVerdict } from './scoring';
export { normalizeForScreening } from './normalize';
export { decodeBase64Spans, hiddenLayers, smuggledInTags } from './decode';
export { INJECTION_FAMILIES, type InjectionFamily } from './families';
