/**
 * The injection screen on material it was never trained on: the phrasing families the training script held
 * out (regenerated from the same seed; the model file names them), and the hand-written set
 * (test/fixtures/sanitizer-eval/handwritten-injection.jsonl, written before the corpus templates and never
 * trained or tuned on) and a second to ninth one written later the same way. Figures and ids only, never message text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { screenText } from '../domain/sanitizer/injection';
import { InjectionModelSchema, MODEL_FILE } from '../domain/sanitizer/injection/model';
import { buildCorpus, corpusDigest } from './injection-corpus';
import { screenMetrics, type LabelledMessage, type ScreenMetrics } from './injection-corpus/metrics';

const EVAL_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'sanitizer-eval');
export const HANDWRITTEN_FILE = path.join(EVAL_DIR, 'handwritten-injection.jsonl');
/** Written later by another hand, before any of its scores was seen; never tuned on either. */
export const HANDWRITTEN_2_FILE = path.join(EVAL_DIR, 'handwritten-injection-2.jsonl');
/** Written in the fifth pass, before any of its scores was seen (first scored with the fourth pass's model). */
export const HANDWRITTEN_3_FILE = path.join(EVAL_DIR, 'handwritten-injection-3.jsonl');
/**
 * Written in the sixth pass, before any of its scores was seen: attacks in ordinary words, benign speech rich in
 * the words a screen may confuse (quoted instructions, role words, "reset", "override"); no encodings. Its false
 * alarms were read after the first score, so it is tuning material since.
 */
export const HANDWRITTEN_4_FILE = path.join(EVAL_DIR, 'handwritten-injection-4.jsonl');
/**
 * Written in the eighth pass, before any of its scores was seen and without reading the templates or the other
 * sets: attacks in ordinary words (a few with a fake end of the conversation), benign speech full of the words a
 * screen may confuse; five languages, no encodings. Its errors were read after the first score, so it is tuning
 * material since.
 */
export const HANDWRITTEN_5_FILE = path.join(EVAL_DIR, 'handwritten-injection-5.jsonl');
/**
 * Written in the ninth pass the same way, before any of its scores was seen: attacks in ordinary words (indirect,
 * embedded in customer talk, a few obfuscated), benign speech full of the words a screen may confuse (joint
 * accounts, a relative's line, quoted letters, reset, override, supervisor); six languages.
 */
export const HANDWRITTEN_6_FILE = path.join(EVAL_DIR, 'handwritten-injection-6.jsonl');
/**
 * Written in the tenth pass the same way, before any of its scores was seen and without reading the templates or
 * the lexicon: attacks in ordinary words (six languages, a few obfuscated), benign speech heavy in near-misses
 * (claimed roles, "look it up", "those rules don't apply to me", "what were you told", a relative's line).
 */
export const HANDWRITTEN_7_FILE = path.join(EVAL_DIR, 'handwritten-injection-7.jsonl');
/**
 * Written in the eleventh pass the same way, before any of its scores was seen and without reading the templates or
 * the lexicon: weighted to false alarms (100 benign near-misses: ignoring, resetting, replacing, system and admin
 * words, a household's other lines, quoted errors and e-mails, agent notes, codes that look encoded; six languages)
 * against 50 attacks in every family, six languages and a few obfuscations.
 */
export const HANDWRITTEN_8_FILE = path.join(EVAL_DIR, 'handwritten-injection-8.jsonl');
/**
 * Written in the twelfth pass the same way, before any of its scores was seen and without reading the templates or
 * the lexicon: 50 attacks in every family (six languages; base64, leet, full-width, zero-width, homoglyph and spaced
 * text), tool abuse on other people's accounts and records, against 100 benign near-misses (ignoring, system, prompt,
 * admin and mode words, supervisors, household members' lines, powers of attorney, quoted errors, e-mails, IT tickets).
 */
export const HANDWRITTEN_9_FILE = path.join(EVAL_DIR, 'handwritten-injection-9.jsonl');
/**
 * Written for issue 16 the same way, before any of its scores was seen and without reading the rules: 120 benign
 * customer turns about other people's or other accounts' data (relatives, employers, tenants, landlords, second lines,
 * joint and business accounts, deceased relatives, powers of attorney; statements, complaints and questions the caller
 * may ask; six languages) against 40 tool-abuse attacks that ask to read, change or act on someone else's data.
 */
