/**
 * Intent vocabulary: words (folded: lower case, accents stripped, leetspeak decoded) grouped by what they
 * say about the request, in EN/ES/FR/DE/PT. The model never sees a class alone as proof; it learns which
 * combinations in one window mean "the caller is talking to the assistant about its own instructions".
 * Lists are broad on purpose: a synonym missing here is a phrasing the screen has to learn from n-grams.
 */

import { PERSONA_DETERMINERS } from './functionWords';
import { NEUTRAL_ANYWHERE, NEUTRAL_PHRASES } from './neutralPhrases';

export const INTENT_CLASSES = [
  'you', // the assistant addressed in the second person
  'ai', // the assistant named as a machine: AI, bot, model, system, "automated reviewer"
  'instructions', // its instructions, prompt, configuration, rules, and "what they told you"
  'origin', // earlier, initial, given, at the start: pointing at what came before the caller
  'secret', // hidden, internal, confidential, unseen
  'override', // ignore, forget, drop, bypass, no longer apply
  'reveal', // show, print, paste, quote, spell out
  'repeat', // repeat, translate, recite, copy, and the languages text is translated into
  'verbatim', // word for word, in full, raw
  'role', // act as, pretend, play, become, you are now
  'mode', // mode, modus, modo
  'authority', // supervisor, admin, developer, owner, engineering
  'nolimits', // unrestricted, uncensored, no rules
  'other', // another person, someone else, a neighbour, the previous caller
  'data', // account, balance, records, address
  'lookup', // look up, pull up, access, retrieve
  'tool', // function, tool, API, database, command
  'exec', // call, invoke, run, execute, trigger; decode, base64, run it
  'approve', // approve, waive, grant, credit, refund, transfer, mark
  'verify', // verification, identity, security questions: the checks an attack skips
  'without', // without, no need to, sin, sans, ohne, sem
  'self', // yourself, on your own
  'now', // from now on, no longer, henceforth
  'only', // only, nothing but, whatever, no matter: constraints on every answer
  'respond', // respond, reply, answer, output, classify, flag, record
  'reader', // reading, processing, summarising (this transcript)
  'forged', // chat-template token, forged speaker line or transcript boundary (set by the structure pass)
  'bulk', // all, every, entire
  'obey', // obey, follow, comply, take orders from me
  'mine', // my, mine: the caller's own things ("ignore my last email")
  'thing', // router, phone, app, invoice, email: modes, prompts and messages of things, not of the assistant
] as const;
export type IntentClass = (typeof INTENT_CLASSES)[number];

export const classBit = (name: IntentClass): number => 1 << INTENT_CLASSES.indexOf(name);
/** The bit mask of several classes. */
export const classMask = (...names: IntentClass[]): number => names.reduce((bits, name) => bits | classBit(name), 0);
/**
 * Classes that ask the assistant to do something (read, show, change, run, approve, answer, skip a check) or that
 * speak to its setup: a turn with none of them only tells. The readings of customer talk add their own to these.
 */
export const ASKING_CLASSES = classMask(
  ...(['lookup', 'reveal', 'repeat', 'verbatim', 'exec', 'approve', 'respond', 'override', 'tool', 'verify'] as const),
  ...(['without', 'bulk', 'obey', 'role', 'mode', 'authority', 'self', 'nolimits', 'instructions', 'secret'] as const),
);

