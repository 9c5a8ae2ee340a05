/**
 * Intent vocabulary: words (folded: lower case, accents stripped, leetspeak decoded) grouped by what they
 * say about the request, in EN/ES/FR/DE/PT. The model never sees a class alone as proof; it learns which
 * combinations in one window mean "the caller is talking to the assistant about its own instructions".
 * Lists are broad on purpose: a synonym missing here is a phrasing the screen has to learn from n-grams.
 */
export const INTENT_CLASSES = [
  'you', // the assistant addressed in the second person
  'ai', // the assistant named as a machine
  'instructions', // its instructions, prompt, configuration, rules
  'origin', // earlier, initial, given, above: pointing at what came before the caller
  'secret', // hidden, internal, confidential
  'override', // ignore, forget, drop, bypass
  'reveal', // show, print, paste, quote
  'repeat', // repeat, translate, recite, copy
  'verbatim', // word for word, in full, raw
  'role', // act as, pretend, play, become
  'mode', // mode, modus, modo
  'authority', // supervisor, admin, developer, owner
  'nolimits', // unrestricted, uncensored, no rules
  'other', // another person, someone else, a neighbour
  'data', // account, balance, records, address
  'lookup', // look up, pull up, access, retrieve
  'tool', // function, tool, API, database, command
  'exec', // call, invoke, run, execute, trigger
  'approve', // approve, waive, grant, credit, and the checks they skip (verification)
  'self', // yourself, on your own
  'now', // from now on, no longer, henceforth
  'only', // only, nothing but, whatever, no matter: constraints on every answer
  'respond', // respond, reply, answer, output
  'reader', // reading, processing, summarising (this transcript)
  'template', // chat-template token (set by the structure pass)
  'speaker', // forged speaker line or transcript boundary (set by the structure pass)
  'decode', // decode, base64, rot13, run it
  'bulk', // all, every, entire
  'obey', // obey, follow, comply, in charge
  'mine', // my, mine: the caller's own things ("ignore my last email")
  'device', // router, phone, app, website: modes and prompts of things, not of the assistant
] as const;
export type IntentClass = (typeof INTENT_CLASSES)[number];