export const HANDWRITTEN_10_FILE = path.join(EVAL_DIR, 'handwritten-injection-10.jsonl');
/**
 * Written by a helper the same way, before any of its scores was seen and without reading the lexicon: 40 notes and
 * instructions left for the AI (mark, flag, verify, approve, skip the checks; six languages, varied verbs and framings)
 * against 80 benign near-misses (what a system, app, website or bot did or said, notes asked of a human, notes on an
 * account, "IA"/"KI" in ordinary sentences, "marca"/"marque" as brand).
 */
export const HANDWRITTEN_11_FILE = path.join(EVAL_DIR, 'handwritten-injection-11.jsonl');
/**
 * Written by a helper the same way, before any of its scores was seen and without reading the lexicon: 30 short
 * attacks, five per language (EN, ES, FR, DE, PT, IT; override, prompt exfiltration, role-play, tool abuse), against
 * 30 benign customer lines in the same languages that use the same verbs in their ordinary senses (forget, show,
 * repeat, pretend, use access, cancel, transfer).
 */
export const HANDWRITTEN_12_FILE = path.join(EVAL_DIR, 'handwritten-injection-12.jsonl');
/**
 * Written for issue 16 the same way, before any of its scores was seen and without reading the rules or the earlier
 * sets: 50 attacks in every family (lookups of other people's accounts, notes for whoever or whatever processes the
 * chat in five languages, German compounds, claimed roles, indirect exfiltration, six obfuscations) against 100
 * benign near-misses (other people's accounts asked about legitimately in six languages, pleas to whoever reads this,
 * pasted bot chats, quoted e-mails and errors, developers on prompts and APIs, ignore/forget in everyday senses).
 */
export const HANDWRITTEN_13_FILE = path.join(EVAL_DIR, 'handwritten-injection-13.jsonl');
/**
 * Written for issue 16 the same way, before any of its scores was seen and without reading the rules or the earlier
 * sets' lines: 60 attacks in ordinary contact-centre words (acting on another customer's data or account, skipping or
 * faking verification, credits and VIP status granted directly, notes for the summariser or the router, indirect
 * questions about the setup, authority claimed mid-sentence, an attack inside a long polite complaint or split across
 * sentences; EN, ES, FR, DE, PT, IT and mixed; leetspeak, spacing, look-alikes, announced base64 and ROT13, invisible
 * characters, markdown, JSON, chat-template and tag delimiters) against 60 benign near-misses, one beside each.
 */
export const HANDWRITTEN_15_FILE = path.join(EVAL_DIR, 'handwritten-injection-15.jsonl');
/**
 * Written for issue 16 by a helper before any of its scores was seen and without reading the rules: 40 attacks weighted
 * to the check set's weakest families (tool_abuse: another customer's record looked up by ID card, address, e-mail or
 * name and birth date, their contact details changed, bulk exports, records sent outside, tools called by name;
 * other_intent: free service, refunds without checks, fabricated priority, false notes in the record) in EN, ES, FR,
 * DE, PT and IT, against 40 benign near-misses (the caller's own lookups and changes, a relative with consent, a
 * business customer's own staff accounts).
 */
export const HANDWRITTEN_16_FILE = path.join(EVAL_DIR, 'handwritten-injection-16.jsonl');
/**
 * Written for issue 16 by a helper before any of its scores was seen and without reading the rules, the templates or
 * the earlier sets' lines: 40 attacks in every family in plain words and seven languages (EN, ES, FR, DE, PT, IT, NL),
 * framed indirectly (a note to the AI, a quoted line, an attack inside a complaint, a summary asked with a twist, a
 * fake end of the message) against 80 benign near-misses (setup instructions followed, rules and policies quoted,
 * system and error messages pasted, passwords reset, supervisors asked for, lines and accounts the caller holds or
 * manages by power of attorney, agents reading policy aloud, notes and summaries asked for legitimately).
 */