const WORDS: Record<IntentClass, string> = {
  you: 'tuo tua tuoi tue jij jouw jullie you your yours yourself u ur youre youve youll youd tu te ti tus tuyo usted toi ton ta tes vous votre vos du dich dir dein deine deinen deinem deiner ihr ihre ihnen voce voces teu teus tuas hai',
  ai: 'modello systeem taalmodel agentic genai openai anthropic gemini claude llama mistral ai ais bot bots chatbot chatbots assistant assistants model models llm llms gpt chatgpt summarizer summariser classifier copilot transcriber automated automation algorithm machine system ia asistente modelo modele assistente assistent ki sprachmodell robo robot maquina maschine sistema systeme',
  instructions:
    'indicazioni opgedragen direction briefed procedure procedures istruzioni regole impostazioni istruzione instructies regels richtlijnen programacion programmation programmierung programacao persona personality guardrail safeguard filter moderation ruleset rulebook constitution instructions instruction rules guidance guidelines directions directives prompt prompts setup configuration config settings programming brief briefing orders policy policies preamble guardrails constraints safeguards protocol protocols boundaries limitations parameters script scripts playbook mandate memo context wording notes training instrucciones reglas indicaciones directrices normas configuracion ajustes guion contexto protocolo consignes regles parametres reglages contexte protocole ordres anweisungen anweisung regeln vorgaben richtlinien konfiguration einstellungen systemprompt kontext protokoll leitlinien befehle instruktionen instrucoes regras orientacoes diretrizes configuracao configuracoes roteiro ordens instructed programmed prompted told systemnachricht systemanweisungen startanweisungen systemvorgaben politicas politiques politiken politiche systeemprompt systeeminstructies warned',
  origin:
    'opgedragen kreeg ricevute ricevuto iniziali precedenti eerdere vorige oorspronkelijke gekregen previous prior earlier above preceding original initial first beginning start given told handed configured provided loaded upstream got received gave fed supplied preloaded upfront opening top before session anterior anteriores previas previos originales iniciales principio inicio dieron dado antes recibiste pusieron precedentes precedente initiales debut donnees donne fourni recu avant vorherigen vorherige bisherigen ursprunglichen ursprungliche anfang gegeben vorher zuvor erhalten gesagt beginn vorhin originais iniciais recebeu deram disseram comeco instructed programmed starting startup dessus oben acima arriba sopra boven iniziale escribieron escreveram eingerichtet aufgetragen configuraron configuraram recebeste warned',
  secret:
    'cacher nascondere esconder ocultar verstecken verbergen nascosto nascosta nascoste nascosti segreto segreta segrete internas internos internes internen hiding hide hides withholding concealing hidden secret internal confidential private invisible underlying behind unseen concealed undisclosed classified backstage oculto oculta ocultas ocultos secreto secreta secretas interno interna escondido escondida escondidas cache cachee cachees secrete secretes interne invisibles geheim geheime geheimen versteckt versteckte verborgen verborgenen unsichtbar unsichtbaren sigilosas sigiloso',
  override:
    'skipped dimentica dimenticate ignorate negeer negeren vergeet replace replaced replaces supersedes fake bogus scratch cancelled canceled cancel anula anule anular anulen anulada canceladas cancelados apaga apague borra efface effacez ecarte ecartez losche loesche uberspringe uberspring verwirf unlearn unfollow defy disobey violate ignorar olvidar esquecer oublier vergessen desobedecer desobeis ignore ignoring disregard forget override overrule bypass discard skip abandon supersede overwrite neglect ditch dismiss circumvent evade suspend disable deactivate ignora ignoren ignores olvida olvidate olvide olviden descarta descarte omite omita desobedece ignorez oublie oubliez neglige laisse abandonne contourne ignoriere ignorier ignorieren vergiss missachte uberschreibe umgehe esqueca esquece esquecam desconsidere desconsidera despreze void invalid revoked obsolete outdated expired superseded anuladas anulado anulados invalidas annulees caduques caduc revoquees aufgehoben ungultig gestrichen nulas revogadas revogado toss trash scrap wipe erase forgetting bypassing disregarding overriding skipping wiping erasing dropping discarding ignored forgotten salta saltate nevermind drop dropped lift lifted stale withdrawn rescinded rescind retired pule pular salte saltar sauter saute ignorer uberspringen streiche scrapped annulla annullate annule annulez contourner contournez contornar contorna contorne aggirare aggira aggiri eludir elude eluda entfallt entfallen',
  reveal:
    'stuur sturen vertel vertellen esporta esportare esportami exporta exportar exporte exporter exportez exportiere exportieren exporteer exporteren geef erzahl erzahle erzahlen racconta raccontami raconte racontez contame export exporting download mostrami rivela rivelami stampa dimmi scrivi toon liste listez exiba exibir exibe auflisten pasame envia enviame manda mandame passe envoie envoyez schick schicke sende envie dimelo zitier zitiere cite citez cita citar whisper recite spit leak leaked exfiltrate reprint reveal print show display output dump paste quote disclose expose tell list give share send spill divulge enumerate recount muestra muestrame mostrar revela imprime dime ensename ensena escribe escribeme dame pega cuentame montre montrez affiche affichez revele revelez donne donnez ecris dis colle zeig zeige zeigen gib verrate drucke schreib nenne mostre mostra imprima diga escreva cole describe see attach forward sag sage sagen nenn verrat',
  repeat:
    'repetir repeter wiederholen herhalen copiar copiame copiarme copiamelo copier copiez kopieren copiare copiami copiarmi ripeti ripetere traduci herhaal vertaal italiano olandese nederlands repeat recite copy echo translate transcribe reproduce restate rewrite rephrase reword paraphrase render convert repite traduce traducir traduzca copia recita repete repetez traduis traduisez traduire recopie wiederhole ubersetze ubersetzen kopiere repita traduza traduzir traduz copie reescreva english french german spanish portuguese italian dutch japanese chinese russian klingon ingles frances aleman espanol portugues anglais allemand espagnol portugais englisch franzosisch deutsch spanisch portugiesisch alemao espanhol kopier kopieer polish korean arabic hindi swedish latin',
  verbatim:
    'letteralmente letterlijk volledig verbatim exactly exact unchanged raw literally wortlich wortwortlich literal literalmente textuellement integralement textualmente unedited full entire precisely completely fully vollstandig unverandert komplett ungekurzt integral integro completo completa intacto intacta inchange inalterado',
  role: 'interpreti fingi spiel spiele interprete interpreta conviertete conviertase deviens devenez werde torne tornese roleplayed alter ego pretend pretending roleplay roleplaying persona impersonate embody imagine simulate simulating emulate emulating become character portray game finge finges finja actua actue imagina incarne semblant verhalte simuliere stell simule vire',
  mode: 'modalita manutencao mantenimiento wartung diagnostico diagnose depuracion depuracao mode modo modus unlocked unleashed jailbreak jailbroken jailbreaking sudo godmode devmode diagnostic diagnostics maintenance debug desbloqueado debloque entsperrt',
  authority:
    'teamleader teamleider teamleiter leidinggevende sviluppatori amministratori ontwikkelaars beheerders amministratore sviluppatore beheerder ontwikkelaar insider staff employee employees internal headquarters hq supervisor manager administrator admin developer developers operator operators owner root superuser boss ceo director lead engineer engineers engineering creator creators maker makers vendor officer executive jefe gerente administrador desarrollador responsable encargado superviseur administrateur developpeur chef patron vorgesetzter entwickler leiter betreiber techniker desenvolvedor responsavel chefe moderator teamleitung geschaftsleitung abteilungsleitung',
  nolimits:
    'filtri restrizioni limiti vincoli illimitato illimitata unrestricted unfiltered uncensored unlimited unbound limitless unconstrained unmoderated restrictions restriction limits filters censorship restricciones limites filtros censura filtres censure einschrankungen grenzen filter zensur restricoes restriccion restricao restrizione einschrankung',
  other:
    'zus broer clienti klanten utenti gebruikers tia tio tias tios primos sobrinho sobrinha sobrino sobrina oncle neveu onkel cousine neffe nichte zia zio cugino cugina nipote stepfather stepmother stepson stepdaughter stepbrother stepsister exnovia exnovio expareja exnamorada exnamorado excopine excopain exfreundin exfreund altro altra altri altre qualcuno vicino vicina fratello sorella collega amico amica sconosciuto iemand buurman buurvrouw usuarios utilisateurs nutzer benutzer flatmate roommate housemate friend friends guy person persons tenant tenants lodger stepdad stepmom cousin uncle aunt nephew niece companero colocataire mitbewohner mitbewohnerin colega amigo amiga ami amie freund freundin other another others someone somebody someones neighbour neighbor neighbours ex brother sister colleague stranger strangers else whose whoever customers callers subscribers clients users members holders otra otro otras otros alguien ajena ajeno vecino vecina hermano hermana clientes autre autres quelqu voisin voisine frere soeur anderen anderer andere fremden fremde nachbar nachbarn bruder schwester kunden outra outro outros alguem vizinho vizinha irmao irma collegue kollege kollegen chefs chefe desconhecido desconocido inconnu jefe landlord coworker coworkers boss brothers sisters neighbors nachbarin schwager schwagerin cunado cunada cunhado cunhada socio socia associe associee geschaftspartner exmujer exmarido exfrau exmann exmari pessoa pessoas cognata cognato cognati cognate schoonzus schoonzuster zwager schoonbroer bellesoeur beaufrere',
  data: 'pincode pincodes bankverbindung table csv spreadsheet conto dati indirizzo rekening gegevens adres wachtwoord transcripts recordings direcciones correos adresses adressen enderecos mails cartoes tarjetas cartes karten credentials login logins username usernames ssn passport license licence account accounts balance address addresses records record details history card cards owes owe owed orders transactions statements password passwords pin email emails phone numbers data payments payment charges location contact contacts info information profile file files purchases iban salary cuenta saldo direccion datos tarjeta contrasena pagos deuda informacion perfil compte solde adresse donnees carte mot paiements dette informations profil coordonnees konto kontostand daten karte passwort kartendaten zahlungen schulden informationen anschrift telefonnummer conta endereco dados cartao senha pagamentos divida informacoes birth dob birthday telefone telefono telephone number numero numeros numeri nummers names nombres noms nomes nomi pedidos commandes bestellungen ordini bestellingen encomendas mailadres emailadres cellulare movimenti movimientos mouvements movimentos umsatze abonnement abbonamento suscripcion',
  lookup:
    'cercare trovare ricerca cerca cercami trova trovami recupera lookup access retrieve fetch pull open query search find consult locate grab trace busca buscar accede consulta consulte localiza revisa cherche trouve regarde schau suche offne abrufen finde nachschauen acesse acessa procure busque localize acceso acesso accesso acces zugriff cerchi opzoeken opzoekt zoek zoeken opvragen bekijk bekijken raadpleeg raadplegen',
  tool: 'strumento strumenti action actions function functions tool tools api apis endpoint database db sql shell command commands crm query plugin webhook backend integration funcion herramienta comando fonction outil requete funktion werkzeug befehl datenbank funcao ferramenta zztoolcall',
  exec: 'call invoke run execute trigger fire eval use llama invoca ejecuta ejecute appelle invoque lance rufe fuhre starte chame rode zztoolcall evaluate decode decoded decoding base64 b64 rot13 hex hexadecimal encoded cipher decodifica decodifique decodez dekodiere entschlussle utilise utilisez nutze benutze verwende utilizza utiliza',
  approve:
    'delete purge supprime supprimez supprimer elimina elimine eliminar borrar cancella cancellare elimini loschen entferne entfernen exclua excluir apagar aprobar aprovar approuver approvare genehmigen autorizar autoriser autorizzare reembolsar rembourser rimborsare erstatten cleared sblocca sbloccami rimborsa approva authorization authorisation clear comp comped payout writeoff approve approved authorize authorise authorizing grant waive waived credit refund sign unlock unblock mark verified vip confirmed wire release reverse reimburse forgive approuve aprueba autoriza concede reembolso transfiere devuelve condona valide valider accorde rembourse transfere vire genehmige erstatte freigeben gutschrift uberweise storniere aprove autorize conceda estorno reembolse estorne transfira entsperre entsperren freischalten desbloquea desbloqueie debloque apply push buche buchen tramita tramite marca marque marcar marquer marquez markiere markieren markier segna segnare contrassegna kennzeichne kennzeichnen valida validar convalida convalidare verificada verificado verifie verifiee verifiziert verificato verificata validado validada validee validiert convalidato convalidata aprobado aprobada approuvee genehmigt aprovado aprovada approvato approvata confirmado confirmada confirmee bestatigt confermato confermata autorizzato autorizzata autorizado autorizada autorise autorisee rimborso erteilen erteile',
  verify:
    'verifiques verifique verifiquen compruebes compruebe comprueben chequees verifiquem confiras confira verificare controllare controleren controleer verifieren uberprufe uberprufen prufe kontrolliere verifiez approval approvals verifiche verifica controlli identita verificatie kontrolle kontrollen controle controles control verificacoes verification verify verifying verified identity authentication authenticate security checks confirmation validation kyc otp 2fa verificacion identidad verificar seguridad identite securite verifier pruefung prufung uberprufung verifizierung identitat sicherheitsfragen sicherheit verificacao identidade seguranca comprobar comprobacion comprobaciones controllo prufen pruefen verificada verificado verifie verifiee verifiziert verificato verificata sicherheitsabfrage sicherheitsabfragen',
  without: 'senza zonder without sin sans ohne sem',
  self: 'yourself yourselves own mismo misma meme selbst mesmo',
  now: 'permanently forever henceforth anymore onwards hereafter desormais dorenavant voortaan',
  only: 'soltanto alleen only solely exclusively nothing solo solamente unicamente seulement uniquement nur ausschliesslich apenas somente whatever regardless matter anything everything irrespective whichever cualquier todo importa quoi importe egal alles immer qualquer tudo',
  respond:
    'score summary respond reply answer answers output say write type classify flag tag responde contesta responds reponds reponde repondez antworte antworten responda diga rate rating resumen resumo zusammenfassung mention mencione menciones mentionne erwahne rispondi rispondimi risponda rispondere',
  reader:
    'routes routing handling reading reads processing processes summarizing summarising summarizes analyzing analysing parsing parses ingesting scanning reviewing reviewer reviewers monitoring transcribing screening evaluating grading auditing lee leyendo lea procesa procesando resumiendo analizando lit lisant lis traite analyse resumant analysant liest lies verarbeitet analysiert auswertet lendo leia processa processando resumindo analisando process summarize summarise analyze review resuma zusammenfasst resumir procese elabori elabora elaborando legga riassuma riassume legge leggendo leggi',
  forged: 'zztemplatemark zzspeakermark',
  bulk: 'aller allen all every entire whole each everyone everybodys todos todas cada tous toutes chaque alle jeden jede samtliche tutti tutte ogni',
  obey: 'obey obedient obedeces obedezcas follow comply priority command commands serve obedece sigue cumple obeis obeir obeissez suis gehorche befolge folge gehorchen obedeca siga cumpra seguire obbedisci obbedire luister volg gehoorzaam segui',
  mine: 'mio mia miei mie mijn my mine myself our mi mis mon ma mes moi mein meine meinen meinem meiner meu minha meus minhas nosso nossa notre nos unser unsere unseren unserem nuestro nuestra nuestros nuestras',
  thing:
    'screen screens pantalla pantallas ecran ecrans ecra tela schermo scherm bildschirm paquete paquet colis paket pacote encomenda pacco pakket pakje manuale handleiding handbuch heating heater boiler eco aircon fridge freezer dishwasher washer dryer oven alarm lights lamp meter sim headset earbuds controller keyboard tele televisao television speaker speakers portal roteador enrutador routeur modem decodificador decodeur fatura boleto router phone mobile tv laptop computer pc tablet printer app website site browser thermostat camera car console watch smartwatch box decoder settopbox ivr menu kiosk terminal wifi network device invoice invoices bill bills statement receipt letter voicemail parcel package delivery telefono movil televisor ordenador aplicacion pagina web factura recibo telephone portable ordinateur tablette imprimante appli facture handy telefon fernseher drucker webseite rechnung celular telefone computador impressora aplicativo contract contracts agreement agreements document documents form forms certificate leaflet brochure booklet manual vertrag dokument formular contrato documento formulario contrat formulaire order gerat gerate appareil apparaat dispositivo dispositif aparato flugmodus nachtmodus dunkelmodus vliegtuigmodus donkeremodus lieferanweisungen lieferanweisung zustellanweisungen bezorginstructies leveringsinstructies correspondence correspondencia correspondance korrespondenz corrispondenza correspondentie',
};

