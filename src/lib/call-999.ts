/**
 * The "Call 999 or go to A&E if" card on the help page: the emergency signs
 * any reader may meet, in the official wording the evidence review recorded
 * (evidence-4-safety.md §11 and §2, rows R203–R290), each with where it was seen
 * (the address as the review recorded it, with https:// added).
 * Topic signs (pregnancy, babies, back pain, cancer treatment) stay in their
 * articles' cards, at the level src/lib/warning-signs.ts gives them.
 */

export interface OfficialSource {
  /** The review's row id, e.g. "R288". */
  row: string;
  /** The reference file for it on the content branch (content/references/<id>.yaml), which the triage rules cite too. */
  referenceId: string;
  /** Who published the page and its title, as the review saw them. */
  publisher: string;
  title: string;
  /** The address as the review saw it. */
  url: string;
  /** True when the review saw the wording only on a copy or a syndicating site, not the body's own page. */
  seenOnCopy?: boolean;
}

export interface EmergencySign {
  /** The sign, in our words kept close to the official ones. */
  text: string;
  /** What to do as well as calling, where the source says. */
  also?: string;
  sources: readonly OfficialSource[];
}

const pulmonaryEmbolismCopy: OfficialSource = { row: 'R203', referenceId: 'nhs-pulmonary-embolism', publisher: 'NHS website (seen on a copy, AXA Health NHS factsheets)', title: 'Pulmonary embolism', url: 'https://axahealth.co.uk/staying-healthy/nhs-factsheets/pulmonary-embolism', seenOnCopy: true };
const gloucestershireDvt: OfficialSource = { row: 'R205', referenceId: 'gloucestershire-hospitals-dvt', publisher: 'Gloucestershire Hospitals NHS Foundation Trust', title: 'Deep Vein Thrombosis (DVT)', url: 'https://gloshospitals.nhs.uk/your-visit/patient-information-leaflets/deep-vein-thrombosis-dvt/' };
const bartonFast: OfficialSource = { row: 'R287', referenceId: 'barton-stroke-fast', publisher: 'Barton Family Practice (NHS GP practice)', title: 'When stroke strikes act F.A.S.T.', url: 'https://bartonfamilypractice.nhs.uk/2021/03/16/when-stroke-strikes-act-f-a-s-t/' };
const bcuhbFast: OfficialSource = { row: 'R288', referenceId: 'bcuhb-stroke-fast', publisher: 'Betsi Cadwaladr University Health Board (NHS Wales)', title: 'Signs of stroke: FAST', url: 'https://bcuhb.nhs.wales/services/hospital-services/stroke-service/signs-of-stroke-fast' };
const strokeAssociation: OfficialSource = { row: 'R289', referenceId: 'stroke-association-symptoms', publisher: 'Stroke Association (charity)', title: 'What are the symptoms of stroke?', url: 'https://stroke.org.uk/what-stroke/what-happens-when-you-have-stroke/what-are-symptoms-stroke' };
const limelightHeadaches: OfficialSource = { row: 'R290', referenceId: 'limelight-headaches', publisher: 'Limelight Health Hub (NHS GP site, Health A to Z)', title: 'Headaches', url: 'https://limelighthealthhub.nhs.uk/health-a-to-z/headaches/' };
const livewellAnaphylaxis: OfficialSource = { row: 'R285', referenceId: 'livewell-anaphylaxis', publisher: 'Livewell Southwest, Health for Kids (NHS provider)', title: 'Anaphylaxis: What you need to know', url: 'https://healthforkids.co.uk/plymouth/health-issues/anaphylaxis-need-know/' };
const nssAnaphylaxis: OfficialSource = { row: 'R286', referenceId: 'nhs-nss-anaphylaxis', publisher: 'NHS National Services Scotland (CYANS)', title: 'Severe Allergic Reaction / Anaphylaxis', url: 'https://nn.nhs.scot/cyans/families/allergic-reactions-medication/what-to-do/severe-allergic-reaction-anaphylaxis/' };
const nhsConfusion: OfficialSource = { row: 'R236', referenceId: 'nhs-sudden-confusion', publisher: 'NHS website (through the NHS content service)', title: 'Sudden confusion (delirium)', url: 'https://developer.api.nhs.uk/widgets/condition/?condition=/conditions/confusion/' };
const walesConfusion: OfficialSource = { row: 'R237', referenceId: 'nhs-111-wales-confusion', publisher: 'NHS 111 Wales', title: 'Confusion (delirium)', url: 'https://111.wales.nhs.uk/encyclopaedia/c/article/confusion(delirium)/' };

export const emergencySigns: readonly EmergencySign[] = [
  {
    text: 'someone has collapsed or passed out, or has chest or upper-back pain, severe difficulty breathing or a very fast heartbeat',
    sources: [gloucestershireDvt, pulmonaryEmbolismCopy],
  },
  {
    text: 'someone may be having a stroke: their face has fallen on one side, they cannot raise both arms and keep them there, or their speech is slurred; or they suddenly lose or blur their sight, or feel dizzy, unsteady or fall with any of these signs',
    also: 'Call even if you are not sure, and even if the signs pass.',
    sources: [bartonFast, bcuhbFast, strokeAssociation],
  },
  {
    text: 'a headache came on suddenly and is extremely painful',
    sources: [limelightHeadaches],
  },
  {
    text: 'someone may be having a severe allergic reaction (anaphylaxis): a swollen tongue or throat, difficulty breathing or swallowing, wheezing, feeling faint, or blue, grey or pale skin or lips',
    also: 'Use their adrenaline auto-injector if they have one, and say that you think it is anaphylaxis.',
    sources: [livewellAnaphylaxis, nssAnaphylaxis],
  },
  {
    text: 'someone suddenly becomes confused',
    sources: [nhsConfusion, walesConfusion],
  },
];

/** Every source the card cites, once each, in the order first cited. */
export function emergencySources(signs: readonly EmergencySign[] = emergencySigns): OfficialSource[] {
  const seen = new Map<string, OfficialSource>();
  for (const sign of signs) for (const source of sign.sources) if (!seen.has(source.row)) seen.set(source.row, source);
  return [...seen.values()];
}
