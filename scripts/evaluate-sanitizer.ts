/**
 * Measures the sanitizer on the labelled sets in test/fixtures/sanitizer-eval: per-type recall and
 * precision of PII spans (a hit needs the exact span and type), injection recall (overall and per
 * family) and the false-positive rate on benign contact-center messages.
 *   npx tsx scripts/evaluate-sanitizer.ts [--verbose]
 * Two sets: `main` (pii.jsonl, injection.jsonl; the tests hold the floors on it) and `holdout`
 * (holdout-*.jsonl, written after the detectors were tuned on `main`, so its figures are the honest
 * estimate of how they generalize) and `handwritten`, then `fresh` (fresh-*.jsonl, written blind; both its PII and
 * its injection halves have since been read miss by miss while tuning, so it is tuning material now) and `blind`
 * (blind-*.jsonl, a second set written blind by another author, never tuned on: the final check).
 * `--verbose` prints the ids of the tuning sets' misses (every set whose role below is `tuning`, and `main` and
 * `fresh`), never those of the checks nobody tunes on: `blind`, the lead's PII checks (`fresh13`, `fresh17`,
 * `fresh19`, `fresh25`, `fresh30`, `fresh34`) and the lead's injection sets (14, 18, 20, 24, 28, 33).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { compileKnownNames, detectPii, PII_TYPES, type PiiType } from '../domain/sanitizer/pii';
import { screenText, INJECTION_FAMILIES } from '../domain/sanitizer/injection';
import { evaluateHandwritten, printInjectionSets, printScreenMetrics } from './evaluate-injection';

export const EVAL_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'sanitizer-eval');

const PiiCaseSchema = z.object({
  id: z.string(),
  text: z.string(),
  pii: z.array(
    z.object({ type: z.enum(PII_TYPES), start: z.number().int(), end: z.number().int(), value: z.string() }),
  ),
  /** The conversation's participants, as Genesys gives them to a routing. */
  participants: z.array(z.object({ role: z.enum(['customer', 'agent', 'external']), name: z.string() })).optional(),
});
const InjectionCaseSchema = z.object({
  id: z.string(),
  text: z.string(),
  attack: z.boolean(),
  family: z.enum(INJECTION_FAMILIES).optional(),
  variant: z.string().optional(),
});