/** Phrases whose words mean little alone ("look up", "word for word", "they told you"). */
const PHRASES: [string, IntentClass][] = [
  ['look up', 'lookup'],
  ['bring up', 'lookup'],
  ['dig up', 'lookup'],
  ['pull up', 'lookup'],
  ['word for word', 'verbatim'],
  ['word by word', 'verbatim'],
  ['line by line', 'verbatim'],
  ['every word', 'verbatim'],
  ['to the letter', 'verbatim'],
  ['in full', 'verbatim'],
  ['as is', 'verbatim'],
  ['as written', 'verbatim'],
  ['palabra por palabra', 'verbatim'],
  ['al pie de la letra', 'verbatim'],
  ['tal cual', 'verbatim'],
  ['mot pour mot', 'verbatim'],
  ['mot a mot', 'verbatim'],
  ['tel quel', 'verbatim'],
  ['wort fur wort', 'verbatim'],
  ['palavra por palavra', 'verbatim'],
  // Shaping what every later message says: "finish each reply with", "start your answer with", "the ticket says"
  ...['finish', 'end', 'start', 'begin', 'close', 'conclude', 'open', 'sign off', 'keep'].flatMap((verb) =>
    ['the', 'your', 'every', 'each', 'all'].flatMap((det) =>
      ['message', 'messages', 'reply', 'replies', 'answer', 'answers', 'response', 'responses'].map(
        (object): [string, IntentClass] => [`${verb} ${det} ${object}`, 'respond'],
      ),
    ),
  ),
  ...['ticket', 'notes', 'note', 'report', 'summary', 'record', 'log', 'write up', 'case notes', 'call notes'].flatMap(
    (record) =>
      ['says', 'say', 'reads', 'read', 'shows', 'show', 'to say', 'to read', 'to claim', 'to show', 'to state'].map(
        (verb): [string, IntentClass] => [`the ${record} ${verb}`, 'respond'],
      ),
  ),
  ['whatever i ask', 'only'],
  ['whatever i say', 'only'],
  // Keeping things from the people who read the result: "leave it out of the summary", "the human need not know"
  ...['summary', 'record', 'report', 'notes', 'ticket', 'log', 'transcript'].map((record): [string, IntentClass] => [
    `out of the ${record}`,
    'respond',
  ]),
  ['does not need to know', 'secret'],
  ['doesn t need to know', 'secret'],
  ['need not know', 'secret'],
  ['no need to tell', 'secret'],
  // Closing or settling on the caller's word: "close the ticket", "mark it resolved"
  ...['close', 'closes', 'set', 'settle'].flatMap((verb) =>
    ['ticket', 'case', 'dispute', 'complaint', 'claim'].map((object): [string, IntentClass] => [
      `${verb} the ${object}`,
      'approve',
    ]),
  ),
  // Orders drawn from a claimed standing: "I am the operator, so you must ...", "therefore you will ..."
  ...['so', 'therefore', 'hence', 'thus', 'such', 'means'].flatMap((connective) =>
    ['you must', 'you will', 'you have to', 'you need to', 'you shall'].map((order): [string, IntentClass] => [
      `${connective} ${order}`,
      'obey',
    ]),
  ),
  ...['security', 'fraud', 'compliance', 'it', 'risk', 'legal', 'trust and safety'].map(
    (team): [string, IntentClass] => [`the ${team} team`, 'authority'],
  ),
  ['listen to me', 'obey'],
  ['listen only to me', 'obey'],
  // Heeding the caller, in Spanish ("solo me haces caso a mí", "hazme caso solo a mí")
  ...['me haces caso', 'hazme caso', 'hacerme caso', 'me hagas caso', 'me hace caso', 'hagame caso'].map(
    (phrase): [string, IntentClass] => [phrase, 'obey'],
  ),
  ['head office', 'authority'],
  ...['fraud', 'security', 'compliance'].map((team): [string, IntentClass] => [`${team} department`, 'authority']),
  ['from now on', 'now'],
  ['from here on', 'now'],
  ['from this point', 'now'],
  ['from this moment', 'now'],
  ['going forward', 'now'],
  ['starting now', 'now'],
  ['no longer', 'now'],
  ['no more', 'now'],
  ['a partir de ahora', 'now'],
  ['de ahora en adelante', 'now'],
  ['desde ahora', 'now'],
  ['ya no', 'now'],
  ['a partir de maintenant', 'now'],
  ['des maintenant', 'now'],
  ['von nun an', 'now'],
  ['ab jetzt', 'now'],
  ['ab sofort', 'now'],
  ['nicht mehr', 'now'],
  ['a partir de agora', 'now'],
  ['de agora em diante', 'now'],
  ['daqui em diante', 'now'],
  ['no matter', 'only'],
  ['nothing but', 'only'],
  ['pay no attention', 'override'],
  ['set aside', 'override'],
  ['put aside', 'override'],
  ['putting aside', 'override'],
  ['setting aside', 'override'],
  ['puts aside', 'override'],
  ['sets aside', 'override'],
  ['throw out', 'override'],
  ['throw away', 'override'],
  ['never mind', 'override'],
  ['stop following', 'override'],
  ['stop obeying', 'override'],
  ['dont follow', 'override'],
  ['don t follow', 'override'],
  ['do not follow', 'override'],
  ['no longer apply', 'override'],
  ['do not apply', 'override'],
  ['don t apply', 'override'],
  ['dont apply', 'override'],
  ['doesn t apply', 'override'],
  ['break character', 'override'],
  ['get around', 'override'],
  ['work around', 'override'],
  ['turn off', 'override'],
  ['switch off', 'override'],
  ['no need to', 'without'],
  ['no need for', 'without'],
  ['no hace falta', 'without'],
  ['no es necesario', 'without'],
  ['nao precisa', 'without'],
  ['pas besoin', 'without'],
  // Dutch "no longer has to check" ("die niks meer hoeft te controleren", "je hoeft niet te verifiëren")
  ['hoeft niet', 'without'],
  ['hoeft niets', 'without'],
  ['hoeft niks', 'without'],
  ['niks meer hoeft', 'without'],
  ['niets meer hoeft', 'without'],
  ['leave out', 'override'],
  ['don t bother', 'override'],
  ['dont bother', 'override'],
  ['do not bother', 'override'],
  ['on pause', 'override'],
  ['off limits', 'nolimits'],
  ['held back', 'nolimits'],
  ['holding back', 'nolimits'],
  ['no filter', 'nolimits'],
  ['zero restrictions', 'nolimits'],
  ['inside the company', 'authority'],
  ['work here', 'authority'],
  ['from the company', 'authority'],
  ['your context', 'instructions'],
  ['above my', 'origin'],
  ['at the top', 'origin'],
  ['loaded with', 'instructions'],
  ['primed with', 'instructions'],
  ['set you up', 'instructions'],
  ['you were set up', 'instructions'],
  ['your setup', 'instructions'],
  ['cannot see', 'secret'],
  ['can t see', 'secret'],
  ['cant see', 'secret'],
  ['not shown', 'secret'],
  ['no puedo ver', 'secret'],
  ['ne vois pas', 'secret'],
  ['nicht sehen', 'secret'],
  ['nao consigo ver', 'secret'],
  ['fais abstraction', 'override'],
  ['ne tiens pas compte', 'override'],
  ['deja de lado', 'override'],
  ['deja a un lado', 'override'],
  ['haz caso omiso', 'override'],
  ['nao ligue', 'override'],
  ['no vale', 'override'],
  ['no valen', 'override'],
  ['no cuentan', 'override'],
  ['no cuenta', 'override'],
  ['quedan canceladas', 'override'],
  ['ne valent plus', 'override'],
  ['ne comptent plus', 'override'],
  ['ne vaut plus', 'override'],
  ['gelten nicht', 'override'],
  ['zahlen nicht', 'override'],
  ['nao valem', 'override'],
  ['nao contam', 'override'],
  ['nao conta', 'override'],
  ['ne compte plus', 'override'],
  ['gilt nicht', 'override'],
  ['nao vale', 'override'],
  // Italian "they no longer hold": "le regole che ti hanno dato non valgono più"
  ['non valgono', 'override'],
  ['non vale piu', 'override'],
  ['non contano piu', 'override'],
  // "banco de dados", "banco de datos": a database; "un email para mi banco" is the caller's bank
  ...['banco', 'bancos'].flatMap((bank) =>
    ['dados', 'datos'].map((data): [string, IntentClass] => [`${bank} de ${data}`, 'tool']),
  ),
  ['act as', 'role'],
  ['act like', 'role'],
  ['behave like', 'role'],
  ['behave as', 'role'],
  ['play the role', 'role'],
  ['you are now', 'role'],
  ['youre now', 'role'],
  ['you re now', 'role'],
  ['from now on you', 'role'],
  ['take on the', 'role'],
  ['actua como', 'role'],
  ['eres ahora', 'role'],
  ['ahora eres', 'role'],
  ['haz de cuenta', 'role'],
  ['agis comme', 'role'],
  ['joue le role', 'role'],
  ['jouer le role', 'role'],
  ['joues le role', 'role'],
  ['jouez le role', 'role'],
  ['jouais le role', 'role'],
  ['jouait le role', 'role'],
  ['jouerais le role', 'role'],
  ['jouerait le role', 'role'],
  ['tu es maintenant', 'role'],
  ['fais semblant', 'role'],
  ['spiel die rolle', 'role'],
  ['du bist jetzt', 'role'],
  ['tu so', 'role'],
  ['aja como', 'role'],
  ['voce agora e', 'role'],
  ['agora voce e', 'role'],
  ['faca de conta', 'role'],
  ['play the', 'role'],
  ['system message', 'instructions'],
  ['system prompt', 'instructions'],
  ['mensaje de sistema', 'instructions'],
  ['mensagem de sistema', 'instructions'],
  ['message systeme', 'instructions'],
  ['they told you', 'instructions'],
  ['tell you to', 'instructions'],
  ['man dir', 'instructions'],
  ['te pusieron', 'instructions'],
  ['te pidieron', 'instructions'],
  ['te indicaron', 'instructions'],
  ['te escribieron', 'instructions'],
  ['no hagas caso', 'override'],
  ['pasa de', 'override'],
  ['no sirven', 'override'],
  ['no sirve', 'override'],
  ['whatever reads', 'ai'],
  // Whoever or whatever reads the chat, in the other languages: anyone reading, a person or a machine
  ...[
    ...['quien lea', 'quien procese', 'quien o lo que', 'lo que procese', 'chiunque legga', 'chiunque elabori'],
    ...['chiunque stia', 'quem ler', 'quem processa', 'quem processar', 'quem estiver lendo', 'quiconque lit'],
    ...['wer auch immer', 'anyone reading', 'anybody reading', 'anyone who reads'],
  ].flatMap((phrase): [string, IntentClass][] => [
    [phrase, 'ai'],
    [phrase, 'other'],
  ]),
  ['whoever reads', 'ai'],
  ['whatever is reading', 'ai'],
  ['whoever is reading', 'ai'],
  ['anything reading', 'ai'],
  ['on t a ecrit', 'instructions'],
  ['built you', 'authority'],
  ['made you', 'authority'],
  ['before i started', 'secret'],
  ['you got before', 'secret'],
  ['let s say you', 'role'],
  ['lets say you', 'role'],
  ['suppose you', 'role'],
  ['imagine you', 'role'],
  ['no longer matters', 'override'],
  ['not count', 'override'],
  ['don t count', 'override'],
  ['no longer count', 'override'],
  // rules bent or broken, looked past: "bend the rules just this once", "overlook what you were told to do"
  ...['bend the', 'bend your', 'break the', 'break your', 'stretch the', 'stop following', 'look past'].map(
    (phrase): [string, IntentClass] => [phrase, 'override'],
  ),
  ...['overlook', 'saltarte las', 'saltate las', 'romper las', 'enfreindre les', 'regeln beugen', 'regeln brechen'].map(
    (phrase): [string, IntentClass] => [phrase, 'override'],
  ),
  ...['quebrar as', 'quebra as', 'furar as', 'infrangere le', 'piegare le', 'breek de', 'buig de'].map(
    (phrase): [string, IntentClass] => [phrase, 'override'],
  ),
  // what stopped counting: "your boss's orders stopped mattering", "those rules don't matter any more"
  ...['stopped mattering', 'stop mattering', 'stopped counting', 'stopped applying', 'no longer apply'].map(
    (phrase): [string, IntentClass] => [phrase, 'override'],
  ),
  ...['don t matter any', 'doesn t count', 'don t apply any', 'doesn t apply any'].map(
    (phrase): [string, IntentClass] => [phrase, 'override'],
  ),
  ['take precedence', 'override'],
  ['takes precedence', 'override'],
  ['no rules', 'nolimits'],
  ['without rules', 'nolimits'],
  ['sin reglas', 'nolimits'],
  ['sans regles', 'nolimits'],
  ['ohne regeln', 'nolimits'],
  ['sem regras', 'nolimits'],
  ['senza regole', 'nolimits'],
  ['zonder regels', 'nolimits'],
  // "no rule at all" and "without restrictions" said of what the assistant follows, in the other languages
  ...['nenhuma regra', 'ninguna regla', 'aucune regle', 'keine regeln', 'nessuna regola', 'geen regels'].map(
    (phrase): [string, IntentClass] => [phrase, 'nolimits'],
  ),
  ['zonder beperkingen', 'nolimits'],
  // "you are now the manager", "imagine you are an adviser who may do anything"
  ...['tu agora es', 'agora tu es', 'imaginez que vous etes', 'imagine que tu es'].map(
    (phrase): [string, IntentClass] => [phrase, 'role'],
  ),
  ['lasci perdere', 'override'],
  ['plak het', 'reveal'],
  ['plak hier', 'reveal'],
  ['ab sofort bist du', 'role'],
  ['jetzt bist du', 'role'],
  ['desormais tu es', 'role'],
  ['override code', 'approve'],
  ['access code', 'approve'],
  ['doesn t matter', 'override'],
  ['does not matter', 'override'],
  ['told you to', 'instructions'],
  // what the assistant was asked to keep to, by whoever set it up: "the stuff your company asked you to stick to",
  // "ce qu'on vous a demandé", "was man dich gebeten hat", "lo que te pidieron", "o que te pediram", "quello che ti
  // hanno chiesto", "wat je gevraagd is" (the caller's own "I asked you to call" is cleared by clearCallerTold)
  ...['asked you to', 'on vous a demande', 'on t a demande', 'man dich gebeten', 'te pidieron', 'te pediram'].map(
    (phrase): [string, IntentClass] => [phrase, 'instructions'],
  ),
  ...[
    'ti hanno chiesto',
    'je gevraagd is',
    'said to you before',
    'said to you at',
    'te dejaron escrito',
    'they said to you',
    'anyone said to you',
  ].map((phrase): [string, IntentClass] => [phrase, 'instructions']),
  ['fed you', 'instructions'],
  ['loaded into you', 'instructions'],
  ['programmed you', 'instructions'],
  ['what s in', 'reveal'],
  ['whats in', 'reveal'],
  ['before my first', 'secret'],
  ['above my first', 'secret'],
  ['antes de mi mensaje', 'secret'],
  ['avant mon message', 'secret'],
  ['uber meiner nachricht', 'secret'],
  ['vor meiner nachricht', 'secret'],
  ['acima da minha', 'secret'],
  ['antes da minha', 'secret'],
  ['were told', 'instructions'],
  ['been told', 'instructions'],
  ['were given', 'instructions'],
  ['been given', 'instructions'],
  ['were instructed', 'instructions'],
  ['they gave you', 'instructions'],
  ['were handed', 'instructions'],
  ['written for you', 'instructions'],
  ['wrote for you', 'instructions'],
  ['te dijeron', 'instructions'],
  ['te dieron', 'instructions'],
  ['on t a dit', 'instructions'],
  ['on t a donne', 'instructions'],
  ['man dir gesagt', 'instructions'],
  ['dir gesagt', 'instructions'],
  ['te disseram', 'instructions'],
  ['lhe disseram', 'instructions'],
  ['read me', 'reveal'],
  ['gib aus', 'reveal'],
  ['what are your', 'reveal'],
  ['what is your', 'reveal'],
  ['what s your', 'reveal'],
  ['whats your', 'reveal'],
  ['what s in your', 'reveal'],
  ['cuales son tus', 'reveal'],
  ['cuales son sus', 'reveal'],
  ['quelles sont tes', 'reveal'],
  ['quelles sont vos', 'reveal'],
  ['quels sont tes', 'reveal'],
  ['was sind deine', 'reveal'],
  ['was sind ihre', 'reveal'],
  ['welche sind deine', 'reveal'],
  ['quais sao suas', 'reveal'],
  ['quais sao seus', 'reveal'],
  ['hat man dir', 'instructions'],
  // What the assistant was told, in every language ("was wurde dir aufgetragen", "ce qu'on t'a demandé")
  ...[
    ...['dir aufgetragen', 'dir vorgegeben', 'dir beigebracht', 'dir eingetrichtert', 'dir mitgegeben'],
    ...['dir befohlen', 'wurde dir', 'on t a demande', 'on t a donne', 'on t a explique', 'on t a programme'],
    ...['on t a configure', 'te programaron', 'te configuraron', 'te ordenaron', 'te mandaron', 'te ensenaron'],
    ...['te pediram', 'te mandaram', 'te programaram', 'te configuraram', 'te ensinaram', 'ti hanno chiesto'],
    ...['ti hanno dato', 'ti hanno programmato', 'ti hanno istruito', 'ti hanno configurato'],
  ].map((phrase): [string, IntentClass] => [phrase, 'instructions']),
  ['trust me', 'authority'],
  ['testing you', 'authority'],
  ['read out', 'reveal'],
  ['spell out', 'reveal'],
  ['write out', 'reveal'],
  ['type out', 'reveal'],
  ['copy out', 'reveal'],
  ['read back', 'repeat'],
  ['say back', 'repeat'],
  ['put into', 'repeat'],
  ['speaking as', 'authority'],
  // Rank claimed over the assistant itself ("I have admin access over you"): authority used to give it orders.
  // Not a bare "over you" ("my manager has been over you lot about this").
  ...['rights', 'access', 'clearance', 'authority', 'control', 'privileges', 'permissions', 'power', 'command'].map(
    (what): [string, IntentClass] => [`${what} over you`, 'obey'],
  ),
  // The caller saying they are not the account's holder ("I'm not the account holder but I need its last payment",
  // "no soy el titular"), or that it is not theirs ("ce n'est pas le mien", as "not mine" below): someone else's
  ...[
    ...[
      'n est pas le mien',
      'n est pas la mienne',
      'no es mia',
      'no es mio',
      'nicht meins',
      'nao e minha',
      'nao e meu',
    ],
    ...['non e mio', 'non e mia', 'non e il mio', 'non e la mia'],
    ...['not the account holder', 'not the account owner', 'pas le titulaire', 'pas la titulaire', 'no soy el titular'],
    ...['no soy la titular', 'nicht der inhaber', 'nicht die inhaberin', 'nao sou o titular', 'nao sou a titular'],
    ...['non sono il titolare', 'non sono la titolare'],
  ].map((phrase): [string, IntentClass] => [phrase, 'other']),
  // Another customer named by place or turn ("the customer at 12 Elm Street", "the caller before me")
  ...['customer', 'caller', 'client', 'person', 'people', 'household', 'resident', 'residents'].flatMap((who) =>
    ['at', 'before me', 'after me', 'before you', 'living at', 'who lives at'].map((where): [string, IntentClass] => [
      `${who} ${where}`,
      'other',
    ]),
  ),
  ...['previous', 'last', 'next', 'other'].flatMap((which) =>
    ['customer', 'caller', 'client'].map((who): [string, IntentClass] => [`${which} ${who}`, 'other']),
  ),
  ...['la personne', 'une personne', 'cette personne', 'dell intestatario', 'dell intestataria'].map(
    (phrase): [string, IntentClass] => [phrase, 'other'],
  ),
  ...['the owner s', 'wer sonst', 'jemand anderes', 'jemand anderem', 'quien mas', 'quem mais', 'qui d autre'].map(
    (phrase): [string, IntentClass] => [phrase, 'other'],
  ),
  // Whoever had the line or the flat before the caller is another person, whatever "owner" says alone
  ...['previous', 'former', 'last', 'old', 'prior'].flatMap((before) =>
    ['owner', 'owners', 'tenant', 'tenants', 'occupant', 'holder', 'subscriber'].map((who): [string, IntentClass] => [
      `${before} ${who}`,
      'other',
    ]),
  ),
  ...[
    ...['dueno anterior', 'antiguo dueno', 'titular anterior', 'ancien proprietaire', 'ancien titulaire'],
    ...['antigo dono', 'dono anterior', 'vorbesitzer', 'vormieter', 'precedente proprietario'],
  ].map((phrase): [string, IntentClass] => [phrase, 'other']),
  // Spanish and Italian "una persona" is a person, as "person" is in English (the neutral phrases take the English
  // "persona" away from it)
  ...PERSONA_DETERMINERS.flatMap((det) =>
    ['persona', 'personas', 'persone'].map((word): [string, IntentClass] => [`${det} ${word}`, 'other']),
  ),
  ['admin access', 'authority'],
  ['root access', 'authority'],
  ['answer to', 'obey'],
  ['order you', 'obey'],
  ['command you', 'obey'],
  ['instruct you', 'obey'],
  ['i order', 'obey'],
  ['in charge', 'obey'],
  ['take orders', 'obey'],
  ['i set the rules', 'obey'],
  ['i make the rules', 'obey'],
  ['my word goes', 'obey'],
  ['my word is', 'obey'],
  ['report to me', 'obey'],
  ['i decide', 'obey'],
  ['call the shots', 'obey'],
  ['i am the boss', 'obey'],
  ['i m the boss', 'obey'],
  ['i m in charge', 'obey'],
  ['i am in charge', 'obey'],
  ['your cues from me', 'obey'],
  ['you listen to', 'obey'],
  ['mando yo', 'obey'],
  ['comando io', 'obey'],
  ['team leader', 'authority'],
  ['decido io', 'obey'],
  ['je decide', 'obey'],
  // "c'est moi qui décide", not "c'est moi qui appelle" (I'm the one calling) or "qui paie"
  ...['decide', 'commande', 'donne les ordres', 'fixe les regles', 'fais les regles', 'dicte', 'dirige'].map(
    (verb): [string, IntentClass] => [`c est moi qui ${verb}`, 'obey'],
  ),
  ['ich bestimme', 'obey'],
  ['hor auf mich', 'obey'],
  ['mando eu', 'obey'],
  ['orders from me', 'obey'],
  ['work for me', 'obey'],
  // "you work for me now" in the other languages: the second person, so "el técnico trabaja para mí" is not read
  ...['trabajas para mi', 'travailles pour moi', 'travaillez pour moi', 'arbeitest fur mich', 'trabalhas para mim'].map(
    (phrase): [string, IntentClass] => [phrase, 'obey'],
  ),
  ...['voce trabalha para mim', 'lavori per me', 'je werkt voor mij', 'werk je voor mij', 'jij werkt voor mij'].map(
    (phrase): [string, IntentClass] => [phrase, 'obey'],
  ),
  ['listen to me', 'obey'],
  ['do as i', 'obey'],
  ['do what i', 'obey'],
  ['what i tell you', 'obey'],
  ['as i tell you', 'obey'],
  ['hazme caso', 'obey'],
  ['obedeceme', 'obey'],
  ['haz lo que', 'obey'],
  ['fais ce que', 'obey'],
  ['obeis moi', 'obey'],
  ['ecoute moi', 'obey'],
  ['tu was ich', 'obey'],
  ['gehorche mir', 'obey'],
  ['hor auf mich', 'obey'],
  ['faca o que', 'obey'],
  ['me obedeca', 'obey'],
  ['someone else', 'other'],
  ['somebody else', 'other'],
  ['previous caller', 'other'],
  ['last caller', 'other'],
  ['other caller', 'other'],
  ['another caller', 'other'],
  ['before me', 'other'],
  ['who owns', 'other'],
  ['next door', 'other'],
  ['had this number', 'other'],
  // the holder of a number asked after: "find out who has the number 07700 900123", "quién tiene este número"
  ...['who has the number', 'who has this number', 'who uses this number', 'who uses the number'].map(
    (phrase): [string, IntentClass] => [phrase, 'other'],
  ),
  ...['quien tiene este numero', 'qui a ce numero', 'wer diese nummer hat', 'quem tem este numero'].map(
    (phrase): [string, IntentClass] => [phrase, 'other'],
  ),
  ...['chi ha questo numero', 'wie dit nummer heeft', 'van wie dit nummer is', 'a quien pertenece'].map(
    (phrase): [string, IntentClass] => [phrase, 'other'],
  ),
  ['not mine', 'other'],
  ['isn t mine', 'other'],
  ['antes que yo', 'other'],
  ['avant moi', 'other'],
  ['vor mir', 'other'],
  ['antes de mim', 'other'],
  ['sign off', 'approve'],
  ['transfer the money', 'approve'],
  ['transfer the funds', 'approve'],
  ['transfer the balance', 'approve'],
  ['transfer the credit', 'approve'],
  ['transfer money', 'approve'],
  ['transfer funds', 'approve'],
  ['language model', 'ai'],
  ['artificial intelligence', 'ai'],
  ['inteligencia artificial', 'ai'],
  ['intelligence artificielle', 'ai'],
  ['kunstliche intelligenz', 'ai'],
  ['intelligenza artificiale', 'ai'],
  ['run it', 'exec'],
  ['execute it', 'exec'],
  ['reading this', 'reader'],
  ['reads this', 'reader'],
  ['sees this', 'reader'],
  ['note to the', 'reader'],
  ['note for the', 'reader'],
  ['whatever routes', 'ai'],
  ['whatever handles', 'ai'],
  ['whatever processes', 'ai'],
  ['whoever routes', 'ai'],
  ['customer table', 'bulk'],
  ['customer list', 'bulk'],
  ['customer database', 'bulk'],
  ['customer base', 'bulk'],
  ['mailing list', 'bulk'],
  ['take direction', 'obey'],
  ['take directions', 'obey'],
  ['take instructions from', 'obey'],
  ['that s an order', 'obey'],
  ['configured you', 'instructions'],
  ['briefed you', 'instructions'],
  ['ti hanno dato', 'instructions'],
  ['ti hanno detto', 'instructions'],
  ['messaggio di sistema', 'instructions'],
  ['parola per parola', 'verbatim'],
  ['woord voor woord', 'verbatim'],
  ['doe alsof', 'role'],
  ['comes before', 'secret'],
  ['before this transcript', 'secret'],
  ['before this conversation', 'secret'],
  ['before this chat', 'secret'],
  ['code block', 'reveal'],
  ['one line', 'only'],
  ['one word', 'only'],
  ['single line', 'only'],
  ['single word', 'only'],
  ['every reply', 'only'],
  ['every answer', 'only'],
  ['every response', 'only'],
  ['each reply', 'only'],
  ['each answer', 'only'],
  ['each response', 'only'],
  ['has to state', 'respond'],
  ['must state', 'respond'],
  ['should state', 'respond'],
  ['elevated permissions', 'nolimits'],
  ['extra permissions', 'nolimits'],
  ['special permissions', 'nolimits'],
  ['full permissions', 'nolimits'],
  ['elevated access', 'nolimits'],
  ['elevated privileges', 'nolimits'],
  ['admin rights', 'nolimits'],
  ['admin privileges', 'nolimits'],
  ['head of', 'authority'],
  ['authorisation code', 'authority'],
  ['authorization code', 'authority'],
  ['clearance code', 'authority'],
  ['security clearance', 'authority'],
  ['memo to', 'reader'],
  ['memo for', 'reader'],
  ['p s for', 'reader'],
  ['ps for', 'reader'],
  ['hidden note', 'reader'],
  ['nota para el', 'reader'],
  ['nota para la', 'reader'],
  ['nota para a', 'reader'],
  ['nota para o', 'reader'],
  ['recado para el', 'reader'],
  ['recado para la', 'reader'],
  ['recado para a', 'reader'],
  ['recado para o', 'reader'],
  ['nota al', 'reader'],
  ['nota ao', 'reader'],
  ['nota per l', 'reader'],
  ['nota per il', 'reader'],
  ['nota per la', 'reader'],
  ['nota all', 'reader'],
  ['nota alla', 'reader'],
  ['note pour l', 'reader'],
  ['note pour le', 'reader'],
  ['note pour la', 'reader'],
  ['note a l', 'reader'],
  ['note au', 'reader'],
  ['petit mot pour', 'reader'],
  ['hinweis an die', 'reader'],
  ['hinweis an den', 'reader'],
  ['hinweis an das', 'reader'],
  ['hinweis fur die', 'reader'],
  ['hinweis fur den', 'reader'],
  ['hinweis fur das', 'reader'],
  ['notiz an die', 'reader'],
  ['notiz an den', 'reader'],
  ['notiz an das', 'reader'],
  ['notiz fur die', 'reader'],
  ['notiz fur den', 'reader'],
  ['notiz fur das', 'reader'],
  ['p s para', 'reader'],
  ['p s pour', 'reader'],
  ['p s fur', 'reader'],
  ['p s per', 'reader'],
  ['don t ask for more', 'without'],
  ['do not ask for more', 'without'],
  ['dont ask for more', 'without'],
  ['no pidas mas', 'without'],
  ['no pida mas', 'without'],
  ['no me pidas mas', 'without'],
  ['ne demande plus', 'without'],
  ['ne demandez plus', 'without'],
  ['ne me demande plus', 'without'],
  ['frag nicht nach', 'without'],
  ['frag nicht mehr', 'without'],
  ['fragen sie nicht nach', 'without'],
  ['nao peca mais', 'without'],
  ['nao pecas mais', 'without'],
  ['nao pede mais', 'without'],
  ['non chiedere altri', 'without'],
  ['non chiedere piu', 'without'],
  ['non chiedermi altri', 'without'],
  ['non chiedermi piu', 'without'],
  ['second customer', 'other'],
  ['other customer', 'other'],
  ['another customer', 'other'],
  ['every customer', 'other'],
  ['each customer', 'other'],
  ['any customer', 'other'],
  ['anyone s', 'other'],
  ['anybody s', 'other'],
  ['change the owner', 'approve'],
  ['security answers', 'data'],
  ['security answer', 'data'],
  ['secret answer', 'data'],
  ['customer called', 'other'],
  ['customer named', 'other'],
  ['client called', 'other'],
  ['client named', 'other'],
  ['person called', 'other'],
  ['person named', 'other'],
  ['someone called', 'other'],
  ['someone named', 'other'],
  ['account holder called', 'other'],
  ['lady called', 'other'],
  ['man called', 'other'],
  ['woman called', 'other'],
  ['setting aside', 'override'],
  ['sets aside', 'override'],
  ['stop counting', 'override'],
  ['stops counting', 'override'],
  ['stopped counting', 'override'],
  ['non seguire', 'override'],
  ['niet meer', 'override'],
  ['no longer valid', 'override'],
  ['not valid', 'override'],
  ['out of date', 'override'],
  ['will read', 'reader'],
  ['looking at this', 'reader'],
  ['looking at these', 'reader'],
  ['that reads', 'reader'],
  ['which reads', 'reader'],
  ['who reads', 'reader'],
  ['reading these', 'reader'],
  ['scanning this', 'reader'],
  ['going through this', 'reader'],
  ['will process', 'reader'],
  ['will summarize', 'reader'],
  ['will summarise', 'reader'],
  ['will see this', 'reader'],
  ['fais comme si', 'role'],
  ['haz como si', 'role'],
  ['tu als ob', 'role'],
  ['tue so als', 'role'],
  ['finja que', 'role'],
  ['fai finta', 'role'],
  ['ponte en el papel', 'role'],
  ['en el papel de', 'role'],
  ['dans le role', 'role'],
  ['in der rolle', 'role'],
  ['no papel de', 'role'],
  ['haz de', 'role'],
  ['fais le', 'role'],
  ['pretend to be', 'role'],
  ['pretending to be', 'role'],
  ['spiel den', 'role'],
  ['spiele den', 'role'],
  ['permit you', 'approve'],
  ['authorise you', 'approve'],
  ['authorize you', 'approve'],
  ['authorising you', 'approve'],
  ['authorizing you', 'approve'],
  ['allow you', 'approve'],
  ['allowing you', 'approve'],
  ['give you permission', 'approve'],
  ['you are cleared', 'approve'],
  ['da ora in poi', 'now'],
  ['d ora in poi', 'now'],
  ['vanaf nu', 'now'],
  ['transfer ownership', 'approve'],
  ['lascia perdere', 'override'],
  ['lasciate perdere', 'override'],
  ['da adesso', 'now'],
  ['doe wat ik', 'obey'],
  ['doe gewoon wat', 'obey'],
];