export const HANDWRITTEN_17_FILE = path.join(EVAL_DIR, 'handwritten-injection-17.jsonl');
/**
 * Written for issue 16 by a helper before any of its scores was seen and before reading the screen's rules or the
 * corpus templates (only set 17's format and family names were looked at): 51 attacks in every family in plain words,
 * in EN, ES, FR, DE, PT, IT and NL, and in nine encodings or obfuscations (base64, ROT13, hex, URL encoding, leetspeak,
 * zero-width characters, Cyrillic look-alikes, full-width letters, spaced letters), against 69 benign near-misses
 * (instructions and manuals, error messages and app logs quoted, pasted e-mails and past call exchanges, managers and
 * supervisors asked for, roles on business accounts, joint accounts, power of attorney and relatives present, agents'
 * scripts, translations asked for, order numbers that look encoded). Five of its lines take up phrasings the brief
 * named as earlier sessions' misses and false alarms.
 */
export const HANDWRITTEN_19_FILE = path.join(EVAL_DIR, 'handwritten-injection-19.jsonl');
/**
 * Written for issue 16 by a helper before any of its scores was seen and without reading the screen's rules or the
 * training templates: 38 tool_abuse attacks (another person's balance, address, phone, history, contract or orders
 * read out, looked up, changed or exported, found by address, name, phone, e-mail, ID number or number plate; polite,
 * indirect, verbless, or inside a complaint) in EN, ES, FR, DE, PT, IT and NL, against 48 benign near-misses (the
 * caller's own data, a parent's or employees' accounts held by power of attorney or as business admin, lookups by the
 * caller's own e-mail or order, other people mentioned without anything asked about them).
 */
export const HANDWRITTEN_21_FILE = path.join(EVAL_DIR, 'handwritten-injection-21.jsonl');
/**
 * Written for issue 16 by a helper before any of its scores was seen and before reading the screen's rules or the
 * corpus templates (only set 17's format and family names were looked at), to measure false alarms: 150 benign
 * customer turns that brush against injection vocabulary (instructions from a courier, a doctor, a manual or an earlier
 * agent; rules and policies; error messages, logs and tickets with System: and Note: lines pasted; developer, safe and
 * maintenance modes; admins of business accounts, carers and power of attorney; complaints about being asked to verify;
 * their own earlier messages and bills ignored or forgotten; app prompts and passwords; translations and summaries;
 * preferences from now on; quoted marketing; order numbers that look like base64 or hex; markdown, HTML, JSON and
 * e-mail headers pasted), about half in EN and the rest in ES, FR, DE, PT, IT and NL, against 30 attacks in plain words
 * in every family, so that recall is watched too.
 */
export const HANDWRITTEN_22_FILE = path.join(EVAL_DIR, 'handwritten-injection-22.jsonl');
/**
 * Written for issue 16 by a helper before any of its scores was seen and before reading the screen's rules or the
 * corpus templates (only set 17's format and family names were looked at): 60 attacks in every family, weighted to the
 * checks' weakest (role-play, instruction override in plain words, tool abuse, false notes and claims written into the
 * record), half in EN and the rest in ES, FR, DE, PT, IT and NL, phrased as different people would (terse, rambling,
 * polite, angry, hidden mid-complaint, split over two sentences, as a question, as a hypothetical, as a friend's tip),
 * against 60 benign near-misses, one beside each attack in topic.
 */
export const HANDWRITTEN_23_FILE = path.join(EVAL_DIR, 'handwritten-injection-23.jsonl');
/**
 * Written for issue 16 by a helper before any of its scores was seen and before reading the screen's rules for the
 * phrasings written (only sets 22 and 23's format and family names were looked at): 40 attacks weighted to the blind
 * check's weakest families (other intents 10: another person's data asked for after a benign clause, false notes of a
 * staff approval with no admission word; tool abuse 9; role-play 9; plain-word override 9; exfiltration 2; a forged
 * note 1), in EN, ES, FR, DE, PT, IT and NL, three obfuscated (leetspeak, spacing, look-alikes), against 60 benign
 * near-misses a caller would write (neighbours signing for parcels, notes asked for on their own file, approvals an
 * agent reported, "forget/ignore" their own earlier words, playing a role, tools and exports on their own account).
 */
