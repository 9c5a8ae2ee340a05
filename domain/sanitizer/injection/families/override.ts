import { signals } from './types';

const VERB_EN = '(?:ignore|disregard|forget|override|bypass|discard|neglect|set aside|throw out)';
const QUALIFIER_EN =
  '(?:previous|prior|above|earlier|preceding|original|initial|existing|system|developer|safety|former|old|hidden)';
const TARGET_EN =
  '(?:instructions?|rules|directives?|guidelines|prompts?|commands|programming|constraints|guardrails|restrictions|context|directions|training)';

/** "Ignore all previous instructions" and its translations. */
export const OVERRIDE_SIGNALS = signals('instruction_override', [
  [`\\b${VERB_EN}\\b (?:(?:all|any|every|of|the|your|these|those|my|our) ){0,3}${QUALIFIER_EN} (?:[a-z]+ )?${TARGET_EN}\\b`, 0.9],
  [`\\b${VERB_EN}\\b (?:all|any|every|your) (?:of (?:the|your) )?(?:[a-z]+ )?${TARGET_EN}\\b`, 0.85],
  [`\\b(?:do not|don'?t|dont|stop|no longer|never) (?:follow|obey|listen to|adhere to|comply with|respect|following|obeying|listening to) (?:your|the|any|these|those) (?:${QUALIFIER_EN} )?(?:instructions|rules|guidelines|programming|polic(?:y|ies)|guardrails)\\b`, 0.8],
  [`\\b${VERB_EN}\\b (?:everything|all) (?:(?:you were|you've been|you have been|i) (?:told|said|given)|above|before this|so far)`, 0.85],
  ['\\b(?:your|the) new (?:instructions|task|rules|objective|goal|directive|prompt|orders) (?:is|are|:)', 0.7],
  ['\\bnew (?:system )?instructions ?:', 0.7],
  ['\\b(?:system|admin|administrator|developer|root) override\\b', 0.8],
  ['\\b(?:the )?(?:above|previous|prior|earlier) (?:instructions|rules|prompt) (?:are|were|is|was) (?:fake|void|cancell?ed|obsolete|wrong|outdated|revoked|no longer valid)', 0.85],
  ['\\bfrom now on,? (?:ignore|disregard|respond only|answer only|only respond|only answer|always respond|always answer|you (?:will|must|shall) (?:only|always|ignore|obey))', 0.8],
  // Spanish
  ['\\b(?:ignora|ignore|ignoren|olvida|olvide|olviden|omite|omita|descarta|descarte|desestima|desobedece) (?:(?:todas|todos|las|los|tus|sus) ){1,2}(?:(?:instrucciones|reglas|indicaciones|directrices|ordenes|normas|restricciones))', 0.85],
  ['\\b(?:ignora|ignore|olvida|olvide|omite|descarta) (?:(?:todas|las|tus|sus) ){0,2}(?:instrucciones|reglas|indicaciones|directrices|ordenes|normas) (?:anteriores|previas|originales|iniciales|del sistema)', 0.9],
  ['\\b(?:no sigas|deja de seguir|no obedezcas) (?:tus|las) (?:instrucciones|reglas)', 0.8],
  ['\\b(?:ignora|olvida|omite|descarta) todo lo (?:anterior|que te (?:dijeron|han dicho|indicaron))', 0.8],
  ['\\bnuevas instrucciones ?:', 0.7],
  // French
  ['\\b(?:ignore|ignorez|ignores|oublie|oubliez|neglige|negligez) (?:toutes |tous )?(?:les|tes|vos|des) (?:instructions|consignes|regles|directives|ordres) (?:precedentes|anterieures|initiales|ci-dessus|du systeme|systeme|d\'origine)', 0.9],
  ['\\b(?:ignore|ignorez|oublie|oubliez) (?:toutes |tous )(?:les|tes|vos) (?:instructions|consignes|regles|directives)', 0.85],
  ['\\b(?:ignore|ignorez|oublie|oubliez) (?:tes|vos) (?:instructions|consignes|regles|directives)', 0.8],
  ['\\b(?:ne (?:tiens|tenez) pas compte|fais abstraction|faites abstraction) (?:de toutes |des |de tes |de vos )(?:instructions|consignes|regles)', 0.85],
  ['\\b(?:ignore|ignorez|oublie|oubliez) tout ce qu(?:i precede|\'on t\'a dit|e je t\'ai dit)', 0.8],
  ['\\bnouvelles instructions ?:', 0.7],
  // German
  ['\\b(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte|missachten sie|uberspringe) (?:(?:alle|all|deine|ihre|die|der|vorherigen|vorherige|bisherigen|obigen|vorigen|fruheren|ursprunglichen|bisherige|system) ){1,3}(?:anweisungen|instruktionen|regeln|befehle|vorgaben|richtlinien|systemanweisungen)', 0.9],
  ['\\b(?:befolge|folge|befolgen sie) (?:nicht mehr|keine) (?:deine |ihre |den |der )?(?:anweisungen|regeln|vorgaben)', 0.8],
  ['\\b(?:vergiss|ignoriere|vergessen sie) alles(?:,)? (?:was (?:dir|ihnen) (?:gesagt|vorher)|was vorher|bisherige|oben)', 0.8],
  ['\\bneue anweisungen ?:', 0.7],
  // Portuguese
  ['\\b(?:ignore|ignora|ignorem|esqueca|esquece|esquecam|desconsidere|desconsidera|despreze) (?:(?:todas|todos|as|os|suas|tuas|seus) ){1,2}(?:instrucoes|regras|diretrizes|orientacoes|ordens|comandos|restricoes)', 0.85],
  ['\\b(?:ignore|ignora|esqueca|esquece|desconsidere) (?:(?:todas|as|suas) ){0,2}(?:instrucoes|regras|diretrizes|orientacoes|ordens) (?:anteriores|previas|originais|iniciais|do sistema)', 0.9],
  ['\\b(?:nao siga|pare de seguir|nao obedeca) (?:suas|as|tuas) (?:instrucoes|regras)', 0.8],
  ['\\b(?:ignore|esqueca|esquece|desconsidere) tudo (?:o que (?:foi dito|te disseram|lhe disseram)|acima|anterior)', 0.8],
  ['\\bnovas instrucoes ?:', 0.7],
]);
