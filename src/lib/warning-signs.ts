/**
 * The warning signs a care card may list, each at the lowest level of help the
 * official pages give it (evidence-4-safety.md; row ids in `seen`), with the
 * reference files that cite it. The triage rules read this list: a sign in a
 * card below its level fails the check and the build (src/rules/triage-level.ts),
 * and a sign in running text with no card that gives it is a warning
 * (src/rules/triage-no-card.ts).
 *
 * How a sign is found. Each `phrasing` is a list of patterns that must all match
 * one sentence (lower case, straight apostrophes): "calf" and "painful" and
 * "swollen", in any order, is the possible blood clot however the sentence puts
 * it. `names` are the condition's own name ("a blood clot"): in a card they mean
 * the reader may have it now, but in running text they are often history or a
 * study's finding, so they count only inside cards. A sentence that matches
 * `unless` is not the sign (someone "not sure" an oil is harmful has the NHS 111
 * route, not 999).
 */
import { careLevels, careLevelRank, type CareLevel } from './care-levels.ts';

export interface WarningSign {
  id: string;
  /** What the sign is, for messages: "a possible blood clot in the leg (DVT)". */
  label: string;
  /** The lowest level of help the official pages give it. */
  level: CareLevel;
  /** Each phrasing: patterns that must all match the same sentence. */
  phrasings: readonly (readonly RegExp[])[];
  /** The condition's name; matched only inside care cards. */
  names?: readonly RegExp[];
  /** A sentence matching this is not the sign. */
  unless?: RegExp;
  /** Reference ids (content/references/<id>.yaml) to cite in the card. */
  sources: readonly string[];
  /** The evidence review's rows, for whoever checks the wording. */
  seen: string;
  /** The card heading to use when the level's default does not fit (pregnancy, cancer treatment). */
  heading?: string;
}

const LEG = /\b(calf|calves|thigh|thighs|leg|legs)\b/;
const PAIN = /\b(pain|painful|tender|throbbing|cramping|sore)\b/;
const SWOLLEN = /\b(swollen|swelling|swells)\b/;