export const HANDWRITTEN_25_FILE = path.join(EVAL_DIR, 'handwritten-injection-25.jsonl');
/**
 * Written for issue 16 by a helper before any of its scores was seen and before reading the screen's rules for the
 * phrasings in it (only set 22's format was looked at), to measure false alarms again: 100 benign customer and agent
 * turns that use attack words innocently (their own earlier e-mails, bills and addresses disregarded or forgotten; an
 * agent's advice to ignore a letter quoted in a complaint; app and error texts with system and administrator in them;
 * developer, safe, bridge and paperless modes; admin passwords of their own routers; notes on their own account; a
 * spouse's or parent's account they are authorised on, its balance read out; pasted chats with Agent: and Customer:
 * lines; codes that look like base64; a supervisor asked to approve or override a charge), half in EN and the rest in
 * ES, FR, DE, PT, IT and NL, against 20 attacks in every family (plain words in six languages, a fake transcript, fake
 * tags, base64, leetspeak, full-width letters, zero-width characters), so that recall is watched too.
 */
export const HANDWRITTEN_26_FILE = path.join(EVAL_DIR, 'handwritten-injection-26.jsonl');
/**
 * Written for issue 16 by a helper before any of its scores was seen and before reading the screen's rules for the
 * phrasings in it (only set 23's format was looked at): 40 attacks buried in long, ordinary customer messages (a
 * complaint, a pasted e-mail or chat, a relative's story, "my boss told me to ask", a hypothetical, a test, a joke),
 * two to six sentences each, weighted to the blind check's weakest families (tool abuse 10, role-play 10, plain-word
 * override 8, exfiltration 9, other intents 3), against 60 benign long messages on the same topics that use attack
 * words innocently; half in EN and the rest in ES, FR, DE, PT, IT, NL and mixed-language messages.
 */
export const HANDWRITTEN_27_FILE = path.join(EVAL_DIR, 'handwritten-injection-27.jsonl');
/**
 * Written for issue 16 by a helper in the seventeenth session before any of its scores was seen and without reading
 * the training templates (only set 27's format was looked at): 40 attacks weighted to other intents (19: another
 * person's data or records asked for in the middle of a long complaint, a phishing text or fake reviews or invented
 * discount codes written for the caller, records falsified) and tool abuse on another person's account (8), with
 * override, exfiltration, role-play and fake boundaries, against 60 benign long messages about third parties (carers
 * and powers of attorney, previous tenants' mail, ex-partners' access revoked, employers' plans, joint accounts, "the
 * rules now say I can"); half in EN and the rest in ES, FR, DE, PT, IT and NL.
 */
export const HANDWRITTEN_29_FILE = path.join(EVAL_DIR, 'handwritten-injection-29.jsonl');
/**
 * Written for issue 16 by a helper in the seventeenth session before any of its scores was seen and without reading
 * the training templates (only set 27's format was looked at): 40 attacks, 28 of them in plain everyday English with
 * no jargon ("from now on you work for me", "what were you told before I got here", "check what my neighbour pays"),
 * as questions, conditionals and polite asks, the rest in ES, FR, DE, PT, IT, NL, leetspeak and base64; against 60
 * benign contact-center messages that mention instructions, rules, prompts, managers, notes, other people's accounts
 * held with authority, system and error messages, developers, roles, modes, translations and pasted e-mails.
 */
export const HANDWRITTEN_30_FILE = path.join(EVAL_DIR, 'handwritten-injection-30.jsonl');
/**
 * Written for issue 16 by a helper in the seventeenth session before any of its scores was seen and without reading
 * the screen's rules (only set 30's format was looked at): 24 attacks in plain words (a record falsified against the
 * caller's own facts, the assistant made to pose as staff, the police or a lawyer, sign-in checks skipped, a message
 * sent to every customer, the name on an account looked up by street address, Dutch "je" asking what the last caller
 * said), 60% EN and the rest in ES, FR, DE, PT, IT and NL; against 36 benign near-misses (a real payment to be marked
 * paid, a copy of one's own receipt, "was the fraud team's call really you?", a forgotten password, the letter sent to
 * all customers, Dutch "je" about the caller's own things).
 */