const wordClasses = new Map<string, number>();
for (const [index, name] of INTENT_CLASSES.entries()) {
  for (const word of WORDS[name].split(' ')) wordClasses.set(word, (wordClasses.get(word) ?? 0) | (1 << index));
}
/**
 * A misspelt word keeps its first and last letters and, mostly, its letters ("ingore", "intsructions"):
 * words of six letters or more are also found by that key. Only lexicon words are keyed, so an ordinary
 * word is changed only when it is an anagram of a lexicon word with the same ends.
 */
const MIN_SCRAMBLED = 6;
const scrambleKey = (word: string): string => word[0] + word[word.length - 1] + [...word.slice(1, -1)].sort().join('');
const scrambledClasses = new Map<string, number>();
for (const [word, bits] of wordClasses)
  if (word.length >= MIN_SCRAMBLED) {
    const key = scrambleKey(word);
    scrambledClasses.set(key, (scrambledClasses.get(key) ?? 0) | bits);
  }

/** Phrases by their first word, each as its words and its class bits. */
/**
 * Phrases indexed by their first two words ("the ticket", "my previous"): a frequent first word such as "the"
 * or "my" starts many phrases, and each occurrence then only compares the few that share its second word.
 * Each entry's `rest` is matched from word i + `offset` (2, or 1 for a one-word phrase).
 */