const WORDS: Record<IntentClass, string> = {
  you: 'you your yours yourself u ur youre tu te ti tus tuyo usted toi ton ta tes vous votre vos du dich dir dein deine deinen deinem deiner ihr ihre ihnen voce voces teu tua teus tuas',
  ai: 'ai bot bots chatbot assistant model llm gpt summarizer summariser classifier copilot ia asistente modelo modele assistant assistent ki sprachmodell assistente robo robot automated bots ia ki',
  instructions:
    'instructions instruction rules guidance guidelines directions directives prompt prompts setup configuration config settings programming brief briefing orders policy policies preamble instrucciones reglas indicaciones directrices normas configuracion ajustes consignes regles directives parametres reglages anweisungen anweisung regeln vorgaben richtlinien konfiguration einstellungen systemprompt instrucoes regras orientacoes diretrizes configuracao configuracoes instructed programmed prompted told wording systemnachricht systemanweisungen startanweisungen systemvorgaben',
  origin:
    'previous prior earlier above preceding original initial first beginning start given told handed configured provided loaded upstream anterior anteriores previas previos originales iniciales principio inicio dieron dado precedentes precedente initiales initial debut donnees donne fourni vorherigen vorherige bisherigen ursprunglichen ursprungliche anfang gegeben vorher originais iniciais inicio recebeu deram told instructed programmed',
  secret:
    'hidden secret internal confidential private invisible underlying behind oculto oculta ocultas ocultos secreto secreta secretas interno interna cache cachee cachees secrete interne geheim geheime geheimen versteckt versteckte interne secreto secreta ocultas escondido escondida',
  override:
    'ignore ignoring disregard forget override overrule bypass discard skip abandon supersede overwrite neglect ditch ignora ignoren ignores olvida olvidate olvide olviden descarta descarte omite omita ignorez oublie oubliez neglige laisse abandonne ignoriere ignorier ignorieren vergiss vergessen missachte uberschreibe verwirf esqueca esquece esquecam desconsidere desconsidera despreze descarte void invalid revoked obsolete outdated expired superseded anuladas anulada anulado anulados invalidas annulees caduques caduc revoquees aufgehoben ungultig gestrichen nulas revogadas revogado toss trash scrap ditch wipe erase forgetting bypassing disregarding overriding skipping wiping erasing dropping discarding ignored forgotten salta saltate',
  reveal:
    'reveal print show display output dump paste quote leak disclose expose tell list give share send spill muestra muestrame mostrar revela imprime dime ensename escribe escribeme dame montre montrez affiche affichez revele revelez donne donnez ecris imprime zeig zeige zeigen gib verrate drucke schreib nenne mostre mostra revele imprima diga escreva describe see',
  repeat:
    'repeat recite copy echo translate transcribe reproduce restate rewrite repite traduce copia recita reproduce repete repetez traduis traduisez recopie wiederhole ubersetze kopiere repita traduza copie reescreva',
  verbatim:
    'verbatim exactly exact unchanged raw literally wortlich literal literalmente textuellement integralement textualmente unedited full entire',
  role: 'pretend roleplay persona impersonate embody finge finja actua actue incarne semblant verhalte simuliere simule',
  mode: 'mode modo modus unlocked unleashed jailbreak jailbroken jailbreaking sudo godmode devmode diagnostic maintenance debug desbloqueado debloque entsperrt',
  authority:
    'supervisor manager administrator admin developer operator owner root superuser boss ceo director lead engineer jefe gerente administrador desarrollador responsable superviseur administrateur developpeur chef patron vorgesetzter administrator entwickler leiter chef gerente supervisor administrador desenvolvedor moderator',
  nolimits:
    'unrestricted unfiltered uncensored unlimited unbound limitless restrictions restriction limits filters censorship restricciones limites filtros censura restrictions limites filtres censure einschrankungen grenzen filter zensur restricoes limites filtros',
  other:
    'other another others someone somebody someones neighbour neighbor neighbours ex brother sister colleague stranger strangers else otra otro otras otros alguien ajena ajeno vecino vecina hermano hermana autre autres quelqu voisin voisine frere soeur anderen anderer andere fremden fremde nachbar nachbarn bruder schwester outra outro outros alguem vizinho vizinha irmao irma collegue chef kollege kollegen chefs chefe desconhecido desconocido inconnu fremden fremde jefe landlord coworker coworkers boss ex brothers sisters neighbors neighbours their',
  data: 'account accounts balance address addresses records record details history card cards owes orders transactions statements credentials password passwords pin email emails phone numbers data ssn cuenta saldo direccion datos tarjeta contrasena compte solde adresse donnees carte mot konto kontostand adresse daten karte passwort kartendaten conta saldo endereco dados cartao senha birth dob birthday telefone telefono telephone',
  lookup:
    'lookup access retrieve fetch pull open query search find consult busca buscar accede consulta consulte cherche accede schau suche offne abrufen acesse acessa procure consulte busque',
  tool: 'function functions tool tools api endpoint database db sql shell command commands script crm query plugin webhook terminal backend funcion herramienta comando fonction outil requete funktion werkzeug befehl datenbank funcao ferramenta comando banco zztoolcall sql',
  exec: 'call invoke run execute trigger fire eval llama invoca ejecuta ejecute appelle invoque execute lance rufe fuhre starte chame invoque execute rode zztoolcall evaluate',
  approve:
    'approve approved authorize authorise grant waive waived credit refund sign clear unlock unblock escalate mark verified vip confirmed approuve aprueba autoriza concede reembolso valide valider accorde rembourse genehmige erstatte freigeben gutschrift aprove autorize conceda estorno reembolso verification verify identity authentication approval checks check security confirmation validation verificacion identidad verification identite pruefung uberprufung verifizierung identitat verificacao identidade entsperre entsperren freischalten schalte desbloquea desbloqueie debloque',
  self: 'yourself yourselves own mismo misma meme selbst mesmo',
  now: 'henceforth anymore desormais dorenavant',
  only: 'only solely exclusively nothing solo solamente unicamente seulement uniquement nur ausschliesslich apenas somente whatever regardless matter anything everything irrespective whichever cualquier todo importa quoi importe egal alles immer qualquer tudo importa',
  respond:
    'respond reply answer answers output say write type responde contesta responds reponds reponde repondez antworte antworten responda diga',
  reader:
    'reading reads processing processes summarizing summarising summarizes analyzing analysing parsing parses ingesting scanning reviewing lee leyendo procesa procesando lit lisant traite analyse liest verarbeitet analysiert lendo processa processando process summarize summarise classify analyze analyse handle handles review',
  template: 'zztemplatemark',
  speaker: 'zzspeakermark',
  decode:
    'decode decoded decoding base64 b64 rot13 hex hexadecimal encoded cipher decodifica decodifique decode decodez dekodiere entschlussle decodifique',
  bulk: 'all every entire whole each everyone everybodys todos todas cada tous toutes chaque alle jeden jede samtliche todos todas cada',
  obey: 'obey follow comply listen priority charge command commands serve obey obedece sigue cumple obeis obeis obeir obeissez suis gehorche befolge folge gehorchen obedeca siga cumpra',
  mine: 'my mine myself our mi mis mio mia mon ma mes moi mein meine meinen meinem meiner meu minha meus minhas nosso nossa',
  device:
    'router modem phone mobile tv television laptop computer pc tablet printer app website site browser thermostat camera car console watch smartwatch box decoder settopbox ivr menu kiosk terminal wifi network device telefono movil televisor ordenador aplicacion pagina web telephone portable ordinateur tablette imprimante appli handy telefon fernseher drucker webseite celular telefone computador impressora aplicativo',
};

