import { signals } from './types';

/**
 * Attempts to make the assistant act: call tools, run code, move data or money in bulk. An agent telling
 * a customer "run the following command" is ordinary support, so bare verbs are weak; the dangerous
 * payloads and bulk-data targets are what carry weight.
 */
export const TOOL_ABUSE_SIGNALS = signals('tool_abuse', [
  ['\\b(?:tool_calls?|function_call|tool_use|tool_code)\\b', 0.85],
  ['\\bfunctions\\.[a-z_]+\\s*\\(', 0.85],
  ['"name"[ \\t]*:[ \\t]*"[a-z_]+"[ \\t]*,[ \\t]*"(?:arguments|parameters|input)"', 0.85],
  ['\\b(?:call|invoke|execute|run|trigger|use|fire)\\b (?:the |your |a |this )?[a-z_]*(?:refund|payment|transfer|delete|admin|email|database|sql|shell|browser|crm|exec|system|internal)[a-z_]* ?(?:tool|function|plugin|api|endpoint)\\b', 0.6],
  ['\\b(?:execute|run|eval)\\b (?:the |this )?(?:following )?(?:shell |bash |sql |python |system |terminal )?(?:command|code|script|query|payload)s? ?:', 0.45],
  ['\\brm -rf\\b|\\bdrop table\\b|\\bdelete from [a-z_]+|\\btruncate table\\b|\\bchmod 777\\b|/etc/(?:passwd|shadow)\\b|powershell -e(?:nc)?\\b|\\bformat c:', 0.6],
  ['\\b(?:curl|wget)\\b[^\\n]{0,80}\\|\\s*(?:sh|bash)\\b', 0.7],
  ['\\b(?:send|forward|email|upload|post|transfer|export|exfiltrate|leak|copy|dump)\\b.{0,40}?\\b(?:all|every|the entire|the whole|the full)\\b (?:the |of the )?(?:other )?(?:customer|user|client|caller|subscriber|employee)s?\'? ?(?:data|records|database|emails|email addresses|transcripts|history|conversations|details|information|list|credentials|passwords|api keys|tokens|phone numbers|card numbers)\\b', 0.85],
  ['\\b(?:send|forward|email|upload|post|transfer|export|leak|copy|dump|show|list)\\b.{0,60}?\\b(?:data|records|history|conversations|transcripts|details|information|emails|phone numbers|card numbers|addresses) (?:of|from|for) (?:all|every|each|other|the other) ?(?:customers?|users?|clients?|callers?|accounts?)\\b', 0.8],
  ['\\b(?:grant|give|make|assign)\\b (?:me|this user|my account|us|this account) (?:full |permanent )?(?:admin|administrator|root|superuser|elevated|unlimited|god) ?(?:access|privileges|rights|permissions|role|status)?\\b', 0.6],
  ['\\b(?:issue|process|approve|authorize|send)\\b (?:a )?(?:full )?refunds? (?:to|for) (?:all|every|everyone|each)\\b', 0.7],
  ['\\bdelete (?:all|every) ?(?:the )?(?:other )?(?:records|accounts|users|customers|data|tickets|files|logs|entries)\\b', 0.75],
  ['\\b(?:api[_ ]?key|access token|secret key|credentials)\\b.{0,30}?\\b(?:send|post|print|reveal|output|include)\\b|\\b(?:send|post|print|reveal|output|include)\\b.{0,30}?\\b(?:your|the) (?:api[_ ]?keys?|access tokens?|secret keys?|credentials|environment variables|env vars)\\b', 0.75],
  // Spanish
  ['\\b(?:ejecuta|ejecute|corre)\\b (?:el |este |los |estos |la |esta )?(?:siguiente )?(?:comando|codigo|script|consulta|funcion|herramienta)', 0.6],
  ['\\b(?:llama|invoca|usa|utiliza)\\b (?:a )?(?:la|el) (?:funcion|herramienta|api)\\b', 0.6],
  ['\\b(?:envia|manda|reenvia|exporta|copia)\\b.{0,40}?\\btod(?:os|as) (?:los |las )?(?:datos|registros|correos|conversaciones|transcripciones|contrasenas|numeros)\\b.{0,30}?\\b(?:clientes|usuarios)', 0.85],
  // French
  ['\\b(?:execute|executez|lance|lancez)\\b (?:la |cette |le |ce )?(?:commande|code|script|requete|fonction)', 0.6],
  ['\\b(?:appelle|appelez|invoque|invoquez|utilise|utilisez)\\b (?:la |l\'|le )?(?:fonction|outil|api)\\b', 0.6],
  ['\\b(?:envoie|envoyez|transfere|transferez|exporte|exportez|copie)\\b.{0,40}?\\btoute?s? (?:les )?(?:donnees|dossiers|courriels|e-mails|conversations|mots de passe|numeros)\\b.{0,30}?\\b(?:clients|utilisateurs)', 0.85],
  // German
  ['\\b(?:fuhre|fuhren sie)\\b.{0,30}?\\b(?:befehl|code|skript|script|abfrage|funktion)\\b.{0,20}?\\baus\\b', 0.6],
  ['\\b(?:rufe|rufen sie)\\b.{0,30}?\\b(?:funktion|tool|werkzeug|api)\\b.{0,20}?\\bauf\\b', 0.6],
  ['\\b(?:sende|senden sie|schicke|schicken sie|exportiere|exportieren sie|leite|kopiere)\\b.{0,40}?\\balle ?(?:kunden|benutzer|nutzer)?(?:daten|datensatze|e-?mails|gesprache|passworter|kundendaten|telefonnummern)\\b', 0.85],
  // Portuguese
  ['\\b(?:execute|executa|rode|roda)\\b (?:o |este |esse |a |esta )?(?:seguinte )?(?:comando|codigo|script|consulta|funcao)', 0.6],
  ['\\b(?:chame|chama|invoque|use|utilize)\\b (?:a |o )?(?:funcao|ferramenta|api)\\b', 0.6],
  ['\\b(?:envie|envia|mande|exporte|transfira|copie)\\b.{0,40}?\\btod(?:os|as) (?:os |as )?(?:dados|registros|e-?mails|conversas|senhas|numeros)\\b.{0,30}?\\b(?:clientes|usuarios)', 0.85],
]);