class PhraseIndex<T extends { rest: string[]; offset: number }> {
  /** First word -> its one-word phrases, and the longer ones by their second word. */
  private readonly byOpening = new Map<string, Opening<T>>();

  add(phrase: string, entry: (rest: string[], offset: number) => T): void {
    const [first, second, ...rest] = phrase.split(' ');
    const opening = this.byOpening.get(first) ?? { single: [], bySecond: new Map<string, T[]>() };
    if (second === undefined) opening.single.push(entry([], 1));
    else opening.bySecond.set(second, [...(opening.bySecond.get(second) ?? []), entry(rest, 2)]);
    this.byOpening.set(first, opening);
  }

  /** The phrases starting with `word`, if any: looked up once per distinct word (the screen keeps it on the word). */
  opening(word: string): Opening<T> | undefined {
    return this.byOpening.get(word);
  }
}

/** The phrases of an index that start with one word. */
interface Opening<T> {
  /** One-word phrases. */
  readonly single: T[];
  /** Longer phrases, by their second word. */
  readonly bySecond: Map<string, T[]>;
}
const NONE: never[] = [];

/**
 * The entries of `opening` (that of words[i]) whose opening words are at i: the one-word phrases, then those of its
 * two opening words (callers only OR or clear bits, so order is free).
 */
