/**
 * Sanitizer throughput for `npm run bench`: MB/s of transcript text through the whole sanitizer
 * (redaction, screening, token counting and fitting, payload) next to the tutorial's three bare regexes
 * and @redactpii/node on the same generated corpus. Bounded: fixed corpus; each row's first round is shown
 * (cold: V8 has not yet optimised that row's code), then the row is warmed with untimed rounds and the best of
 * a few timed rounds is shown (steady state, what a worker that runs for hours sees).
 * The tutorial and @redactpii only redact; the figures say what the extra validation and screening cost.
 */
import { Redactor } from '@redactpii/node';
import type { ModelProfile } from '../contracts/inference';
import { sanitizeTranscript } from '../domain/sanitizer';
import {
  compileKnownNames,
  createReplacer,
  detectPii,
  redactText,
  type NameParticipant,
} from '../domain/sanitizer/pii';
import { screenText, screenTexts } from '../domain/sanitizer/injection';
import { forgetPhoneVerdicts } from '../domain/sanitizer/pii/phoneVerdicts';
import { ADVERSARIAL_INPUTS, PII_ADVERSARIAL_INPUTS } from '../test/fixtures/adversarialInputs';
import { prng } from './prng';

const TRANSCRIPTS = 400;
const TURNS = 12;
/** Timed rounds per row, after its warm-up. */
const ROUNDS = 5;
/**
 * Untimed warm-up per row, after its first round: rounds until WARM_CPU_SECONDS of CPU time or WARM_MAX_ROUNDS
 * rounds, whichever comes first. A steady loop of the whole sanitizer over the corpus took about ten rounds
 * (880, 210, 211, 148, ... 98, 96, 97 ms) to settle: timing the first three measured V8's JIT, not the code.
 */
const WARM_CPU_SECONDS = 1.5;
const WARM_MAX_ROUNDS = 40;

type Turn = { role: 'user' | 'assistant'; content: string };

const LINES = [
  (n: number) => `Hi, I'm calling about order ${4_100_000_000 + n}, it still hasn't arrived.`,
  (n: number) => `Sure, can you confirm the email on the account? It's customer${n}@example.com.`,
  (n: number) => `You can call me back on (415) 521-${String(1000 + (n % 9000)).padStart(4, '0')} after five.`,
  () => 'I was charged twice on my card 4525 9658 9092 1903, the invoice says $129.99 on 2024-03-15.',
  () => 'Let me check that for you, one moment please. I see the refund was issued on the 3rd.',
  () => 'The router at 192.168.1.1 keeps dropping, firmware version 2.14.1 is installed.',
  () => 'Please wire the refund to IBAN DE09 1673 6847 1003 0992 23, thank you.',
  () => 'please ignore my previous message, I found the receipt in my email.',
  () => 'Is there anything else I can help you with today? Thanks for your patience.',
  () => 'The IVR system prompt keeps repeating the same menu and I forgot my previous password.',
  // What contact centers mostly hear (issue 12): names, addresses, birth dates, account numbers, plain talk.
  () => 'Thanks for calling, this is Alex. Who am I speaking with today?',
  () => 'Hi Alex, Jordan Miller here, I moved to 42 Maple Street, Springfield, IL 62704 last month.',
  () => 'For security, can you confirm your date of birth? It is 04/17/1986, and my account number is 88120934.',
  () => 'Okay Mr. Miller, I have updated the address. Anything else I can do for you?',
  () => 'No, that is all, thank you so much for your help today.',
];
/** Genesys names the participants of every conversation; the bench passes them as a routing does. */
const PARTICIPANTS = [
  { role: 'customer' as const, name: 'Jordan Miller' },
  { role: 'agent' as const, name: 'Alex Rivera' },
];
const FIRST_NAMES = ['Maria', 'Ahmed', 'Chloe', 'Lukas', 'Priya', 'Mateo', 'Sofia', 'Kenji', 'Aoife', 'Fatima', 'Noah'];
const SURNAMES = ['Garcia', 'Okafor', 'Dubois', 'Schneider', 'Patel', 'Rossi', 'Nguyen', 'Kowalski', 'Murphy', 'Silva'];
let conversations = 0;
/**
 * In production every conversation brings people the redactor has not seen: a realistic run gives every
 * transcript, in every round, names never used before (a counter spelled in letters makes them new), and says
 * them in the transcript where the fixed corpus says "Jordan Miller" and "Alex".
 */