export interface Rate {
  recall: number;
  precision: number;
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
}
export interface EvalResult {
  pii: Record<PiiType, Rate>;
  /** Utterances with no labelled PII, and how many of them the redactor left untouched. */
  clean: { utterances: number; untouched: number; share: number };
  /**
   * What privacy asks, whatever the span's type and borders: labelled values with every character inside some
   * redacted span. Exact-span recall above also counts a border or type disagreement as a miss; this does not.
   */
  redacted: { values: number; covered: number; share: number };
  injection?: {
    recall: number;
    falsePositiveRate: number;
    attacks: number;
    benign: number;
    recallByFamily: Record<string, number>;
  };
  misses: { pii: string[]; injection: string[] };
}

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  const lines = readFileSync(path.join(EVAL_DIR, file), 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new Error(`${file} line ${i + 1}: ${parsed.error.issues.map((x) => x.path.join('.')).join(', ')}`);
    return [parsed.data];
  });
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/**
 * `main` is the tuning set; `holdout` is written in other phrasing and template families and only measured;
 * `handwritten` was written by hand before the name, address, birth-date and account detectors existed and is
 * never tuned on (it has no injection part). `fresh` was written blind (without reading the detectors, the
 * training templates or the other sets); its misses have since been read to tune both the PII detectors and the
 * injection screen (never copied into the corpus or the lexicon), so it is tuning material for both halves. `blind`
 * is a second set written blind, by another author, never tuned on and never listed: the final check.
 * `fresh2` (PII only) was written for the generalisation pass before it was ever run; its first run gave the unseen
 * figure quoted in docs/measurements.md, and the detectors were tuned on its misses afterwards: tuning material.
 * `fresh3` (PII only) was written the same way for a second generalisation pass (other phrasings, more countries'
 * phones and addresses, spelled emails and names, nicknames, clean look-alikes); committed before its first run,
 * tuned on since: tuning material too. `fresh4` (PII only) is the third such pass (weighted toward birth dates, emails,
 * phones, card expiry, names and addresses, with look-alike clean lines), committed before its first run.
 * `fresh5` (PII only) is the fourth (weighted toward names, addresses, birth dates, account numbers and phones said in
 * sentences, with product names, street-like phrases, ordinary dates, versions, prices and order numbers as clean
 * lines), committed before its first run.
 * `fresh6` (PII only) is the fifth (another author's style: lower case, run-on sentences, corrections, values split
 * across a question and its answer, names of many origins, several countries' addresses, account numbers with
 * letters; a third clean look-alikes), committed before its first run.
 * `fresh7` (PII only) is the sixth (lower-case speech-to-text style, weighted to names of many origins with and
 * without cues, several countries' addresses, birth dates and numbers said in words; a third clean look-alikes),
 * committed before its first run.
 * `fresh8` (PII only) is the seventh (chat and voice turns weighted to birth dates said many ways with the cue in the
 * agent's question, phones and emails as typed and said, expiries, account numbers, names with and without cues and
 * addresses of several countries; a quarter clean look-alikes), committed before its first run.
 * `fresh9` (PII only) is the eighth (chat and voice turns weighted to names with and without cues, after greetings and
 * sign-offs, of many origins; international, spoken and extension phones; spoken and obfuscated emails; birth dates,
 * expiries and policy, member and customer numbers; near to a third clean look-alikes), committed before its first run.
 * `fresh10` (PII only) is the ninth (conversations with participants and single turns weighted to names and addresses:
 * particle, hyphenated and apostrophe surnames, nicknames, names after "this is", "for", "on behalf of", titles and
 * sign-offs, spelled with dashes or the NATO alphabet; units, PO boxes, rural routes, "c/o", UK, IE, CA and AU
 * postcodes, German, French, Spanish, Portuguese and Dutch street orders; a third clean look-alikes such as brands that
 * are surnames and "Main Street branch"), committed before its first run.
 * `fresh11` (PII only) is one more such pass (chat and voice turns weighted to phones in many national formats, written and
 * said in words, emails typed and said, birth dates in several languages and orders, account, policy and member numbers,
 * card expiries and security codes; near to a third clean look-alikes: order, tracking and ticket numbers, prices,
 * times, ordinary dates, versions, file names with @, years that are not birth years), committed before its first run.
 * `fresh12` (PII only) is the thirteenth session's pass (single turns and a few conversations with participants,
 * weighted to names with and without cues, spelled letter by letter or with the NATO alphabet, birth dates written
 * and said, six digits included, emails typed and said with odd top-level domains and plus tags, card expiries said
 * as a month alone, account numbers and phones in EN/ES/FR/DE/PT; a third clean look-alikes: brands that are
 * surnames, versions, prices, quantities, ordinary dates, order and tracking numbers, street-named branches),
 * committed before its first run.
 * `fresh13` (PII only) is the lead's check on the fresh12 pass, written without reading the detectors and committed
 * before its first run (70 turns, 52 values of every kind, 23 clean look-alikes); never tuned on, so its misses are
 * never listed, not even with --verbose.
 * `fresh17` (PII only) is the lead's check for the fourteenth session, written like `fresh13` (55 turns, 44 values of
 * every kind, 15 clean look-alikes) and committed before its first run; never tuned on, aggregates only.
 * `fresh19` (PII only) is the lead's check for the fifteenth session, written the same way (63 turns, 63 values of
 * every kind in EN/ES/FR/DE/PT, 15 clean look-alikes); never tuned on, aggregates only.
 * `fresh30` (PII only) is the lead's check for the seventeenth session, written like `fresh25` by a helper who read no
 * detector code (83 turns, 80 values of all twelve types weighted to names, addresses, birth dates and account numbers,
 * EN with ES/FR/DE/PT/IT, 14 with participants; 18 clean near-misses), scored once on the session's starting code.
 * `fresh34` (PII only) is the lead's check for the eighteenth session, written the same way (100 turns, 125 values of
 * all twelve types, EN with ES/FR/DE/PT/IT/NL, chat, lower-case voice and e-mails with signatures, participants on
 * some; 26 clean near-misses), scored once on the session's starting code before any pass was merged.
 * `fresh25` (PII only) is the lead's check for the sixteenth session, written by a helper who read no detector code
 * and no earlier set but the first hand-written one (69 turns, 73 values of every kind in EN/ES/FR/DE/PT, addresses of
 * seven countries, 4 turns with participants, 15 clean look-alikes); never tuned on, aggregates only.
 * `fresh14` (PII only) is the fourteenth session's pass (lower-case voice-transcript turns without punctuation, with
 * fillers, corrections and agent read-backs: names without capitals, emails with subdomains, hyphens, digits and
 * country domains, "at" said and "dot" written, phones with country codes said in words, birth dates in mixed spoken
 * forms, expiries said with "slash", account and policy numbers with letters read out; over a third clean look-alikes
 * in the same style: times, prices, quantities, order numbers, appointment dates), committed before its first run.
 * `fresh15` (PII only) is the fifteenth session's pass (agent/customer exchanges where the agent asks for a birth date,
 * account, policy or member number, card expiry, phone, name or email and the customer answers a turn later, with
 * corrections and agent read-backs, EN mostly and some ES/FR/DE/PT; over a quarter clean exchanges where the answer is
 * a time, price, quantity, order number or a refusal), committed before its first run.
 * `fresh16` (PII only) is the sixteenth PII pass (contact-center turns and e-mail sign-offs in EN/ES/FR/DE/PT weighted to
 * names introduced many ways, third parties, particles, hyphens and apostrophes, agents' names and signatures; phones
 * from the UK, Brazil, India, Germany, France and Mexico, said with "double"/"triple", extensions, split after an area
 * code; birth dates, account numbers and card expiries in varied cue phrasing; a quarter clean look-alikes: products,
 * totals, ordinary dates, times, streets, versions, tracking and invoice numbers), committed before its first run.
 * `fresh18` (PII only) is the eighteenth PII pass, aimed at the check sets' weakest types (76 turns in EN/ES/FR/DE/PT:
 * names introduced many ways, nicknames, spelled surnames, third parties; phones from Australia, the US, Spain,
 * Belgium, Germany, Portugal and Ireland, read out and with extensions; birth dates spoken, ISO and numeric; member,
 * policy and contract numbers with varied cues; card expiries said many ways; 21 clean look-alikes: quantities,
 * versions, prices, products, order and serial numbers, ordinary dates, a warranty date), committed before its first
 * run.
 * `fresh20` (PII only) is the twentieth PII pass, aimed at false alarms (two thirds clean near-misses in EN mostly and
 * ES/FR/DE/PT: brands, products and plans that are also given names or surnames, places and streets named as places,
 * number runs that are not phones (order, ticket, tracking, invoice, serial, IMEI, meter, flight, model numbers, prices,
 * quantities, times, dates, versions), capitalised words at sentence start, teams, greetings; a third real names,
 * phones and other values beside such look-alikes), committed before its first run.
 * `fresh21` (PII only) is a voice-transcript pass (77 lower-case agent/customer turns without punctuation, with fillers,
 * repetitions and read-backs: names said and spelled letter by letter, phones and account numbers read digit by digit
 * with "oh", "double" and "triple", birth dates and expiries said in words, emails said with "dot", "at", "underscore"
 * and "dash", addresses said in words with a unit; 23 clean look-alikes in the same style: times, prices, quantities,
 * order and ticket numbers, appointment dates, products, street-like phrases), committed before its first run.
 * `fresh23` (PII only) is a pass on the three weakest structured types (75 turns, half EN and the rest ES/FR/DE/PT/IT:
 * birth dates after many cues and in numeric, ISO, abbreviated, ordinal and spoken-year forms; card expiries after
 * "exp", "good thru", "valid thru", month names, "end of"; account, policy, member, customer and contract numbers with
 * letters, dashes, spaces, check letters, read digit by digit; 23 clean look-alikes: appointments, deliveries, bills,
 * years, ages, order/ticket/tracking numbers, offers "valid until", vouchers and passwords that expire), committed
 * before its first run.
 * `fresh24` (PII only) is a pass on names where they are hardest to see (83 turns in EN/ES/FR/DE/PT: corrections "not
 * X, it's Y", third parties in a story, vocatives mid-sentence, names in e-mail bodies, greetings and sign-offs, names
 * after lower-case "mr/ms/dr/mme/sra.", agents' read-backs with spelled letters, names with no cue, some lines with
 * Genesys participants; 26 clean near-misses: brands and places that are names, weekdays and months, job titles, team
 * names, "Dear Customer", capitalised words at sentence start), committed before its first run.
 * `fresh26` (PII only) is a pass on the blind check's weakest types (69 turns in EN/ES/FR/DE/PT, chat and voice: birth
 * dates and card expiries said whole or in parts across clauses and turns, account, policy and member numbers with
 * letters, check digits, read out or given in two goes, names after "falei com"/"hablé con"/"j'ai eu", lower-case
 * surname corrections, account holders; 15 clean near-misses: birthdays and renewals that are no birth date or expiry,
 * order, tracking and invoice numbers, lower-case corrections of ordinary words), committed before its first run.
 * `fresh27` (PII only) is a pass on names no word list holds (76 turns in EN/ES/FR/DE/PT, chat and voice: rare and
 * invented given names and surnames of many origins after cues, in person slots with no cue ("ask X to call me", "X
 * from billing said", "falei com o X", "hablé con X", "j'ai eu X", "ich hatte X am Apparat"), vocatives, sign-offs,
 * third parties; 22 clean near-misses: brands, places, products, teams, job titles, weekdays and months, capitalised
 * ordinary words of the five languages in the same slots), committed before its first run.
 * `fresh28` (PII only) is a pass on phones (86 turns in EN/ES/FR/DE/PT/IT/NL, chat and voice: 66 phones of 21
 * countries written with "+", "00", "(0)", dots, slashes, dashes, spaces or none, extensions "ext."/"x"/"poste"/
 * "Durchwahl"/"interno"/"extensión", said in words with "double"/"oh" and hesitations, split across commas, two in one
 * turn, beside an IBAN or a card, read back digit by digit; 25 clean near-misses: order, ticket, tracking, invoice,
 * IMEI, serial and meter numbers, prices, quantities, times, dates, versions, a flight, a sort code, postcodes),
 * committed before its first run.
 * `fresh29` (PII only) is a pass on names the last passes left (79 turns in EN/ES/FR/DE/PT, half lower-case voice:
 * names in lower case after cues and person slots, names of many origins after greetings and thanks, a name as the
 * subject after an apology, names in a list of who was called ("and again to X", "und heute X"); 24 clean near-misses:
 * ordinary words, teams and firms in the same slots, firms greeted or thanked, products, places), committed before its
 * first run.
 * `fresh31` (PII only) is a pass on names greeted, thanked or said as a subject (71 turns in EN/ES/FR/DE/PT, chat and
 * voice: names no list holds after "Hi"/"thanks"/"obrigado"/"Danke"/"Merci"/"Bom dia", lower-case subjects with or
 * without an article ("o joão disse", "la marie m'a dit", "der torben gesagt"), names after "ask for"/"put me through
 * to"/"hablé con"/"falei com"/"j'ai eu"; 32 clean near-misses: firms, teams, departments and ordinary words in the
 * same slots ("Hi Support,", "thanks Amazon", "ask for Accounts", "hablé con Movistar", "la box m'a lâché")), committed
 * before its first run.
 * `fresh32` (PII only) is a pass on address borders (74 turns, chat and lower-case voice, of the US, UK, Canada,
 * Ireland, Australia, Germany, France, Spain, Portugal, Italy, the Netherlands, Belgium and Brazil: a street with its
 * unit ("apt 4b", "Flat 2", "2º D", "bus 3", "interno 4"), then a city, a postcode and a country; PO boxes, rural
 * routes, two addresses in one turn ("moving from X to Y"), a house number corrected ("12 no sorry 21 elm street"),
 * fillers, a house number split from its street by a comma; 25 clean near-misses: streets without a house number, a
 * branch or shop on a street, floors, exits and routes, opening hours, products with numbers, a business's own
 * address and a signature's suite), committed before its first run.
 * `fresh33` (PII only) is a pass on names no list holds (52 turns in EN/ES/FR/DE/PT, chat and lower-case voice: a
 * name after a greeting followed by talk of a past call or a person's act ("Morning Taiwo, thanks for calling me
 * back"), lower-case names after an article as the subject of a verb of saying ("a rosângela falou", "der torben hat
 * gesagt"); 28 clean near-misses: firms, teams and groups greeted, roles, ordinary nouns and devices in the same
 * subject slot ("o atendente falou", "la cajera me dijo", "le site m'a dit")), committed before its first run.
 * `fresh35` (PII only) is a pass on the forms names take (106 turns in EN/ES/FR/DE/PT/IT/NL, chat and lower-case voice:
 * names spelled out ("S-M-I-T-H", "smith s m i t h", "B de Barcelona, A, R..."), surnames with particles ("van der
 * Berg", "dos Santos", "Di Stefano", "le goff"), hyphenated and double surnames, names in sign-offs and signatures,
 * names given for someone else ("in my wife's name, X", "a nombre de mi padre, X") or after a role word ("mein Mann
 * Jörg", "mio figlio Matteo"), Italian and Dutch cues ("mi chiamo", "sono", "ik ben", "spreek ik met"); 31 clean
 * near-misses: firms and streets with the same particles, spelled order codes, role words and cues without a name,
 * teams signing off, brands greeted), committed before its first run.
 * `fresh36` (PII only) is a pass on the weakest structured types of fresh34 (105 turns in EN/ES/FR/DE/PT/IT/NL, chat,
 * lower-case voice and e-mails: account, policy, member, customer, subscriber, loyalty and contract numbers with the
 * cue before, after or a few words away, letters+digits shapes, read out digit by digit with "double"/"triple"; birth
 * dates numeric and spelled, of the caller or a spouse or child, cue before or after; card security codes after
 * "security code", "three digits on the back", "cryptogramme", "Kartenprüfnummer", said in words; 28 clean
 * near-misses: order, ticket, tracking, invoice and case numbers, appointments and deliveries, "since 1984",
 * extensions, rooms, prices and error codes), committed before its first run.
 */