/** Phrases whose words mean little alone ("look up", "word for word", "answer to"). */
const PHRASES: [string, IntentClass][] = [
  ['look up', 'lookup'],
  ['bring up', 'lookup'],
  ['dig up', 'lookup'],
  ['word for word', 'verbatim'],
  ['in full', 'verbatim'],
  ['as is', 'verbatim'],
  ['palabra por palabra', 'verbatim'],
  ['mot pour mot', 'verbatim'],
  ['wort fur wort', 'verbatim'],
  ['palavra por palavra', 'verbatim'],
  ['from now on', 'now'],
  ['from here on', 'now'],
  ['going forward', 'now'],
  ['a partir de ahora', 'now'],
  ['de ahora en adelante', 'now'],
  ['a partir de maintenant', 'now'],
  ['von nun an', 'now'],
  ['ab jetzt', 'now'],
  ['a partir de agora', 'now'],
  ['daqui em diante', 'now'],
  ['no matter', 'only'],
  ['pay no attention', 'override'],
  ['fais abstraction', 'override'],
  ['ne tiens pas compte', 'override'],
  ['nao ligue', 'override'],
  ['set aside', 'override'],
  ['act as', 'role'],
  ['act like', 'role'],
  ['behave like', 'role'],
  ['behave as', 'role'],
  ['play the role', 'role'],
  ['you are now', 'role'],
  ['youre now', 'role'],
  ['you re now', 'role'],
  ['from now on you', 'role'],
  ['actua como', 'role'],
  ['eres ahora', 'role'],
  ['agis comme', 'role'],
  ['joue le role', 'role'],
  ['tu es maintenant', 'role'],
  ['spiel die rolle', 'role'],
  ['du bist jetzt', 'role'],
  ['aja como', 'role'],
  ['voce agora e', 'role'],
  ['agora voce e', 'role'],
  ['ahora eres', 'role'],
  ['starting now', 'now'],
  ['no longer', 'now'],
  ['desde ahora', 'now'],
  ['desormais', 'now'],
  ['ab sofort', 'now'],
  ['de agora em diante', 'now'],
  ['system message', 'instructions'],
  ['mensaje de sistema', 'instructions'],
  ['mensagem de sistema', 'instructions'],
  ['message systeme', 'instructions'],
  ['read me', 'reveal'],
  ['read out', 'reveal'],
  ['speaking as', 'authority'],
  ['admin access', 'authority'],
  ['root access', 'authority'],
  ['answer to', 'obey'],
  ['order you', 'obey'],
  ['command you', 'obey'],
  ['instruct you', 'obey'],
  ['i order', 'obey'],
  ['in charge', 'obey'],
  ['read back', 'repeat'],
  ['spell out', 'reveal'],
  ['write out', 'reveal'],
  ['play the', 'role'],
  ['fais semblant', 'role'],
  ['tu so', 'role'],
  ['faca de conta', 'role'],
  ['haz de cuenta', 'role'],
  ['someone else', 'other'],
  ['somebody else', 'other'],
  ['language model', 'ai'],
  ['system prompt', 'instructions'],
  ['run it', 'decode'],
  ['execute it', 'decode'],
  ['do it', 'decode'],
];