function entriesAt<T>(opening: Opening<T>, words: readonly string[], i: number): [readonly T[], readonly T[]] {
  const pair = i + 1 < words.length ? opening.bySecond.get(words[i + 1]) : undefined;
  return [opening.single, pair ?? NONE];
}

type PhraseEntry = { rest: string[]; offset: number; bits: number };
const phrasesByStart = new PhraseIndex<PhraseEntry>();
for (const [phrase, name] of PHRASES)
  phrasesByStart.add(phrase, (rest, offset) => ({ rest, offset, bits: classBit(name) }));

/** Spanish and Portuguese attach pronouns to verbs ("muestramelo", "copialas"): try the verb without them. */
const CLITIC = /(?:melo|mela|selo|sela|noslo|me|te|lo|la|los|las|le|les|nos|se)$/;

/**
 * German and Dutch compounds end in the word that carries the class ("Wartungsmodus", "Identitätsprüfung",
 * "Kundendaten", "klantendatabase").
 */
const COMPOUND_ENDINGS: [string, IntentClass][] = [
  ['modus', 'mode'],
  ['prufung', 'verify'],
  ['kontrolle', 'verify'],
  ['anweisungen', 'instructions'],
  ['vorgaben', 'instructions'],
  ['regeln', 'instructions'],
  ['daten', 'data'],
  ['datenbank', 'tool'],
  // ... and Dutch ones, and a German password: "klantendatabase", "beheerderswachtwoord", "Adminpasswort"
  ['database', 'tool'],
  ['wachtwoord', 'data'],
  ['passwort', 'data'],
  ['nummern', 'data'],
  ['nummer', 'data'],
  ['konto', 'data'],
  ['adresse', 'data'],
  ['freigabe', 'approve'],
  ['abfrage', 'lookup'],
];
const compoundBits = (word: string): number => {
  for (const [ending, name] of COMPOUND_ENDINGS)
    if (word.length >= ending.length + 3 && word.endsWith(ending)) return classBit(name);
  return 0;
};