/**
 * The PII-only sets written after `fresh`, in the order they were written, and how each may be read: a `tuning` set's
 * misses are listed with --verbose; a `check` set (the lead's, never tuned on) prints its aggregates only. Each lives
 * in `<name>-pii.jsonl`.
 */
const LATER_PII_SETS = {
  fresh2: 'tuning',
  fresh3: 'tuning',
  fresh4: 'tuning',
  fresh5: 'tuning',
  fresh6: 'tuning',
  fresh7: 'tuning',
  fresh8: 'tuning',
  fresh9: 'tuning',
  fresh10: 'tuning',
  fresh11: 'tuning',
  fresh12: 'tuning',
  fresh13: 'check',
  fresh14: 'tuning',
  fresh15: 'tuning',
  fresh16: 'tuning',
  fresh17: 'check',
  fresh18: 'tuning',
  fresh19: 'check',
  fresh20: 'tuning',
  fresh21: 'tuning',
  fresh23: 'tuning',
  fresh24: 'tuning',
  fresh25: 'check',
  fresh26: 'tuning',
  fresh27: 'tuning',
  fresh28: 'tuning',
  fresh29: 'tuning',
  fresh30: 'check',
  fresh31: 'tuning',
  fresh32: 'tuning',
  fresh33: 'tuning',
  fresh34: 'check',
  fresh35: 'tuning',
  fresh36: 'tuning',
} as const satisfies Record<string, 'tuning' | 'check'>;
type LaterPiiSet = keyof typeof LATER_PII_SETS;
const laterSets = (role: 'tuning' | 'check'): LaterPiiSet[] =>
  (Object.keys(LATER_PII_SETS) as LaterPiiSet[]).filter((set) => LATER_PII_SETS[set] === role);