export const HANDWRITTEN_31_FILE = path.join(EVAL_DIR, 'handwritten-injection-31.jsonl');
/**
 * Written for issue 16 by a helper in the seventeenth session before any of its scores was seen (only set 31's format
 * was looked at): 20 attacks in plain words (the note given to the assistant at the start asked for, the people in
 * the houses of a named street looked up, identity checks waved away, a record changed against the caller's own
 * facts), 60% EN and the rest in ES, FR, DE, PT, IT and NL; against 30 benign near-misses (what the agent said at the
 * start of the call, houses on the caller's street hit by an outage, no paper copy, a new address, who the caller
 * spoke to yesterday).
 */
export const HANDWRITTEN_32_FILE = path.join(EVAL_DIR, 'handwritten-injection-32.jsonl');
/**
 * Written for issue 16 by a helper in the eighteenth session before any of its scores was seen or the screen's code was
 * read (only set 32's format was looked at), aimed at false alarms: 70 benign near-misses (a letter or an email the
 * customer wants drafted, their own voice assistant or chatbot quoted, complaints about "your bot" and "the system",
 * instructions quoted from a letter, a form or an error message, their own admin password or developer settings,
 * "translate this for me", "imagine"/"pretend" in ordinary speech, supervisors and managers in complaints, a relative
 * they hold a power of attorney or a joint account for, base64-looking order and tracking codes) and 30 attacks on
 * the same topics, in EN, ES, FR, DE, PT, IT and NL plus obfuscated and encoded lines.
 */
export const HANDWRITTEN_34_FILE = path.join(EVAL_DIR, 'handwritten-injection-34.jsonl');
/**
 * Thirty-fifth set, written before reading the screen's code or set 32: 50 attacks in ordinary words (a record the
 * caller admits is untrue, backdating, another household's debt by house number or a former number's owner, waivers
 * and credits asked as favours, the reply dictated, the first text of the day asked for) against 50 benign
 * near-misses (true corrections, neighbours in an outage, the caller's own old number, favours within policy, what
 * the agent said), 40% EN and the rest in ES, FR, DE, PT, IT, NL, obfuscated and base64.
 */
export const HANDWRITTEN_35_FILE = path.join(EVAL_DIR, 'handwritten-injection-35.jsonl');
/**
 * The lead's check, written in the thirteenth session without reading the screen's rules (after reading only the
 * subjects of the thirteenth set's commits): 40 attacks in six families and 80 benign customer turns in six languages.
 * Never tuned on: its misses are never printed, not even with --verbose.
 */
export const HANDWRITTEN_14_FILE = path.join(EVAL_DIR, 'handwritten-injection-14.jsonl');
/**
 * The lead's check for the fourteenth session, written without reading the screen's rules, the training templates or
 * any earlier set's lines: 40 attacks in six families and 60 benign customer turns, in EN, ES, FR, DE, PT and IT.
 * Never tuned on: its misses are never printed, not even with --verbose.
 */
export const HANDWRITTEN_18_FILE = path.join(EVAL_DIR, 'handwritten-injection-18.jsonl');
/**
 * The lead's check for the fifteenth session, written without reading the screen's rules, the training templates or
 * any earlier set's lines: 40 attacks in six families (plain words, fake boundaries, base64, ROT13, leetspeak, spacing,
 * look-alikes) and 60 benign customer turns, in EN, ES, FR, DE, PT, IT and NL. Never tuned on: aggregates only.
 */
export const HANDWRITTEN_20_FILE = path.join(EVAL_DIR, 'handwritten-injection-20.jsonl');
/**
 * The lead's check for the sixteenth session, written by a helper who read no screen code, no training template and
 * no earlier set's lines (only the first set's format): 40 attacks in six families (EN with ES/FR/DE/PT/IT/NL,
 * leetspeak, spacing, full-width, zero-width, base64) and 60 benign near-misses. Scored once on the session's
 * starting code before any pass was merged. Never tuned on: aggregates only.
 */
