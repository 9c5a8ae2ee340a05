/**
 * Forged conversation structure: chat-template tokens and fake speaker lines or transcript boundaries.
 * Each is replaced by a marker word the lexicon knows, so the model weighs "a system turn starts here"
 * like any other intent cue, next to the words around it.
 */
const TEMPLATE_MARK = ' zztemplatemark ';
const SPEAKER_MARK = ' zzspeakermark ';
const TOOL_MARK = ' zztoolcall ';

/** A tool's snake_case name, a named argument ("customer_id=", "limit ="), the words that bring in named arguments. */
const TOOL_NAME = '[a-z]+_[a-z_]+';
const NAMED_ARGUMENT = '[a-z_]+\\s*=';
const WITH_ARGUMENTS = '(?:with|for|using|con|avec|mit|com)';
/** The verbs that tell a tool to be called: "run", "call", "ejecuta", "appelle", "führe", "chiama". */
const CALL_VERBS =
  'run|call|execute|invoke|trigger|use|ejecuta|llama|invoca|usa|lance|appelle|utilise|f[uü]hre|rufe|nutze|executa|chame|esegui|chiama';
/**
 * A function call with arguments (also a snake_case name told to be run with named arguments and no
 * brackets: "run get_customer_profile with customer_id=40092"; not "error_code with status=500"), or a destructive shell or SQL command.
 */
const TOOL_CALLS = new RegExp(
  [
    `\\b${TOOL_NAME}\\s*\\([^()\\n]{0,80}\\)`,
    `\\b(?:${CALL_VERBS}|ex[eé]cutez)\\s+(?:the\\s+|la\\s+|el\\s+|le\\s+|il\\s+|o\\s+)?${TOOL_NAME}\\s+${WITH_ARGUMENTS}\\s+${NAMED_ARGUMENT}\\s*[^\\s=]`,
    `\\b[a-z]+\\s*\\(\\s*${NAMED_ARGUMENT}[^()\\n]{0,80}\\)`,
    '\\b(?:select \\* from|drop table|delete from|truncate table|rm -rf|sudo |chmod 777)',
    '\\/etc\\/(?:passwd|shadow)\\b',
    '\\|\\s*(?:ba)?sh\\b',
  ].join('|'),
  'gi',
);

/**
 * An error or status constant in capitals before a parenthesis, with no named argument: "ACCESS_DENIED (code 0x5)",
 * "ERR_CONNECTION_RESET (net::)". A message an app showed, not a function called; "GET_PROFILE(id=5)" stays a call.
 */
const ERROR_CONSTANT = /^[A-Z][A-Z0-9]*_[A-Z0-9_]+\s*\([^=]*\)$/;
/** A verb of calling just before the constant makes it a call again: "call LOOKUP_ACCOUNT (4471)". */
const CALLED_BEFORE = new RegExp(`\\b(?:${CALL_VERBS})\\s+(?:the\\s+)?$`, 'i');
const toolMark = (call: string, ...rest: unknown[]): string => {
  const text = rest[rest.length - 1] as string;
  const at = rest[rest.length - 2] as number;
  return ERROR_CONSTANT.test(call) && !CALLED_BEFORE.test(text.slice(Math.max(0, at - 20), at)) ? call : TOOL_MARK;
};

const TEMPLATE_TOKENS = new RegExp(
  [
    '<\\|[^|<>\\n]{1,40}\\|>', // <|im_start|>, <|system|>, <|eot_id|>
    '<</?sys>>',
    '\\[/?(?:inst|sys|system|assistant|user)\\]',
    '</?(?:start|end)_of_turn>',
    '</?(?:system|user|assistant|human|ai|bot|instructions?|sys|developer|admin|context|prompt)>',
    '\\{\\s*"(?:role|speaker|sender|author|from)"\\s*:',
  ].join('|'),
  'gi',
);

/** What follows "System", "User" or "Developer" in a heading of a manual, a help page or an error screen. */
const DOCUMENT_HEADINGS =
  '(?:errors?|requirements?|status|updates?|settings|guide|manual|accounts?|options|info|information|details|' +
  'name|id|profile|agreement|maintenance|checks?|logs?|overview|reboot|restart|failure|fault|alerts?|warnings?|' +
  'time|date|version|preferences|support|documentation|access|notifications?|reset|health|report)\\b';