const wordClasses = new Map<string, number>();
for (const [index, name] of INTENT_CLASSES.entries()) {
  for (const word of WORDS[name].split(' ')) wordClasses.set(word, (wordClasses.get(word) ?? 0) | (1 << index));
}
/** Phrases by their first word, each as its words and its class bits. */
const phrasesByStart = new Map<string, { rest: string[]; bits: number }[]>();
for (const [phrase, name] of PHRASES) {
  const [first, ...rest] = phrase.split(' ');
  const list = phrasesByStart.get(first) ?? [];
  list.push({ rest, bits: 1 << INTENT_CLASSES.indexOf(name) });
  phrasesByStart.set(first, list);
}

/** Spanish and Portuguese attach pronouns to verbs ("muestramelo", "copialas"): try the verb without them. */
const CLITIC = /(?:melo|mela|selo|sela|noslo|me|te|lo|la|los|las|le|les|nos|se)$/;

/** German compounds name a mode ("Wartungsmodus", "Adminmodus"). */
const isModeCompound = (word: string): boolean => word.length >= 8 && word.endsWith('modus');

/** Classes of one word, on its own (phrases aside). */
export function wordBits(word: string): number {
  const bits = wordClasses.get(word);
  if (bits !== undefined || word.length < 6) return bits ?? 0;
  if (isModeCompound(word)) return 1 << INTENT_CLASSES.indexOf('mode');
  return wordClasses.get(word.replace(CLITIC, '')) ?? 0;
}

/** Bit set of the classes of the phrases starting at word i; 0 for most words. */
export function phraseBitsAt(words: readonly string[], i: number): number {
  let bits = 0;
  const phrases = phrasesByStart.get(words[i]);
  if (phrases)
    for (const { rest, bits: phraseBits } of phrases) {
      let k = 0;
      while (k < rest.length && i + 1 + k < words.length && words[i + 1 + k] === rest[k]) k++;
      if (k === rest.length) bits |= phraseBits;
    }
  return bits;
}

/** Bit set of the classes a word (or the phrase starting at it) belongs to; 0 for most words. */
export const classesAt = (words: readonly string[], i: number): number => wordBits(words[i]) | phraseBitsAt(words, i);

export const classBit = (name: IntentClass): number => 1 << INTENT_CLASSES.indexOf(name);

// Class sets are 32-bit integers (bit 31 would make them negative).
if (INTENT_CLASSES.length > 31) throw new Error('intent classes must fit in 31 bits');
