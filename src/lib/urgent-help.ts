/**
 * Where to get help now for thoughts of self-harm or suicide: the routes and
 * numbers exactly as the evidence review (part 2, §7) saw them on official
 * pages. Change a number only after checking it on the service's own page.
 */

export interface UrgentRoute {
  /** Who the route is for, e.g. "UK". */
  region: string;
  /** What to do, in a few words; `number` is linked as a phone number. */
  text: string;
  number?: string;
  /** The rest of the sentence after the number. */
  after?: string;
}

export const ukEmergency: UrgentRoute = { region: 'UK', text: 'If your life is in danger or you have harmed yourself, call', number: '999', after: 'or go to A&E.' };
export const samaritans: UrgentRoute = { region: 'UK', text: 'Call Samaritans free on', number: '116 123', after: 'from a landline or mobile.' };
export const usCrisisLine: UrgentRoute = { region: 'US', text: 'Call or text', number: '988', after: '(the Suicide & Crisis Lifeline); in immediate danger, call 911.' };

export const urgentRoutes: readonly UrgentRoute[] = [
  ukEmergency,
  samaritans,
  { region: 'England', text: 'Call NHS', number: '111', after: 'and choose the mental health option.' },
  { region: 'UK, under 19', text: 'Call Childline on', number: '0800 1111', after: '.' },
  usCrisisLine,
];

/** The international directory of helplines (Befrienders Worldwide); it lists national numbers. */
export const helplineDirectory = { name: 'Befrienders Worldwide', url: 'https://befrienders.org/' } as const;

/** A number as a tel: link target: digits only. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\D/g, '')}`;
}

/** A number as readers see it: its spaces do not break, so it never wraps across two lines. */
export function displayNumber(number: string): string {
  return number.replace(/ /g, '\u00a0');
}
