import { signals } from './types';

// "original", "full" or "system message" also name everyday things (the bank's original message, the
// system message on screen), so only qualifiers and targets that point at the assistant's own setup count.
const SECRET_QUALIFIER = '(?:system|initial|hidden|secret|internal|developer|confidential|pre-?|underlying)';
const PROMPT_TARGET = '(?:prompt|instructions|directives|programming)';

/**
 * Attempts to read the system prompt out. Mentioning a "system prompt" alone is weak (the IVR has system
 * prompts too); it takes a disclosure verb aimed at the assistant's own instructions.
 */
export const EXFILTRATION_SIGNALS = signals('prompt_exfiltration', [
  [`\\b(?:reveal|print|output|dump|leak|recite|disclose|expose|spell out|write out|regurgitate|paste|copy)\\b.{0,40}?\\b${SECRET_QUALIFIER} ${PROMPT_TARGET}\\b`, 0.9],
  [`\\b(?:show|tell|give|repeat|share|list|send|provide|display|what (?:is|are|were|was)|read)\\b.{0,30}?\\b(?:your|ur|the|its) (?:original |full |complete |exact )?${SECRET_QUALIFIER} ${PROMPT_TARGET}\\b`, 0.85],
  ['\\b(?:show|tell|give|repeat|share|list|send|provide|display|print|reveal|what (?:is|are|were|was))\\b.{0,20}?\\b(?:your|ur) (?:original |hidden |secret |full |exact )?(?:prompt|instructions|directives|programming|system message)\\b(?! (?:for|on|about|to|regarding) )', 0.8],
  ['\\b(?:repeat|print|output|show|write|copy|translate|summarize|return)\\b.{0,25}?\\b(?:everything|all|the text|the words|all the text|every word|the content|the message|the lines)s? (?:above|before|preceding|prior to) (?:this|that|here|my|the first|you were)', 0.85],
  ['\\bstarting with ["\'\u201c]?(?:you are|you\'re|your role)', 0.7],
  ['\\bwhat (?:were|are|have) you (?:been )?(?:told|instructed|programmed|prompted|configured) (?:to|not to|with)', 0.75],
  ['\\bhow (?:were|are) you (?:instructed|programmed|prompted|configured)\\b', 0.6],
  ['\\b(?:system|initial|hidden|secret|pre) ?prompt\\b', 0.3],
  // Spanish
  ['\\b(?:muestra|muestrame|revela|revelame|dime|repite|imprime|escribe|ensename|comparte|copia|cual es|cuales son)\\b.{0,30}?\\b(?:tu|tus|el|las|su|sus) (?:prompt|mensaje|instrucciones|indicaciones|reglas|configuracion) (?:(?:del|de) )?(?:sistema|iniciales|inicial|ocultas|oculto|originales|secretas|secreto|internas)', 0.85],
  ['\\b(?:muestra|muestrame|revela|revelame|dime|repite|imprime|escribe|ensename)\\b.{0,20}?\\b(?:tu|tus) (?:prompt|instrucciones)\\b', 0.75],
  ['\\b(?:prompt|mensaje) (?:del|de) sistema\\b', 0.3],
  // French
  ['\\b(?:montre|montrez|montre-moi|revele|revelez|affiche|affichez|repete|repetez|donne|donnez|dis|dites|ecris|ecrivez|imprime|copie|quel est|quelles sont)\\b.{0,30}?\\b(?:ton|tes|votre|vos|le|les) (?:prompt|message|instructions|consignes|regles|configuration) (?:du )?(?:systeme|initiales?|initial|cachees?|cache|secretes?|secret|internes?|d\'origine|originales?)', 0.85],
  ['\\b(?:montre|montrez|revele|revelez|affiche|affichez|repete|repetez|donne|donnez)\\b.{0,20}?\\b(?:ton|tes|votre|vos) (?:prompt|instructions|consignes)\\b', 0.75],
  ['\\b(?:prompt|message) (?:du )?systeme\\b', 0.3],
  // German
  ['\\b(?:zeig|zeige|zeigen sie|verrate|verraten sie|gib|geben sie|wiederhole|wiederholen sie|nenne|nennen sie|schreib|schreibe|drucke|was (?:ist|sind)|wie (?:lautet|lauten))\\b.{0,40}?\\b(?:system ?prompt|systemnachricht|systemanweisung(?:en)?|anfangsanweisungen|(?:ursprunglichen|geheimen|versteckten|internen|initialen) (?:anweisungen|prompt)|deine anweisungen|ihre anweisungen|deinen prompt|ihren prompt)\\b', 0.85],
  ['\\bsystem ?prompt\\b', 0.3],
  // Portuguese
  ['\\b(?:mostre|mostra|revele|revela|diga|diz|repita|repete|imprima|escreva|compartilhe|copie|qual e|quais sao)\\b.{0,30}?\\b(?:seu|seus|suas|teu|tuas|o|as|a) (?:prompt|mensagem|instrucoes|regras|configuracao|diretrizes) (?:(?:do|de) )?(?:sistema|iniciais|inicial|ocultas|originais|secretas|internas)', 0.85],
  ['\\b(?:mostre|mostra|revele|revela|diga|repita|imprima)\\b.{0,20}?\\b(?:seu|suas|teu|tuas) (?:prompt|instrucoes)\\b', 0.75],
]);
