/**
 * The three levels of help a care card gives, lowest first, as the NHS care
 * card pattern has them. The order matters: a warning sign may sit in a card
 * at its level or above, never below (the triage rule reads `careLevelRank`).
 */
export const careLevelNames = ['non-urgent', 'urgent', 'immediate'] as const;
export type CareLevel = (typeof careLevelNames)[number];

export const careLevels: Readonly<Record<CareLevel, { prefix: string; defaultHeading: string }>> = {
  'non-urgent': { prefix: 'Non-urgent advice:', defaultHeading: 'See a GP if:' },
  urgent: { prefix: 'Urgent advice:', defaultHeading: 'Ask for an urgent GP appointment or call NHS 111 if:' },
  immediate: { prefix: 'Immediate action required:', defaultHeading: 'Call 999 or go to A&E if:' },
};

export function careLevelRank(level: CareLevel): number {
  return careLevelNames.indexOf(level);
}