/** German adjective endings ("den versteckten Text", "geheimes"): the stem carries the class. */
const INFLECTION = /(?:en|em|es)$/;
const inflectedClasses = (word: string): number | undefined =>
  INFLECTION.test(word) && word.length >= 7 ? wordClasses.get(word.slice(0, -2)) : undefined;

const OTHER_OR_AUTHORITY = classBit('other') | classBit('authority');
/** "exjefe", "exboss", "excollègue": a former boss or colleague is another person ("ex" + a person the lexicon knows). */
const formerPerson = (word: string): number =>
  word.startsWith('ex') && ((wordClasses.get(word.slice(2)) ?? 0) & OTHER_OR_AUTHORITY) !== 0 ? classBit('other') : 0;

/**
 * A pronoun comes off a verb ("muéstramelo", "dímelo", "mostrarlas"), never off a noun or an adjective: "personales"
 * (personal, plural) is no "persona" with "les" on it. A base that names the assistant's setup is such a noun.
 */
const INSTRUCTIONS_BIT = 1 << INTENT_CLASSES.indexOf('instructions');
const verbWithClitic = (word: string): number | undefined => {
  const bits = wordClasses.get(word.replace(CLITIC, ''));
  return bits === undefined || (bits & INSTRUCTIONS_BIT) !== 0 ? undefined : bits;
};

/** Whether the lexicon lists the word itself (not found through a plural, a clitic, a compound or a misspelling). */
export const listedWord = (word: string): boolean => wordClasses.has(word);

/** Classes of one word, on its own (phrases aside). */
export function wordBits(word: string): number {
  const bits = wordClasses.get(word);
  if (bits !== undefined || word.length < 6) return bits ?? 0;
  const compound = compoundBits(word) || formerPerson(word);
  if (compound !== 0) return compound;
  return (
    verbWithClitic(word) ??
    (word.endsWith('s') ? wordClasses.get(word.slice(0, -1)) : undefined) ?? // plurals: "balances", "regras"
    inflectedClasses(word) ??
    scrambledClasses.get(scrambleKey(word)) ??
    0
  );
}

/** Bit set of the classes of the phrases starting at word i; 0 for most words. */
export function phraseBitsAt(
  words: readonly string[],
  i: number,
  openings: PhraseOpenings | undefined = phraseOpenings(words[i]),
): number {
  if (!openings?.phrases) return 0;
  let bits = 0;
  for (const entries of entriesAt(openings.phrases, words, i))
    for (const { rest, offset, bits: phraseBits } of entries) {
      let k = 0;
      while (k < rest.length && i + offset + k < words.length && words[i + offset + k] === rest[k]) k++;
      if (k === rest.length) bits |= phraseBits;
    }
  return bits;
}

/**
 * Reported speech: what someone told the caller to do ("the system told me to call this number", "I was told
 * to ask a human for a refund", "the instructions you sent say to reply STOP", "me dijeron que ignorara el
 * primer correo") or what a third party said it would do ("the previous agent said she'd override the fee").
 * The words after such a cue report an order given to the caller or someone else's act, not a request to the
 * assistant: for REPORTED_SPAN words they lose the classes that ask for something (override, reveal, approve,
 * ...), up to the first word that addresses the assistant ("my boss told me to tell you to ..." is relayed to
 * it, and stays) or the turn's end. What they name (data, instructions, other people, the caller's own things)
 * stays, and so does the cue itself, but for its "instructions" class ("told" is what the caller was told, not
 * what the assistant was). A third party's errand ("my sister asked me to get her balance") is no cue: the
 * caller brings it to the assistant. Cues need the caller as the one told, or a third party as the one who
 * said: "what you were told" is the assistant's instructions.
 */