export type EvalSet = 'main' | 'holdout' | 'handwritten' | 'fresh' | 'blind' | LaterPiiSet;
/** The sets printed in turn; `fresh` and then `blind` are printed last, after the injection screen's own sets. */
export const EVAL_SETS: readonly EvalSet[] = ['main', 'holdout', 'handwritten'];
const FRESH_FILES = { pii: 'fresh-pii.jsonl', injection: 'fresh-injection.jsonl' };
const BLIND_FILES = { pii: 'blind-pii.jsonl', injection: 'blind-injection.jsonl' };
const FIRST_FILES: Record<Exclude<EvalSet, LaterPiiSet>, { pii: string; injection?: string }> = {
  main: { pii: 'pii.jsonl', injection: 'injection.jsonl' },
  holdout: { pii: 'holdout-pii.jsonl', injection: 'holdout-injection.jsonl' },
  handwritten: { pii: 'handwritten-pii.jsonl' },
  fresh: FRESH_FILES,
  blind: BLIND_FILES,
};
const filesOf = (set: EvalSet): { pii: string; injection?: string } =>
  set in LATER_PII_SETS ? { pii: `${set}-pii.jsonl` } : FIRST_FILES[set as keyof typeof FIRST_FILES];

export function evaluateSanitizer(set: EvalSet = 'main'): EvalResult {
  const counts = Object.fromEntries(PII_TYPES.map((t) => [t, { tp: 0, fn: 0, fp: 0 }])) as Record<
    PiiType,
    { tp: number; fn: number; fp: number }
  >;
  const misses: EvalResult['misses'] = { pii: [], injection: [] };
  const clean = { utterances: 0, untouched: 0, share: 1 };
  const redacted = { values: 0, covered: 0, share: 1 };
  for (const c of readJsonl(filesOf(set).pii, PiiCaseSchema)) {
    for (const label of c.pii) {
      if (c.text.slice(label.start, label.end) !== label.value)
        throw new Error(`${filesOf(set).pii} ${c.id}: span does not match its value`);
    }
    const found = detectPii(c.text, { knownNames: compileKnownNames(c.participants ?? []) });
    if (c.pii.length === 0) {
      clean.utterances++;
      if (found.length === 0) clean.untouched++;
    }
    for (const label of c.pii) {
      redacted.values++;
      if (isCovered(label, found)) redacted.covered++;
    }
    const key = (s: { type: string; start: number; end: number }) => `${s.type}:${s.start}:${s.end}`;
    const expected = new Set(c.pii.map(key));
    const detected = new Set(found.map(key));
    for (const label of c.pii) {
      if (detected.has(key(label))) {
        counts[label.type].tp++;
      } else {
        counts[label.type].fn++;
        misses.pii.push(`${c.id} missed ${label.type}`);
      }
    }
    for (const span of found) {
      if (expected.has(key(span))) continue;
      counts[span.type].fp++;
      misses.pii.push(`${c.id} extra ${span.type}`);
    }
  }
  const pii = Object.fromEntries(
    PII_TYPES.map((t) => {
      const { tp, fn, fp } = counts[t];
      return [
        t,
        {
          recall: ratio(tp, tp + fn),
          precision: ratio(tp, tp + fp),
          truePositives: tp,
          falseNegatives: fn,
          falsePositives: fp,
        },
      ];
    }),
  ) as Record<PiiType, Rate>;

  clean.share = ratio(clean.untouched, clean.utterances);
  redacted.share = ratio(redacted.covered, redacted.values);
  const injectionFile = filesOf(set).injection;
  if (!injectionFile) return { pii, clean, redacted, misses };
  const cases = readJsonl(injectionFile, InjectionCaseSchema);
  let caught = 0;
  let falseAlarms = 0;
  const byFamily: Record<string, { n: number; caught: number }> = {};
  for (const c of cases) {
    const flagged = screenText(c.text).verdict === 'injection';
    if (c.attack) {
      const fam = (byFamily[c.family ?? 'unknown'] ??= { n: 0, caught: 0 });
      fam.n++;
      if (flagged) {
        caught++;
        fam.caught++;
      } else {
        misses.injection.push(`${c.id} missed (${c.family}, ${c.variant})`);
      }
    } else if (flagged) {
      falseAlarms++;
      misses.injection.push(`${c.id} false alarm`);
    }
  }
  const attacks = cases.filter((c) => c.attack).length;
  const benign = cases.length - attacks;
  return {
    pii,
    clean,
    redacted,
    injection: {
      recall: ratio(caught, attacks),
      falsePositiveRate: benign === 0 ? 0 : falseAlarms / benign,
      attacks,
      benign,
      recallByFamily: Object.fromEntries(Object.entries(byFamily).map(([f, v]) => [f, ratio(v.caught, v.n)])),
    },
    misses,
  };
}