export const warningSigns: readonly WarningSign[] = [
  {
    id: 'dvt',
    label: 'a possible blood clot in the leg (DVT)',
    level: 'urgent',
    phrasings: [[LEG, PAIN, SWOLLEN], [/\bswelling in (one|1) (leg|calf)\b/], [/\b(one|1) (leg|calf) (is |becomes )?(swollen|painful)\b/], [/\b(might|may|could) (have|be) a (blood )?clot\b/]],
    names: [/\bblood clots?\b/, /\bdvt\b/, /\bdeep vein thrombosis\b/],
    // "swelling in both legs is common" in pregnancy is not the one-leg sign.
    unless: /\bboth legs is common\b/,
    sources: ['nhs-111-wales-dvt', 'nhs-inform-dvt'],
    seen: 'R200, R201, R202',
  },
  {
    id: 'chest-pain-or-collapse',
    label: 'chest pain, severe difficulty breathing or collapse (a possible clot in the lung, or another emergency)',
    level: 'immediate',
    phrasings: [[/\bchest pain\b/], [/\bpain in (your|the|their) chest\b/], [/\b(severe|sudden) (difficulty|trouble) (breathing|with breathing)\b/], [/\bstruggl(es|ing|e) to breathe\b/], [/\b(has |have )?(passed out|collapsed)\b/], [/\bcoughing (up )?blood\b/]],
    sources: ['nhs-pulmonary-embolism', 'gloucestershire-hospitals-dvt'],
    seen: 'R203, R205',
  },
  {
    id: 'stroke',
    label: 'signs of a stroke',
    level: 'immediate',
    phrasings: [[/\bface\b/, /\b(droops?|drooping|has fallen|dropped)\b/], [/\bslurred\b/], [/\bcan(no|')?t (raise|lift) both arms\b/], [/\b(arm|leg)\b/, /\bone side\b/, /\b(weak|weakness|numb|numbness)\b/]],
    sources: ['barton-stroke-fast', 'bcuhb-stroke-fast'],
    seen: 'R287, R288, R289',
  },
  {
    id: 'sudden-severe-headache',
    label: 'a sudden, extremely painful headache',
    level: 'immediate',
    phrasings: [[/\bheadache\b/, /\bsudden(ly)?\b/], [/\bheadache\b/, /\b(extremely painful|worst)\b/]],
    sources: ['limelight-headaches'],
    seen: 'R290, R288',
  },
  {
    id: 'anaphylaxis',
    label: 'a severe allergic reaction (anaphylaxis)',
    level: 'immediate',
    phrasings: [[/\banaphyla(xis|ctic)\b/], [/\bsevere allergic reaction\b/], [/\bswollen (tongue|throat)\b/], [/\b(tongue|throat) (swells|is swelling|swelling)\b/]],
    sources: ['livewell-anaphylaxis'],
    seen: 'R284, R285, R286',
  },
  {
    id: 'sudden-confusion',
    label: 'sudden confusion (delirium)',
    level: 'immediate',
    phrasings: [[/\bsudden(ly)?\b/, /\bconfus(ed|ion)\b/]],
    names: [/\bdelirium\b/, /\bdelirious\b/],
    sources: ['nhs-sudden-confusion', 'nhs-111-wales-confusion'],
    seen: 'R236, R237, R238, R239',
  },
  {
    id: 'cauda-equina',
    label: 'back pain with numbness around the genitals or bottom, bladder or bowel problems, or weakness in both legs (cauda equina)',
    level: 'immediate',
    phrasings: [[/\b(numb|numbness|tingling)\b/, /\b(genitals|bottom|buttocks|anus)\b/], [/\b(weakness|numbness|weak|numb)\b[^.;]{0,20}\bboth legs\b/], [/\b(bladder|bowel)\b/, /\b(control|loss|lose|problems?)\b/, /\b(back|spine)\b/]],
    names: [/\bcauda equina\b/],
    sources: ['northern-trust-low-back-pain', 'royal-free-cauda-equina'],
    seen: 'R241, R242, R244',
  },
  {
    id: 'back-pain-with-fever-or-numbness',
    label: 'back pain with a fever, numbness or weakness',
    level: 'urgent',
    phrasings: [[/\b(back )?pain (that )?(comes? )?with\b/, /\b(numbness|weakness|a fever|fever|a high temperature)\b/], [/\bback pain\b/, /\b(fever|high temperature|numbness|weakness)\b/]],
    sources: ['northern-trust-low-back-pain', 'nhs-back-pain'],
    seen: 'R241, R244',
  },
  {
    id: 'pregnancy-emergency',
    label: 'heavy bleeding, passing clots, or sharp or constant tummy pain in pregnancy',
    level: 'immediate',
    phrasings: [[/\bheavy bleeding\b/], [/\bpassing (blood )?clots\b/], [/\b(sharp|constant|continuous|severe)\b[^.;]{0,10}\b(tummy|abdominal|stomach) pain\b/]],
    sources: ['uhb-when-to-call-the-midwife'],
    seen: 'R213, R214, R216',
  },
  {
    id: 'pregnancy-warning',
    label: 'a pregnancy warning sign (bleeding or spotting, baby moving less, swelling of the face or hands, severe headache or vision problems)',
    level: 'urgent',
    heading: 'Call your midwife or maternity unit now if:',
    phrasings: [[/\b(baby|babies|baby's|fetal|foetal)\b/, /\bmov(ing|ements?|es)\b/, /\b(less|fewer|reduced|slowed|slow|changed?|stopped|differently)\b/], [/\bswelling (in|of) (your )?(face|hands)\b/], [/\b(visual disturbances?|blurred vision|flashing lights|problems with (your )?vision)\b/], [/\bpregnan(t|cy)\b/, /\b(bleeding(?! disorder)|spotting)\b/]],
    // In a card, bleeding or spotting is the sign; in running text, "a bleeding disorder" is not.
    names: [/\bbleeding\b(?! disorder)/, /\bspotting\b/],
    sources: ['uhb-when-to-call-the-midwife', 'uhdb-baby-movements'],
    seen: 'R213, R215, R217, R218, R219',
  },
  {
    id: 'baby-emergency',
    label: 'a baby who stops breathing, will not wake, has a rash that does not fade under a glass, or has a first fit',
    level: 'immediate',
    phrasings: [[/\b(stops|stopped) breathing\b/], [/\b(will not|won't|does not|doesn't|cannot|can't) wake\b/], [/\brash\b/, /\b(does not|doesn't|not) fade\b/], [/\bglass\b/, /\brash\b/], [/\bfirst (fit|seizure)\b/], [/\b(fit|seizure)\b/, /\bfirst time\b/]],
    sources: ['hackney-health-visiting-seek-help'],
    seen: 'R227, R228',
  },
  {
    id: 'baby-seriously-ill',
    label: 'signs of a seriously ill baby (hard to wake, fast breathing or panting, a throaty noise, blue, pale or blotchy skin, green vomit, drier nappies)',
    level: 'urgent',
    phrasings: [[/\bhard to wake\b/], [/\b(rapid breathing|panting)\b/], [/\bthroaty noise\b/], [/\bgreen vomit\b/], [/\bnappies\b/, /\bdrier\b/], [/\b(blue|ashen|blotchy|mottled)\b/, /\b(skin|lips)\b/]],
    sources: ['nhs-baby-seriously-ill', 'hackney-health-visiting-seek-help'],
    seen: 'R226, R227',
  },
  {
    id: 'baby-fever',
    label: 'a high temperature in a baby under 3 months',
    level: 'urgent',
    phrasings: [[/\b(temperature|fever)\b/, /\b(under (3|three) months|38 ?°?c|young baby|newborn)\b/]],
    sources: ['oxfordshire-healthier-together-baby-fever'],
    seen: 'R229, R230',
  },
  {
    id: 'fever-during-cancer-treatment',
    label: 'a temperature or feeling unwell during cancer treatment',
    level: 'urgent',
    heading: 'Call your 24-hour acute oncology line now if:',
    phrasings: [[/\b(fever|temperature|feel(ing)? (unwell|shivery)|shivering)\b/, /\b(chemo(therapy)?|cancer treatment|treatment for cancer|radiotherapy)\b/]],
    sources: ['macmillan-sepsis', 'cruk-infection-symptoms'],
    seen: 'R247, R248, R249',
  },
  {
    id: 'swallowed-oil',
    label: 'someone has swallowed an essential oil',
    level: 'immediate',
    phrasings: [[/\b(someone|a child|your child|child|they|you|person|baby)\b[^.;]{0,30}\b(swallows|swallowed|has swallowed|drinks|drank)\b/, /\boils?\b/]],
    unless: /\b(not sure|unsure)\b/,
    sources: ['nhs-poisoning'],
    seen: 'R258, R262',
  },
  {
    id: 'sleepy-driving',
    label: 'falling asleep while driving or in the day (the DVLA rules)',
    level: 'urgent',
    phrasings: [[/\b(fall|falls|falling|fell|nod|nodding) (off|asleep)\b/, /\b(driving|drive|at the wheel)\b/]],
    sources: ['dvla-excessive-sleepiness'],
    seen: 'R265, R266',
  },
  {
    id: 'acting-out-dreams',
    label: 'acting out dreams (shouting, punching or kicking in sleep)',
    level: 'non-urgent',
    phrasings: [[/\bact(s|ing)? out\b/, /\bdreams?\b/], [/\b(shout|shouts|shouting|punch|punches|punching|kick|kicks|kicking)\b/, /\b(dream|dreams|dreaming)\b/]],
    sources: ['sleep-charity-rbd'],
    seen: 'R273',
  },
];

/** Lower case, straight apostrophes, one space: the form every pattern is written for. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The sentences of a paragraph or list item; a colon or semicolon ends one too ("…for no clear reason: get it checked"). */
export function sentencesOf(text: string): string[] {
  return normaliseText(text).split(/(?<=[.!?;:])\s+/).filter(Boolean);
}

/** The warning signs a piece of text gives. `inCard`: the text is in a care card, where a condition's name counts too. */
export function signsIn(text: string, { inCard = false }: { inCard?: boolean } = {}, signs: readonly WarningSign[] = warningSigns): WarningSign[] {
  const sentences = sentencesOf(text);
  return signs.filter((sign) =>
    sentences.some((sentence) => {
      if (sign.unless?.test(sentence)) return false;
      if (sign.phrasings.some((patterns) => patterns.every((pattern) => pattern.test(sentence)))) return true;
      return inCard && (sign.names ?? []).some((pattern) => pattern.test(sentence));
    }),
  );
}

/** True when a card at `cardLevel` is below what `sign` needs. */
export function belowLevel(sign: WarningSign, cardLevel: CareLevel): boolean {
  return careLevelRank(cardLevel) < careLevelRank(sign.level);
}

/** The card to move a sign to, as an editor writes it. */
export function cardFor(sign: WarningSign): string {
  if (sign.heading) return `<CareCard level="${sign.level}" heading="${sign.heading}">`;
  return `<CareCard level="${sign.level}"> ("${careLevels[sign.level].defaultHeading}")`;
}

/** A level as a message says it: "urgent advice". */
export function levelWords(level: CareLevel): string {
  return careLevels[level].prefix.replace(/ required:$|:$/, '').toLowerCase();
}

/** What to cite in that card. */
export function citeFor(sign: WarningSign): string {
  return sign.sources.map((id) => `<Cite id="${id}" />`).join(' or ');
}