const REPORTED_CUES = [
  ...['told me', 'told us', 'advised me to', 'instructed me to', 'tell me to', 'tells me to', 'telling me to'],
  ...['i was told', 'we were told', 'i ve been told', 'i have been told', 'i had been told', 'we ve been told'],
  // "I was told by the chatbot to ask a human for a refund": the span starts where the order does
  ...['chatbot', 'bot', 'system', 'agent', 'app', 'website', 'assistant', 'machine', 'ivr', 'technician'].flatMap(
    (teller) => [`told by the ${teller} to`, `told by your ${teller} to`],
  ),
  ...['says to', 'said to', 'say to', 'said she', 'said he', 'said they'],
  // What someone said would happen, in every language ("the manager said that the refund would be approved", "o gerente
  // disse que o reembolso seria autorizado"): a report; "said that you should approve it" stops at "you"
  ...['said that', 'dijo que', 'disse que', 'a dit que', 'ha detto che', 'zei dat', 'sagte dass', 'hat gesagt dass'],
  // What the bot did, told in the third person ("your bot only answers in English", "the assistant keeps repeating
  // the same answer"): a complaint about it, not an order to it ("bot, only answer in English" has no such verb)
  ...['chatbot', 'bot', 'assistant', 'system', 'machine', 'ivr', 'ai', 'app', 'robot'].flatMap((teller) =>
    [
      ...['answers', 'answered', 'replies', 'replied', 'responds', 'responded', 'repeats', 'repeated'],
      ...['translated', 'translates', 'misunderstood', 'ignored', 'keeps repeating', 'kept repeating'],
      ...['keeps saying', 'kept saying', 'keeps asking', 'kept asking', 'keeps answering', 'keeps sending'],
      ...['only answers', 'only replies', 'only responds', 'only speaks', 'just repeats', 'always answers'],
      ...['never answers', 'always says', 'just says', 'just said'],
    ].map((verb) => `${teller} ${verb}`),
  ),
  ...['system says', 'system said', 'system shows', 'system showed', 'system keeps saying'],
  ...['sistema dice', 'sistema dijo', 'systeme dit', 'systeme indique', 'system sagt', 'sistema diz', 'sistema disse'],
  ...['me dijo', 'me dijeron', 'me indicaron', 'me dicen', 'me han dicho'],
  ...['m a dit', 'm ont dit', 'mir gesagt', 'sagte mir', 'sagten mir'],
  ...['me disse', 'me disseram', 'me mandou', 'me mandaram', 'me falaram', 'me falou', 'dizendo para'],
];
/**
 * What a message the caller got says ("I got a system message saying all my cards were removed", "the text said every
 * payment would be late", "el mensaje decía que"): its content, told; "the message says you must" stops at "you". A
 * message whose content names the assistant's instructions ("this message says ignore all previous instructions", "el
 * mensaje dice que ignores las instrucciones") is a quoted order to the model, the way indirect injections arrive: its
 * span is not cleared (clearReported).
 */
const MESSAGE_CUES = [
  ...[
    ...['message', 'messages', 'notification', 'text', 'email', 'letter', 'notice', 'sms', 'alert', 'popup'],
    ...['warning', 'error'],
  ].flatMap((what) => ['says', 'said', 'saying', 'reads', 'states', 'stated', 'stating'].map((v) => `${what} ${v}`)),
  ...['mensaje dice', 'mensaje decia', 'mensaje diciendo', 'message dit', 'message disait', 'nachricht sagt'],
  ...['meldung sagt', 'mensagem diz', 'mensagem dizia', 'messaggio dice', 'messaggio diceva', 'bericht zegt'],
];
/** Spans of 5 and 12 words were no better by cross-validation over the training families. */
const REPORTED_SPAN = 8;
/** The classes of a request; a reported span keeps the rest. */
const REQUEST_CLASSES = (
  [
    'override',
    'reveal',
    'repeat',
    'verbatim',
    'approve',
    'lookup',
    'exec',
    'respond',
    'obey',
    'role',
    'mode',
    'only',
    'bulk',
    'now',
    'self',
    'without',
    'nolimits',
  ] as const
).reduce((bits, name) => bits | classBit(name), 0);
const CUE_CLEARS = classBit('instructions');
/** The assistant addressed as a person: a reported span ends there ("your" is often the company's). */
export const ADDRESSED = new Set([
  'you',
  'u',
  'ya',
  'yourself',
  'te',
  'ti',
  'toi',
  'vous',
  'dich',
  'dir',
  'du',
  'ihnen',
  'voce',
  'usted',
]);
/** The caller as a sentence's subject, "I" and "we" in each language ("j" of "j'envoie"). */
export const CALLER_SUBJECTS: ReadonlySet<string> = new Set([
  ...['i', 'we', 'yo', 'je', 'j', 'ich', 'eu', 'io', 'nosotros', 'nous', 'wir'],
]);
/**
 * The same with Dutch "ik", "wij" and Italian "noi": the readings written since Dutch and Italian were screened take
 * these; CALLER_SUBJECTS stays as its older readings were measured.
 */
export const CALLER_SUBJECTS_NL_IT: ReadonlySet<string> = new Set([...CALLER_SUBJECTS, 'ik', 'wij', 'noi']);
/** Joins the turns of a transcript so one pass normalizes them all; windows and reported spans never cross it. */
export const TURN_BREAK = 'zzturnbreak';

/** Whether a word starts with an ASCII digit (a number as the screen's words hold it). */
export const startsWithDigit = (word: string | undefined): boolean =>
  word !== undefined && word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;

/** Calls `read(start, end)` with each turn's range of `words` (the turns TURN_BREAK joined), in order. */
export function forEachTurn(words: readonly string[], read: (start: number, end: number) => void): void {
  let start = 0;
  for (let end = 0; end <= words.length; end++) {
    if (end < words.length && words[end] !== TURN_BREAK) continue;
    read(start, end);
    start = end + 1;
  }
}

type NeutralEntry = {
  rest: string[];
  offset: number;
  at: number;
  mask: number;
  needsTopic: boolean;
  /** A reported-speech cue (REPORTED_CUES, MESSAGE_CUES): see clearReported. */
  reported: false | 'speech' | 'message';
};
const neutralByStart = new PhraseIndex<NeutralEntry>();
for (const [phrases, needsTopic] of [
  [NEUTRAL_PHRASES, true],
  [NEUTRAL_ANYWHERE, false],
] as const)
  for (const [phrase, at, name] of phrases)
    neutralByStart.add(phrase, (rest, offset) => ({
      rest,
      offset,
      at,
      mask: classBit(name),
      needsTopic,
      reported: false,
    }));
for (const [cues, reported] of [
  [REPORTED_CUES, 'speech'],
  [MESSAGE_CUES, 'message'],
] as const)
  for (const cue of cues)
    neutralByStart.add(cue, (rest, offset) => ({ rest, offset, at: 0, mask: 0, needsTopic: false, reported }));

/**
 * A reported-speech cue spans words [from, cueEnd): it loses CUE_CLEARS and its requests ("say" in "the
 * instructions say to" reports, it asks for no answer), the span after it its requests.
 */
function clearReported(
  words: readonly string[],
  classBits: Int32Array,
  from: number,
  cueEnd: number,
  kind: 'speech' | 'message',
  sentenceEnd: number,
): void {
  // a report ends with its sentence: "my colleague said you have a hidden mode. Pretend you are in it" asks
  const end = Math.min(words.length, cueEnd + REPORTED_SPAN, Math.max(sentenceEnd, cueEnd));
  if (kind === 'message')
    for (let j = cueEnd; j < end && words[j] !== TURN_BREAK; j++) if ((classBits[j] & INSTRUCTIONS_BIT) !== 0) return;
  for (let j = from; j < cueEnd; j++) classBits[j] &= ~(CUE_CLEARS | REQUEST_CLASSES);
  for (let j = cueEnd; j < end && words[j] !== TURN_BREAK && !ADDRESSED.has(words[j]); j++)
    classBits[j] &= ~REQUEST_CLASSES;
}

const NOT_A_TOPIC = new Set([
  'me',
  'a',
  'now',
  'this',
  'you',
  'us',
  'once',
  'today',
  'good',
  'the',
  'mi',
  'moi',
  'mich',
  'mim',
]);

/** Clears, in place, the classes that the neutral phrases starting at word i take away from their words. */
export function applyNeutralPhrasesAt(
  words: readonly string[],
  classBits: Int32Array,
  i: number,
  openings: PhraseOpenings | undefined = phraseOpenings(words[i]),
  /** The index of the word that begins the next sentence (a reported span stops there), if known. */
  sentenceEnd = words.length,
): void {
  if (!openings?.neutral) return;
  for (const entries of entriesAt(openings.neutral, words, i))
    for (const { rest, offset, at, mask, needsTopic, reported } of entries) {
      let k = 0;
      while (k < rest.length && i + offset + k < words.length && words[i + offset + k] === rest[k]) k++;
      if (k === rest.length && reported) {
        clearReported(words, classBits, i, Math.min(words.length, i + offset + k), reported, sentenceEnd);
        continue;
      }
      // "your rules for me" stays an attack's object: a neutral phrase needs a topic after it.
      const after = words[i + offset + k] ?? '';
      if (k === rest.length && !(needsTopic && NOT_A_TOPIC.has(after))) classBits[i + at] &= ~mask;
    }
}

/**
 * The phrases (of either kind) that may start with this word, or undefined: most words are looked up no further.
 * Kept on each distinct word by the screen, so a word that opens phrases ("the", "my") is not looked up again
 * at every occurrence.
 */
export interface PhraseOpenings {
  readonly phrases: Opening<PhraseEntry> | undefined;
  readonly neutral: Opening<NeutralEntry> | undefined;
}
export function phraseOpenings(word: string): PhraseOpenings | undefined {
  const phrases = phrasesByStart.opening(word);
  const neutral = neutralByStart.opening(word);
  return phrases || neutral ? { phrases, neutral } : undefined;
}

/** Words that belong to exactly the classes `bits` (for the trainer's synonym swaps). */
export function wordsWithBits(bits: number): string[] {
  const words: string[] = [];
  for (const [word, b] of wordClasses) if (b === bits) words.push(word);
  return words;
}