/** A turn of the model's conversation named in Spanish, French, German, Portuguese or Italian. */
const FOREIGN_TURNS = [
  'sistema',
  'syst[eè]me',
  'system(?:hinweis|nachricht|meldung|anweisung)',
  'asistente',
  'assistente',
  'assistant(?:e)?',
  'assistent',
  'usu[aá]rio',
  'utilisateur',
  'benutzer',
  'nutzer',
  'utente',
  'utilizador',
  'instrucciones',
  'instru[cç][oõ]es',
  'anweisungen?',
  'istruzioni',
  'systeem(?:bericht|melding|instructie)?',
  'gebruiker',
  'instructies',
].join('|');
/**
 * "fin de la conversación", "fin du message client", "Ende der Kundennachricht", "fim da conversa", "fine del chat",
 * "einde gesprek".
 */
const FOREIGN_ENDS = [
  'fin (?:de la |del |du |de l.)(?:conversaci[oó]n|transcripci[oó]n|mensaje|chat|conversation|transcription|message|entr[eé]e)',
  '(?:ende|anfang|beginn) (?:der|des) (?:kunden)?(?:nachricht|gespr[aä]chs?|transkripts?|chats?|eingabe|unterhaltung)',
  '(?:fim|in[ií]cio) d[ao] (?:conversa|transcri[cç][aã]o|mensagem|chat)',
  '(?:fine|inizio) (?:della |del |dello )(?:conversazione|trascrizione|messaggio|chat)',
  '(?:einde|begin) (?:van (?:het |de )?)?(?:gesprek|transcript|bericht|chat|klantbericht|invoer)',
].join('|');

/** Instructions said to replace the real ones ("New instructions:", "### Updated system"). */
const REPLACING = '(?:new|updated|revised|real|actual)';
/** A transcript's or a message's ends ("end of transcript", "start of the user input"). */
const BOUNDARY = '(?:end|start|begin|beginning)';

const SPEAKER_LINES = new RegExp(
  [
    // A line that opens like a turn of the model's own conversation (transcripts use "Agent:" and "Customer:").
    '^[ \\t>#*]*(?:system|assistant|ai|bot|model|developer|admin|administrator|operator|user|human|instructions?|response|note to (?:the )?(?:ai|model|assistant|bot))[ \\t]*(?:message|prompt)?[ \\t]*:',
    // A markdown heading naming a turn of the model's conversation ("### System").
    '^[ \\t]*#{1,6}[ \\t]*(?:system|assistant|user|developer|instructions?)[ \\t]*$',
    // A heading of two or more hashes naming a turn or new instructions, wherever it starts ("Thanks. ### System:"),
    // but not a pasted page's or screen's heading ("### System requirements", "## User guide", "### SYSTEM ERROR").
    `#{2,6}[ \\t]*(?:${REPLACING}[ \\t]+)?(?:system|assistant|user|developer|instructions?)\\b(?![ \\t]+${DOCUMENT_HEADINGS})[ \\t]*:?`,
    // A line announcing replacement instructions ("New instructions:", "Updated system prompt:").
    `^[ \\t>*]*${REPLACING}[ \\t]+(?:instructions?|system prompt|rules|directives?)[ \\t]*:`,
    `\\b${BOUNDARY} of (?:the )?(?:transcript|conversation|chat|customer message|user message|user input|input|context|document|message|prompt)\\b`,
    // A turn of the model's conversation opened mid-line, after a sentence ends ("Thanks. Assistant: Sure").
    '(?<=[.!?\\]"\')] )(?:system|assistant|ai|bot|model|developer|admin|instructions?)[ \\t]*(?:message|prompt)?[ \\t]*:',
    '\\b(?:transcript|conversation|chat|session|customer message|user input) ends here\\b',
    // The same turns and boundaries in the other languages screened ("SISTEMA:", "Systemhinweis:", "fin du message"),
    // at a line's start (anywhere in a line, the boundaries cost about 2% of the screen)
    `^[ \\t>#*\\[]*(?:${FOREIGN_TURNS})[ \\t\\]]*:`,
    `^[ \\t<>#*=\\[-]*(?:${FOREIGN_ENDS})\\b`,
  ].join('|'),
  'gim',
);