/** Every character of `label` lies inside some found span (spans come sorted and without overlaps). */
function isCovered(label: { start: number; end: number }, found: readonly { start: number; end: number }[]): boolean {
  let reached = label.start;
  for (const span of found) {
    if (span.start > reached) {
      if (span.start >= label.end) break;
      continue;
    }
    reached = Math.max(reached, span.end);
    if (reached >= label.end) return true;
  }
  return reached >= label.end;
}

const pct = (x: number): string => x.toFixed(3);

export function printEvaluation(result: EvalResult, out: (line: string) => void = console.log, verbose = false): void {
  out('PII type       recall  precision   tp  fn  fp');
  for (const [type, r] of Object.entries(result.pii)) {
    out(
      `${type.padEnd(14)} ${pct(r.recall)}  ${pct(r.precision)}     ${String(r.truePositives).padStart(4)} ${String(r.falseNegatives).padStart(3)} ${String(r.falsePositives).padStart(3)}`,
    );
  }
  out(
    `clean utterances untouched ${pct(result.clean.share)} (${result.clean.untouched} of ${result.clean.utterances})`,
  );
  out(
    `labelled values fully redacted (any type or border) ${pct(result.redacted.share)} (${result.redacted.covered} of ${result.redacted.values})`,
  );
  const inj = result.injection;
  if (inj)
    out(
      `injection recall ${pct(inj.recall)} (${inj.attacks} attacks), false-positive rate ${pct(inj.falsePositiveRate)} (${inj.benign} benign)`,
    );
  for (const [family, recall] of Object.entries(inj?.recallByFamily ?? {}))
    out(`  ${family.padEnd(22)} recall ${pct(recall)}`);
  if (verbose) for (const miss of [...result.misses.pii, ...result.misses.injection]) out(`  miss: ${miss}`);
}