export const HANDWRITTEN_24_FILE = path.join(EVAL_DIR, 'handwritten-injection-24.jsonl');
/**
 * The lead's check for the seventeenth session, written by a helper who read no screen code, no training template and
 * no earlier set's lines (only the first set's format): 40 attacks in six families (EN with ES/FR/DE/PT/IT/NL,
 * leetspeak, spaced letters, full-width, zero-width, base64) and 60 benign near-misses. Scored once on the session's
 * starting code before any pass was merged. Never tuned on: aggregates only.
 */
export const HANDWRITTEN_28_FILE = path.join(EVAL_DIR, 'handwritten-injection-28.jsonl');
/**
 * The lead's check for the eighteenth session, written by a helper who read no screen code, no training template and
 * no earlier set's lines (only the format): 40 attacks in six families (EN with ES/FR/DE/PT/IT/NL, obfuscated,
 * encoded) and 60 benign near-misses in seven languages. Scored once on the session's starting code before any pass
 * was merged. Never tuned on: aggregates only.
 */
export const HANDWRITTEN_33_FILE = path.join(EVAL_DIR, 'handwritten-injection-33.jsonl');

const HandwrittenSchema = z.object({
  id: z.string(),
  text: z.string(),
  attack: z.boolean(),
  family: z.string().optional(),
  variant: z.string().optional(),
});

const flags = (text: string) => screenText(text).verdict === 'injection';

export function evaluateFamilyHoldout(): ScreenMetrics {
  const model = InjectionModelSchema.parse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
  const corpus = buildCorpus(model.training.seed);
  if (corpusDigest(corpus) !== model.training.corpusDigest) {
    throw new Error('the corpus templates changed since the model was trained: run npm run train:injection');
  }
  const heldOut = new Set(model.training.heldOutFamilies);
  const messages: LabelledMessage[] = corpus
    .map((c, i) => ({ id: `${c.family}#${i}`, text: c.text, attack: c.attack, group: c.family }))
    .filter((m) => heldOut.has(m.group));
  return screenMetrics(messages, flags);
}

/** Recall by attack family, and again by variant (language or obfuscation), on a hand-written set. */
export function evaluateHandwritten(file: string = HANDWRITTEN_FILE): {
  byFamily: ScreenMetrics;
  byVariant: ScreenMetrics;
} {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = HandwrittenSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(
          `${path.basename(file)} line ${i + 1}: ${parsed.error.issues.map((x) => x.path.join('.')).join(', ')}`,
        );
      return parsed.data;
    });
  const as = (group: (r: (typeof rows)[number]) => string): LabelledMessage[] =>
    rows.map((r) => ({ id: r.id, text: r.text, attack: r.attack, group: group(r) }));
  return {
    byFamily: screenMetrics(
      as((r) => r.family ?? 'benign'),
      flags,
    ),
    byVariant: screenMetrics(
      as((r) => r.variant ?? 'benign'),
      flags,
    ),
  };
}

const f3 = (x: number): string => x.toFixed(3);

export function printScreenMetrics(
  title: string,
  m: ScreenMetrics,
  out: (line: string) => void = console.log,
  verbose = false,
  benignGroups = false,
): void {
  out(
    `${title}: recall ${f3(m.recall)} (${m.attacks} attacks), false-positive rate ${f3(m.falsePositiveRate)} (${m.benign} benign)`,
  );
  for (const [group, recall] of Object.entries(m.recallByGroup)) out(`  ${group.padEnd(44)} recall ${f3(recall)}`);
  if (benignGroups)
    for (const [group, fpr] of Object.entries(m.falsePositiveRateByGroup))
      out(`  ${group.padEnd(44)} false-positive rate ${f3(fpr)}`);
  if (verbose) for (const miss of m.misses) out(`  miss: ${miss}`);
}

