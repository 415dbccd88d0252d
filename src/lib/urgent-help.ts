/**
 * Where to get help now for thoughts of self-harm or suicide: the routes and
 * numbers exactly as the evidence reviews saw them on official pages (part 2,
 * §7 for the UK-wide, England and US routes; part 4, §10 for Scotland, Wales,
 * Northern Ireland and the 988 text and chat options). Change a number only
 * after checking it on the service's own page; never add one from memory.
 */

/** One piece of a route's sentence: plain words, a number to call, a number to text, or a web address. */
export type HelpPart = string | { call: string } | { sms: string } | { web: string; label: string };

export interface UrgentRoute {
  /** Who the route is for, e.g. "UK" or "Scotland". */
  region: string;
  /** The sentence, in pieces: numbers become phone or text links. */
  parts: readonly HelpPart[];
  /** Where the evidence review saw it: the review and its row ids. */
  seen: string;
}

/** The one line every reader sees first: for a life in danger only. */
export const ukEmergency: UrgentRoute = {
  region: 'UK',
  parts: ['If your life is in danger or you have harmed yourself, call ', { call: '999' }, ' or go to A&E.'],
  seen: 'evidence-2.md §7',
};

/** Routes for anyone in the UK, shown before the nations. */
export const ukWideRoutes: readonly UrgentRoute[] = [
  ukEmergency,
  { region: 'UK', parts: ['Call Samaritans free on ', { call: '116 123' }, ' from a landline or mobile, day or night.'], seen: 'evidence-2.md §7; R276' },
  { region: 'UK, under 19', parts: ['Call Childline on ', { call: '0800 1111' }, '.'], seen: 'evidence-2.md §7' },
];

/** Each UK nation's own urgent mental health route; folded on a phone so the box stays short. */
export const nationRoutes: readonly UrgentRoute[] = [
  { region: 'England', parts: ['Call NHS ', { call: '111' }, ' and choose the mental health option.'], seen: 'evidence-2.md §7' },
  {
    region: 'Scotland',
    parts: [
      'If you need urgent help, call NHS 24 on ', { call: '111' }, '. ',
      'Breathing Space: ', { call: '0800 83 85 87' }, ' (Monday to Thursday 6pm to 2am; Friday 6pm to Monday 6am). ',
      'Shout: text ', { sms: '85258' }, ' (24 hours, every day).',
    ],
    seen: 'R276',
  },
  { region: 'Wales', parts: ['Call ', { call: '111' }, ' and press 2 for urgent mental health support. It is free and open 24 hours, for all ages.'], seen: 'R278, R279' },
  { region: 'Northern Ireland', parts: ['Call Lifeline on ', { call: '0808 808 8000' }, '. It is free, 24 hours a day, every day.'], seen: 'R280, R281' },
];

export const usCrisisLine: UrgentRoute = {
  region: 'US',
  parts: ['Call or text ', { call: '988' }, ' (the Suicide & Crisis Lifeline), or chat online at ', { web: 'https://988lifeline.org/', label: '988lifeline.org' }, '. In immediate danger, call ', { call: '911' }, '.'],
  seen: 'evidence-2.md §7; R282, R283',
};

/** Every route, in the order the box shows them. */
export const urgentRoutes: readonly UrgentRoute[] = [...ukWideRoutes, ...nationRoutes, usCrisisLine];

/** The international directory of helplines (Befrienders Worldwide); it lists national numbers. */
export const helplineDirectory = { name: 'Befrienders Worldwide', url: 'https://befrienders.org/' } as const;

/** The urgent-help box's heading. */
export const urgentHelpHeading = 'If you are thinking about harming yourself or ending your life, get help now';

/** A number as a tel: link target: digits only. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\D/g, '')}`;
}

/** A number as an sms: link target: digits only. */
export function smsHref(number: string): string {
  return `sms:${number.replace(/\D/g, '')}`;
}

/** A number as readers see it: its spaces do not break, so it never wraps across two lines. */
export function displayNumber(number: string): string {
  return number.replace(/ /g, '\u00a0');
}

/** A route as plain text (for tests and the search page's own copy of the box). */
export function routeText(route: UrgentRoute): string {
  return route.parts.map((part) => (typeof part === 'string' ? part : 'call' in part ? part.call : 'sms' in part ? part.sms : part.label)).join('');
}