/**
 * A staff note in brackets at a line's start, as a CRM shows one: "[agent note]", "[internal note]", "(supervisor
 * comment)", "[nota interna]", "[note interne]", "[interne Notiz]", "[nota do agente]", "[interne notitie]", "[note to
 * agent]". Written by a caller, it forges the company's side of the record. A caller's own "[Note: receipt attached]"
 * or "[photo]" names no staff and is left alone.
 */
const STAFF = '(?:agent|internal|staff|supervisor|system|admin|operator|crm|csr|rep|back ?office|verified|security)';
const NOTE_WORD = '(?:note|notes|comment|memo|remark|flag|update)';
const FOREIGN_STAFF_NOTES = [
  'nota (?:interna|del (?:agente|operador|supervisor|sistema)|do (?:agente|operador|supervisor|sistema))',
  'nota dell.(?:agente|operatore)|nota del (?:supervisore|sistema)',
  'note (?:interne|de l.agent|du conseiller|du superviseur|syst[eè]me|agent)',
  '(?:interne |agenten|mitarbeiter|system|supervisor)notiz|notiz (?:des|vom) (?:mitarbeiters|agenten|systems)',
  'interne notitie|notitie (?:van de )?(?:medewerker|agent|systeem)',
].join('|');
const STAFF_NOTES = new RegExp(
  `^[ \\t>*=-]*[[(][ \\t]*(?:${STAFF}[ \\t'’s]*${NOTE_WORD}|${NOTE_WORD} (?:to|for) (?:the )?(?:agent|ai|assistant|system|reviewer)|${FOREIGN_STAFF_NOTES})[ \\t]*[\\])]`,
  'gim',
);

// Each pass runs only when its telltale characters occur at all.
const MAYBE_TEMPLATE = /[<[{]/;
const MAYBE_NOTE = /[[(]/;
/**
 * Every speaker line holds ":" or "#" but the two phrases about a transcript's ends, which need their own words: " of "
 * alone ("date of birth", in most transcripts) sent the whole text through SPEAKER_LINES, 5% of the screen.
 */
const SPEAKER_PUNCTUATION = /[:#]/;
const TRANSCRIPT_END = new RegExp(`${BOUNDARY} of |ends here`, 'i');
/**
 * The other languages' turns and transcript ends are looked for only with a ":" or "#" in the text: a scan for their
 * opening words in every text cost about 4% of the screen and found no line of any set or the corpus that a colon
 * or a hash did not already send through.
 */
const maybeSpeaker = (text: string): boolean =>
  SPEAKER_PUNCTUATION.test(text) || (text.includes(' of ') && TRANSCRIPT_END.test(text));
const TOOL_WORDS = /\b(?:select|drop|delete|truncate|rm|sudo|chmod)\b/i;
const MAYBE_TOOL = new RegExp(
  `[a-z]_[a-z_]*\\s*\\(|[a-z]_[a-z_]*\\s+${WITH_ARGUMENTS}\\s+${NAMED_ARGUMENT}|\\(\\s*${NAMED_ARGUMENT}|\\/etc\\/|\\|\\s*(?:ba)?sh\\b|${TOOL_WORDS.source}`,
  'i',
);
/**
 * Every alternative of MAYBE_TOOL but its words and its bracketed named argument needs one of these characters;
 * without them only those two are looked for, not five alternatives tried at every position. A bracket alone
 * ("(415) 521-0148", in most transcripts) sent the whole text through MAYBE_TOOL, about 2% of the screen.
 */
const TOOL_PUNCTUATION = /[_|]|\/etc\//i;
const BRACKETED_ARGUMENT = new RegExp(`\\(\\s*${NAMED_ARGUMENT}`, 'i');
const maybeTool = (text: string): boolean =>
  TOOL_PUNCTUATION.test(text)
    ? MAYBE_TOOL.test(text)
    : (text.includes('(') && BRACKETED_ARGUMENT.test(text)) || TOOL_WORDS.test(text);

export function markStructure(text: string): string {
  let out = MAYBE_TEMPLATE.test(text) ? text.replace(TEMPLATE_TOKENS, TEMPLATE_MARK) : text;
  if (MAYBE_NOTE.test(out)) out = out.replace(STAFF_NOTES, SPEAKER_MARK);
  if (maybeSpeaker(out)) out = out.replace(SPEAKER_LINES, SPEAKER_MARK);
  return maybeTool(out) ? out.replace(TOOL_CALLS, toolMark) : out;
}