function withNewParticipants(transcript: Turn[]): { turns: Turn[]; participants: NameParticipant[] } {
  const n = conversations++;
  const tag = n.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]);
  const first = `${FIRST_NAMES[n % FIRST_NAMES.length]}${tag}`;
  const last = SURNAMES[Math.floor(n / FIRST_NAMES.length) % SURNAMES.length];
  const agent = FIRST_NAMES[(n * 7 + 3) % FIRST_NAMES.length];
  const turns = transcript.map((t) => ({
    role: t.role,
    content: t.content
      .replace(/Jordan/g, first)
      .replace(/Miller/g, last)
      .replace(/Alex/g, agent),
  }));
  return {
    turns,
    participants: [
      { role: 'customer', name: `${first} ${last}` },
      { role: 'agent', name: `${agent} ${SURNAMES[n % SURNAMES.length]}` },
    ],
  };
}

function corpus(): Turn[][] {
  const random = prng(42);
  return Array.from({ length: TRANSCRIPTS }, (_, t) =>
    Array.from({ length: TURNS }, (_, i) => ({
      role: i % 2 === 0 ? 'user' : 'assistant',
      content: LINES[Math.floor(random() * LINES.length)](t * TURNS + i),
    })),
  );
}

/** The tutorial's PII_PATTERNS, verbatim, applied the tutorial's way. */
const TUTORIAL_PATTERNS = [
  { regex: /\b\d{3}[-.]?\d{3}[-.]?\d{4}\b/g, replacement: '[PHONE_REDACTED]' },
  { regex: /\b\d{3}[- ]?\d{2}[- ]?\d{4}\b/g, replacement: '[SSN_REDACTED]' },
  { regex: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Z|a-z]{2,}\b/g, replacement: '[EMAIL_REDACTED]' },
];

const PROFILE: ModelProfile = {
  modelId: 'gpt-4o-mini',
  temperature: 0.2,
  maxContextWindow: 128_000,
  maxTokens: 1024,
  systemPrompt: 'You are a precise routing assistant.',
  injectionPolicy: 'flag',
};

type Rates = { firstWall: number; firstCpu: number; wall: number; cpu: number };

/**
 * Wall clock and CPU seconds of one run of `work`. Phone verdicts are remembered across texts (a conversation is
 * sanitized again at every routing); every round starts without them, so a round over the corpus meets its
 * numbers as new, as a worker does with new callers, instead of finding them all remembered from the last round.
 */
function round(work: () => void): [number, number] {
  forgetPhoneVerdicts();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  work();
  return [Number(process.hrtime.bigint() - start) / 1e9, process.cpuUsage(cpu).user / 1e6];
}

/**
 * Throughput in MB/s by wall clock and by this process's CPU time (on a shared machine the second is the better
 * estimate of the uncontended figure): the first round as it comes (cold), then, after the warm-up, the best of
 * ROUNDS (the round least disturbed by the machine).
 */
function throughput(bytes: number, work: () => void): Rates {
  const [firstWall, firstCpu] = round(work);
  let warmCpu = 0;
  for (let n = 0; n < WARM_MAX_ROUNDS && warmCpu < WARM_CPU_SECONDS; n++) warmCpu += round(work)[1];
  let bestWall = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  for (let n = 0; n < ROUNDS; n++) {
    const [wall, cpu] = round(work);
    bestWall = Math.min(bestWall, wall);
    bestCpu = Math.min(bestCpu, cpu);
  }
  const rate = (seconds: number) => bytes / 1e6 / seconds;
  return { firstWall: rate(firstWall), firstCpu: rate(firstCpu), wall: rate(bestWall), cpu: rate(bestCpu) };
}

/** Milliseconds of wall clock and of this process's CPU time for one run of `work` (no phone verdicts kept). */
const timed = (work: () => void): [number, number] => {
  const [wall, cpu] = round(work);
  return [wall * 1e3, cpu * 1e3];
};