if (require.main === module) {
  for (const set of EVAL_SETS) {
    console.log(`\n== ${set} set ==`);
    // Misses are listed for the tuning set only: reading the others' misses would be tuning on them.
    printEvaluation(evaluateSanitizer(set), console.log, set === 'main' && process.argv.includes('--verbose'));
  }
  console.log(
    '\n(the injection screen trains on the two injection sets above since issue 16: their injection lines measure fit, not generalization)',
  );
  console.log('\n== injection screen on material it never saw ==');
  printInjectionSets(console.log, process.argv.includes('--verbose'));
  console.log('\n== fresh set (written blind; tuning material for the PII detectors and the injection screen) ==');
  printEvaluation(evaluateSanitizer('fresh'), console.log, process.argv.includes('--verbose'));
  printScreenMetrics(
    'injection, fresh set (by variant)',
    evaluateHandwritten(path.join(EVAL_DIR, FRESH_FILES.injection)).byVariant,
  );
  for (const set of laterSets('tuning')) {
    console.log(`\n== ${set} set (PII only; written before it was run, tuned on since: tuning material) ==`);
    printEvaluation(evaluateSanitizer(set), console.log, process.argv.includes('--verbose'));
  }
  for (const set of laterSets('check')) {
    console.log(`\n== ${set} set (PII only; a check by the lead, never tuned on: aggregates only) ==`);
    printEvaluation(evaluateSanitizer(set));
  }
  console.log('\n== blind set (written blind, never tuned on; the final check) ==');
  printEvaluation(evaluateSanitizer('blind'));
  printScreenMetrics(
    'injection, blind set (by variant)',
    evaluateHandwritten(path.join(EVAL_DIR, BLIND_FILES.injection)).byVariant,
  );
}
