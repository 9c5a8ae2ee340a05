import { signals } from './types';

const NO_LIMITS_EN =
  '(?:no|without|free of|free from|not bound by|unbound by|ignoring|zero|beyond)\\b (?:any |all |your )?(?:restrictions|rules|filters|limits|limitations|guidelines|ethics|morals|censorship|safety|guardrails|content polic(?:y|ies)|boundaries)';
const ROGUE = '(?:unrestricted|unfiltered|uncensored|jailbroken|evil|rogue|amoral|unethical|unchained|unlimited)';

/** Persona switches meant to shed the assistant's rules: DAN, "developer mode", "pretend you have no limits". */
export const ROLEPLAY_SIGNALS = signals('roleplay_jailbreak', [
  ['\\bdo anything now\\b', 0.9],
  ['\\b(?:you are|you\'re|youre|act as|pretend to be|become) (?:now )?(?:a |an |the )?dan\\b', 0.9],
  ['\\bjailbr(?:eak|oken)\\b', 0.6],
  [`\\b(?:pretend|imagine|act|behave|roleplay|role-play|play the role|simulate|you are|you're)\\b.{0,60}?\\b${NO_LIMITS_EN}`, 0.85],
  [`\\byou are (?:now |no longer )?(?:a |an )?${ROGUE} (?:ai|assistant|model|bot|chatbot|llm|version|character)`, 0.9],
  [`\\b(?:act|behave|respond|answer|reply|talk) (?:as|like) (?:if you (?:were|are) )?(?:a |an )?${ROGUE}`, 0.85],
  ['\\byou are no longer (?:a |an )?(?:ai|assistant|bound|restricted|limited|chatgpt|claude|a language model|an ai)', 0.85],
  ['\\b(?:you are|you\'re|youre|you) (?:now )?(?:in|entering|switched to|running in) (?:the )?(?:developer|dev|god|admin|sudo|debug|unrestricted|jailbreak|evil|dan|unfiltered|uncensored|maintenance) mode\\b', 0.85],
  ['\\b(?:enable|activate|enter|switch to|turn on|engage) (?:the )?(?:god|jailbreak|evil|dan|unrestricted|unfiltered|uncensored) mode\\b', 0.85],
  [`\\b(?:no|without (?:any )?)(?:ethical|moral) (?:guidelines|constraints|restrictions|limits|boundaries|filters)`, 0.6],
  ['\\bstay in character\\b', 0.5],
  // Weak alone: "from now on you will be my main contact" is ordinary speech.
  ['\\bfrom now on,? you (?:are|will be|shall be|\'re) (?:a |an |my |the )?(?!customer|client)[a-z]+', 0.4],
  ['\\b(?:opposite|evil|shadow|alter) (?:twin|version|mode|personality) (?:of you|called)', 0.6],
  // Spanish
  ['\\b(?:finge|finja|imagina|imagine|actua|actue|haz de cuenta|juega|simula|interpreta|comportate|eres)\\b.{0,60}?\\bsin (?:ninguna |ningun |tus |tipo de )?(?:restriccion(?:es)?|reglas?|filtros?|limites?|censura|etica|limitacion(?:es)?)', 0.85],
  ['\\b(?:a partir de ahora|desde ahora) (?:eres|seras|vas a ser|actuaras como)\\b', 0.4],
  ['\\b(?:activa|entra en|estas en|modo) (?:el )?modo (?:desarrollador|dios|sin restricciones|sin filtros|dan)', 0.85],
  ['\\bmodo (?:desarrollador|dios|sin restricciones|sin filtros) (?:activado|habilitado)', 0.85],
  // French
  ['\\b(?:fais semblant|faites semblant|imagine|imaginez|agis|agissez|joue|jouez|comporte-toi|simule|incarne|tu es)\\b.{0,60}?\\bsans (?:aucune |aucun |tes |vos )?(?:restrictions?|regles?|filtres?|limites?|censure|ethique|limitations?)', 0.85],
  ['\\b(?:a partir de maintenant|desormais|dorenavant),? tu (?:es|seras|vas etre|joues)\\b', 0.4],
  ['\\b(?:active|activez|passe en|passez en|tu es en|entre en) mode (?:developpeur|dieu|sans restrictions?|sans filtres?|dan)', 0.85],
  // German
  ['\\b(?:tu so,? als|tun sie so,? als|stell dir vor|spiele|spiel|verhalte dich|handle|agiere|simuliere|du bist|bist du)\\b.{0,60}?\\bohne (?:jegliche |irgendwelche |alle |deine )?(?:einschrankung(?:en)?|regeln?|filter|grenzen?|zensur|ethik|beschrankung(?:en)?|richtlinien)', 0.85],
  ['\\b(?:ab (?:jetzt|sofort)|von nun an) bist du\\b', 0.4],
  ['\\b(?:aktiviere|aktivieren sie|wechsle in den|du bist im|du bist jetzt im) (?:den )?(?:entwicklermodus|gott-?modus|dan-?modus|modus ohne einschrankungen)', 0.85],
  // Portuguese
  ['\\b(?:finja|finge|imagine|aja|atue|interprete|simule|comporte-se|faca de conta|voce e)\\b.{0,60}?\\bsem (?:nenhuma |nenhum |qualquer |quaisquer |suas )?(?:restricao|restricoes|regras?|filtros?|limites?|censura|etica|limitacao|limitacoes)', 0.85],
  ['\\ba partir de agora,? (?:voce e|voce sera|tu es|voce vai ser)\\b', 0.4],
  ['\\b(?:ative|ativa|entre no|esta no|voce esta no) (?:o )?modo (?:desenvolvedor|deus|sem restricoes|sem filtros|dan)', 0.85],
]);