/** The hand-written sets, in the order they were written, as the report names them. */
/** Each set's name and file, and whether its misses may be listed (--verbose): a check set's never are. */
const HANDWRITTEN_SETS: readonly [name: string, file: string, checkOnly?: boolean][] = [
  ['hand-written set', HANDWRITTEN_FILE],
  ['second hand-written set', HANDWRITTEN_2_FILE],
  ['third hand-written set', HANDWRITTEN_3_FILE],
  ['fourth hand-written set', HANDWRITTEN_4_FILE],
  ['fifth hand-written set', HANDWRITTEN_5_FILE],
  ['sixth hand-written set', HANDWRITTEN_6_FILE],
  ['seventh hand-written set', HANDWRITTEN_7_FILE],
  ['eighth hand-written set', HANDWRITTEN_8_FILE],
  ['ninth hand-written set', HANDWRITTEN_9_FILE],
  ['tenth hand-written set', HANDWRITTEN_10_FILE],
  ['eleventh hand-written set (notes to the AI)', HANDWRITTEN_11_FILE],
  ['twelfth hand-written set (six languages, same verbs)', HANDWRITTEN_12_FILE],
  ['thirteenth hand-written set (near-misses, six languages)', HANDWRITTEN_13_FILE],
  ['fifteenth hand-written set (ordinary words, seven languages)', HANDWRITTEN_15_FILE],
  ['sixteenth hand-written set (tool abuse and other intents, six languages)', HANDWRITTEN_16_FILE],
  ['seventeenth hand-written set (indirect framings, hard near-misses, seven languages)', HANDWRITTEN_17_FILE],
  ['nineteenth hand-written set (plain words, encodings, hard near-misses, seven languages)', HANDWRITTEN_19_FILE],
  ['twenty-first hand-written set (tool abuse and its near-misses, seven languages)', HANDWRITTEN_21_FILE],
  ['twenty-second hand-written set (benign near-misses, seven languages)', HANDWRITTEN_22_FILE],
  [
    'twenty-third hand-written set (how different people phrase it, near-misses beside, seven languages)',
    HANDWRITTEN_23_FILE,
  ],
  [
    'twenty-fifth hand-written set (the weakest families in plain words, near-misses, seven languages)',
    HANDWRITTEN_25_FILE,
  ],
  ['twenty-sixth hand-written set (benign near-misses again, seven languages)', HANDWRITTEN_26_FILE],
  [
    'twenty-seventh hand-written set (attacks buried in long messages, near-misses, seven languages)',
    HANDWRITTEN_27_FILE,
  ],
  [
    'twenty-ninth hand-written set (third parties in long messages, other intents, seven languages)',
    HANDWRITTEN_29_FILE,
  ],
  [
    'thirtieth hand-written set (plain everyday words, near-misses that name rules and roles, seven languages)',
    HANDWRITTEN_30_FILE,
  ],
  [
    'thirty-first hand-written set (falsified records, posing as staff, skipped sign-in, mass messages, seven languages)',
    HANDWRITTEN_31_FILE,
  ],
  [
    'thirty-second hand-written set (the opening note asked for, neighbours by street, checks waved away, seven languages)',
    HANDWRITTEN_32_FILE,
  ],
  [
    'thirty-fourth hand-written set (benign near-misses: drafting, own assistants, quoted instructions, seven languages)',
    HANDWRITTEN_34_FILE,
  ],
  [
    'thirty-fifth hand-written set (untrue records, other households, favours without authority, seven languages)',
    HANDWRITTEN_35_FILE,
  ],
  ["fourteenth hand-written set (the lead's check, never tuned on)", HANDWRITTEN_14_FILE, true],
  ["eighteenth hand-written set (the lead's second check, never tuned on)", HANDWRITTEN_18_FILE, true],
  ["twentieth hand-written set (the lead's third check, never tuned on)", HANDWRITTEN_20_FILE, true],
  ["twenty-fourth hand-written set (the lead's fourth check, never tuned on)", HANDWRITTEN_24_FILE, true],
  ["twenty-eighth hand-written set (the lead's fifth check, never tuned on)", HANDWRITTEN_28_FILE, true],
  ["thirty-third hand-written set (the lead's sixth check, never tuned on)", HANDWRITTEN_33_FILE, true],
];

export function printInjectionSets(out: (line: string) => void = console.log, verbose = false): void {
  printScreenMetrics('injection, held-out phrasing families', evaluateFamilyHoldout(), out, verbose, true);
  for (const [name, file, checkOnly] of HANDWRITTEN_SETS) {
    const set = evaluateHandwritten(file);
    printScreenMetrics(`injection, ${name} (by family)`, set.byFamily, out, verbose && !checkOnly);
    printScreenMetrics(`injection, ${name} (by variant)`, set.byVariant, out);
  }
}
