/**
 * A long, varied, deterministic support call (~15k tokens): a seeded generator over phrase banks, so the
 * sample is identical on every run and needs no fixture file. It deliberately holds no PII and no
 * instruction-like text, so it only exercises the context-window budget.
 */
import type { SimTurn } from './types';

/** mulberry32: tiny, well-distributed, and the same on every platform. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEVICES = [
  'the router',
  'the modem',
  'the mesh extender upstairs',
  'the smart TV',
  'my work laptop',
  'the kids tablet',
  'the set-top box',
  'the printer',
];
const ROOMS = [
  'the kitchen',
  'the home office',
  'the basement',
  'the living room',
  'the garage',
  'the upstairs bedroom',
];
const TIMES = [
  'in the evenings',
  'every morning around breakfast',
  'mostly on weekends',
  'right after a storm',
  'when everyone is streaming',
  'during video calls',
];
const SYMPTOMS = [
  'the connection drops for a minute or two and then comes back on its own',
  'the speed falls to almost nothing even though the lights look normal',
  'pages start loading and then just hang halfway',
  'the video calls freeze and the sound turns robotic',
  'the wireless network disappears from the list completely',
  'everything works on cable but the wireless is painfully slow',
];
const CUSTOMER_OPENERS = [
  'Right, so',
  'Okay, and',
  'Honestly,',
  'Well,',
  'Yes, that is the thing,',
  'Sure. So',
  'Hmm, let me think.',
];
const CUSTOMER_DETAILS = [
  'I already tried unplugging {device} for thirty seconds and it helped for about an hour.',
  'The problem seems worse {time}, and it is mostly {device} in {room} that suffers.',
  'My neighbour has the same provider and says she never has this issue.',
  'I moved {device} closer to {room} last week but I cannot say it made a real difference.',
  'What bothers me is that {symptom}.',
  'I have been keeping notes, and it happened four times yesterday alone.',
  'I work from home three days a week, so this is really affecting my meetings.',
  'The lights on {device} were green when it happened, if that helps.',
  'I am not very technical, so please bear with me if I describe it badly.',
  'Last month I was told an engineer would call back, but nobody ever did.',
];
const AGENT_OPENERS = [
  'I understand.',
  'Thanks for explaining that.',
  'That is really helpful.',
  'Got it.',
  'I see what you mean.',
  'Okay, let me note that.',
];
const AGENT_DETAILS = [
  'I can see on my side that the line had several short resyncs over the last week, which matches what you describe.',
  'Could you check whether {device} shows an orange or a flashing light when {symptom}?',
  'Let us try changing the wireless channel; the one you are on is quite crowded in your area.',
  'I am going to run a line test now, it takes about two minutes and your connection may blink once.',
  'The signal levels look healthy right now, so the issue is probably intermittent rather than constant.',
  'If {device} is in {room}, thick walls or appliances can weaken the signal noticeably.',
  'I will add a note to your account so the next colleague sees everything we tried today.',
  'One option is a replacement unit; another is sending a technician to check the wiring outside.',
  'I have applied a small configuration refresh to the line, which sometimes clears these drops.',
  'Please keep an eye on it {time} over the next few days and let us know if it repeats.',
];

function fill(template: string, pick: <T>(items: readonly T[]) => T): string {
  return template
    .replace('{device}', pick(DEVICES))
    .replace('{room}', pick(ROOMS))
    .replace('{time}', pick(TIMES))
    .replace('{symptom}', pick(SYMPTOMS));
}

/** Alternating turns of two to four sentences; timestamps advance 8 to 30 s per turn. */
export function generateLongDialogue(turnCount: number, seed = 20261120): SimTurn[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const turns: SimTurn[] = [
    {
      speaker: 'agent',
      text: 'Thank you for calling Customer Care, you are speaking with Sam. How can I help today?',
      atMs: 2_000,
    },
    {
      speaker: 'customer',
      text: 'Hi Sam. My internet keeps dropping out and I would like to finally get it fixed properly.',
      atMs: 9_000,
    },
  ];
  let atMs = 9_000;
  while (turns.length < turnCount) {
    const speaker = turns.length % 2 === 0 ? 'agent' : 'customer';
    const [openers, details] =
      speaker === 'agent' ? [AGENT_OPENERS, AGENT_DETAILS] : [CUSTOMER_OPENERS, CUSTOMER_DETAILS];
    const sentences = [pick(openers)];
    const count = 2 + Math.floor(random() * 3);
    const unused = [...details];
    for (let i = 0; i < count; i += 1) {
      const [template] = unused.splice(Math.floor(random() * unused.length), 1);
      sentences.push(fill(template, pick));
    }
    // An opener such as "Okay, and" runs on into the next sentence.
    if (!/[.?!]$/.test(sentences[0])) sentences[1] = sentences[1].replace(/^(?!I )\w/, (c) => c.toLowerCase());
    atMs += 8_000 + Math.floor(random() * 22_000);
    turns.push({ speaker, text: sentences.join(' '), atMs });
  }
  return turns;
}