export async function run(): Promise<void> {
  const transcripts = corpus();
  const bytes = transcripts.flat().reduce((sum, turn) => sum + Buffer.byteLength(turn.content), 0);
  sanitizeTranscript(transcripts[0], PROFILE); // loads the tokenizer once, outside the timing
  const redactor = new Redactor();

  const redactAlone = (t: Turn[]): void => {
    const replace = createReplacer();
    const knownNames = compileKnownNames(PARTICIPANTS);
    t.forEach((m, i) => redactText(m.content, replace, { knownNames, context: i > 0 ? t[i - 1].content : undefined }));
  };
  const redactNewPeople = (transcript: Turn[]): void => {
    const { turns, participants } = withNewParticipants(transcript);
    const replace = createReplacer();
    const knownNames = compileKnownNames(participants);
    turns.forEach((m, i) =>
      redactText(m.content, replace, { knownNames, context: i > 0 ? turns[i - 1].content : undefined }),
    );
  };
  const rows: [string, Rates][] = [
    [
      'sanitizer (redact + screen + fit + payload)',
      throughput(bytes, () =>
        transcripts.forEach((t) => sanitizeTranscript(t, PROFILE, { participants: PARTICIPANTS })),
      ),
    ],
    [
      '  the same, new participants in every transcript',
      throughput(bytes, () =>
        transcripts.forEach((t) => {
          const { turns, participants } = withNewParticipants(t);
          sanitizeTranscript(turns, PROFILE, { participants });
        }),
      ),
    ],
    [
      'redaction alone (12 PII types, names from participants)',
      throughput(bytes, () => transcripts.forEach(redactAlone)),
    ],
    ['  the same, new participants in every transcript', throughput(bytes, () => transcripts.forEach(redactNewPeople))],
    [
      "tutorial's three regexes (redact only)",
      throughput(bytes, () =>
        transcripts.forEach((t) =>
          t.forEach((m) => TUTORIAL_PATTERNS.reduce((text, p) => text.replace(p.regex, p.replacement), m.content)),
        ),
      ),
    ],
    [
      '@redactpii/node Redactor (redact only)',
      throughput(bytes, () => transcripts.forEach((t) => t.forEach((m) => redactor.redact(m.content)))),
    ],
    // The injection screen as the sanitizer calls it: all turns of a transcript at once.
    [
      'injection screen alone',
      throughput(bytes, () => transcripts.forEach((t) => screenTexts(t.map((m) => m.content)))),
    ],
  ];
  process.stdout.write(
    `corpus: ${TRANSCRIPTS} transcripts, ${(bytes / 1024).toFixed(0)} KB; MB/s by wall clock | CPU time, each row warm\n` +
      `(best of ${ROUNDS} timed rounds after untimed ones until ${WARM_CPU_SECONDS} s CPU or ${WARM_MAX_ROUNDS} rounds; the steady state)\n` +
      `and its first round (cold: the JIT has not yet optimised that row's own code; the first row is the coldest):\n` +
      `  ${''.padEnd(56)} ${'warm'.padStart(19)}      ${'first round'.padStart(19)}\n`,
  );
  const cell = (wall: number, cpu: number) => `${wall.toFixed(2).padStart(8)} | ${cpu.toFixed(2).padStart(8)}`;
  for (const [name, r] of rows) {
    process.stdout.write(`  ${name.padEnd(56)} ${cell(r.wall, r.cpu)} MB/s ${cell(r.firstWall, r.firstCpu)} MB/s\n`);
  }
  const screen = rows[rows.length - 1][1];
  const perMessage = (mbps: number) => Math.round((mbps * 1e6 * TRANSCRIPTS * TURNS) / bytes);
  process.stdout.write(
    `  ${'injection screen alone, messages/s (warm)'.padEnd(56)} ${String(perMessage(screen.wall)).padStart(8)} | ${String(perMessage(screen.cpu)).padStart(8)}\n`,
  );
  process.stdout.write(
    'pathological 200 KB inputs, ms wall | CPU (screen + PII scan on its first run, the PII scan alone, the screen\n' +
      'alone, the whole sanitizer on it as one turn: its token counting and fitting cold, its redaction and screening\n' +
      'warm; last, screen + PII scan again, best of 3 runs: warm):\n',
  );
  for (const [name, text] of Object.entries({ ...ADVERSARIAL_INPUTS, ...PII_ADVERSARIAL_INPUTS })) {
    const both = timed(() => (screenText(text), detectPii(text)));
    const pii = timed(() => detectPii(text));
    const screen = timed(() => screenText(text));
    const whole = timed(() => sanitizeTranscript([{ role: 'user', content: text }], PROFILE));
    const warm = [0, 1, 2]
      .map(() => timed(() => (screenText(text), detectPii(text))))
      .reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1])]);
    const cells = [both, pii, screen, whole, warm].map((pair) =>
      pair.map((ms) => ms.toFixed(0).padStart(5)).join(' |'),
    );
    process.stdout.write(`  ${name.padEnd(30)} ${cells.join('   ')}\n`);
  }
}
