/**
 * The triage guard: each warning sign is found however our articles phrase
 * it, ordinary sentences are not flagged, and the two rules report a sign in a
 * card below its level (at its line, with the fix) and a sign in running text
 * that no card gives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { careLevelNames } from '../../src/lib/care-levels';
import { belowLevel, signsIn, warningSigns } from '../../src/lib/warning-signs';
import { readContentDocument } from '../../src/rules/engine/document';
import { lintSite } from '../../src/rules/engine/runner';
import { buildSiteIndex, type SiteOptions } from '../../src/rules/engine/site';

const found = (text: string, inCard = false) => signsIn(text, { inCard }).map((sign) => sign.id).sort();

describe('each sign is found however an article phrases it', () => {
  it.each([
    ['a calf is painful, warm or swollen for no clear reason: get it checked instead of rubbing it', ['dvt']],
    ['you have had a blood clot, or a calf is painful, tender or swollen for no clear reason', ['dvt']],
    ['a painful, swollen calf', ['dvt']],
    ['Swelling in one leg, with pain in the thigh', ['dvt']],
    ['throbbing or cramping pain in 1 leg, usually in the calf, and swelling', ['dvt']],
    ['you think you might have a blood clot', ['dvt']],
    ['you have sudden chest pain, or sudden trouble breathing', ['chest-pain-or-collapse']],
    ['someone has passed out', ['chest-pain-or-collapse']],
    ['one side of the face droops, an arm or leg goes weak or numb, or speech becomes slurred', ['stroke']],
    ['they cannot raise both arms and keep them there', ['stroke']],
    ['a headache came on suddenly and is extremely painful', ['sudden-severe-headache']],
    ['a swollen tongue or throat, or a severe allergic reaction', ['anaphylaxis']],
    ['the person you look after becomes suddenly more confused, agitated or sleepy than usual', ['sudden-confusion']],
    ['someone suddenly becomes confused', ['sudden-confusion']],
    ['back pain with numbness around your genitals or bottom', ['back-pain-with-fever-or-numbness', 'cauda-equina']],
    ['weakness or numbness in both legs that is getting worse', ['cauda-equina']],
    ['pain comes with numbness, weakness or a fever', ['back-pain-with-fever-or-numbness']],
    ['you have back pain and a high temperature', ['back-pain-with-fever-or-numbness']],
    ['heavy bleeding or passing blood clots', ['pregnancy-emergency']],
    ['sharp or constant tummy pain that does not come and go', ['pregnancy-emergency']],
    ['your baby is moving less than usual', ['pregnancy-warning']],
    ["you are pregnant and have had bleeding, pain or any complication", ['pregnancy-warning']],
    ['a severe headache, or blurred vision or flashing lights', ['pregnancy-warning']],
    ['swelling in your face, hands or legs', ['pregnancy-warning']],
    ['stops breathing or will not wake up', ['baby-emergency']],
    ['a rash that does not fade when you press a glass against it', ['baby-emergency']],
    ['has a fit for the first time', ['baby-emergency']],
    ['is much sleepier than usual or hard to wake', ['baby-seriously-ill']],
    ['a baby under 3 months with a temperature of 38°C or more', ['baby-fever']],
    ['you are having chemotherapy and your temperature goes up', ['fever-during-cancer-treatment']],
    ['If someone swallows an essential oil, get medical advice at once', ['swallowed-oil']],
    ['you have found yourself falling asleep while driving', ['sleepy-driving']],
    ['your partner says you shout, punch or kick while dreaming', ['acting-out-dreams']],
  ])('"%s" → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['you have had a blood clot', ['dvt']],
    ['you are bleeding or spotting', ['pregnancy-warning']],
    ['signs of delirium', ['sudden-confusion']],
  ])('in a card, the condition\'s name counts too: "%s" → %j', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
    expect(found(text)).toEqual([]);
  });
});

describe('ordinary sentences are not flagged', () => {
  it.each([
    'Keep the pressure gentle, never press on pain, and keep off wounds and broken skin.',
    'If you are pregnant, take blood thinners or have a bleeding disorder, check with your doctor or midwife first.',
    'The harms included stroke, a blood clot in the lung, nerve damage and a pool of blood under the skin.',
    'Stroke your palm slowly from the heel to the fingers.',
    'Roll the ball under your calf for a minute, then swap legs.',
    'Keep your legs warm under a blanket.',
    'Essential oils are poisonous if swallowed, so keep them out of reach.',
    'Never swallow essential oils.',
    'Children are most at risk of swallowing them.',
    'During pregnancy, swelling and discomfort in both legs is common.',
    'Keep the room warm: your baby will be lying with some clothes off.',
    'A review found massage eased pain in people with cancer.',
    'Massage may ease anxiety for a short time after a session.',
    'Sit with your back straight and your feet flat on the floor.',
    'If you are not sure whether an oil someone swallowed is harmful, call NHS 111.',
    'Lie down, close your eyes and let your thoughts drift like a dream.',
    'Being in hospital can be confusing and noisy.',
  ])('"%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the signs as data', () => {
  it('every sign has a level, phrasings, and at least one source id named as contract.md asks', () => {
    for (const sign of warningSigns) {
      expect(careLevelNames).toContain(sign.level);
      expect(sign.phrasings.length).toBeGreaterThan(0);
      expect(sign.sources.length).toBeGreaterThan(0);
      for (const id of sign.sources) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    }
  });

  it('ids are unique', () => {
    expect(new Set(warningSigns.map((sign) => sign.id)).size).toBe(warningSigns.length);
  });

  // The reference files for R200 on are written on the content branch; once merged, every id must be one.
  const references = new Set(readdirSync('content/references').map((file) => file.replace(/\.ya?ml$/, '')));
  const written = readdirSync('content/references').some((file) => /R2\d\d /.test(readFileSync(`content/references/${file}`, 'utf8')));
  it.skipIf(!written)('every source id is a reference file in content/references/', () => {
    const missing = warningSigns.flatMap((sign) => sign.sources).filter((id) => !references.has(id));
    expect([...new Set(missing)]).toEqual([]);
  });

  it('a card is below a sign only when its level is lower', () => {
    const dvt = warningSigns.find((sign) => sign.id === 'dvt')!;
    expect([belowLevel(dvt, 'non-urgent'), belowLevel(dvt, 'urgent'), belowLevel(dvt, 'immediate')]).toEqual([true, false, false]);
  });
});

const options: SiteOptions = {
  today: '2026-06-01',
  reviewCycleMonths: 12,
  topics: {},
  fixedRoutes: ['/'],
  publicFiles: [],
  articleComponents: ['Cite', 'CareCard', 'SeeADoctor'],
  pageComponents: [],
  schemas: {},
  fileExists: () => false,
};
const article = (body: string) => readContentDocument('content/articles/triage.mdx', 'content/articles', 'article', `---\ntitle: "Triage"\npubDate: 2026-01-01\nlastReviewed: 2026-01-01\n---\n\n${body}`);
async function triage(body: string): Promise<Array<[rule: string, line: number, severity: string, reason: string]>> {
  const files = await lintSite(buildSiteIndex([article(body)], options));
  return files
    .flatMap((file) => file.messages)
    .filter((message) => message.ruleId?.startsWith('triage'))
    .map((message) => [message.ruleId ?? '', message.line ?? 0, message.fatal ? 'error' : 'warning', message.reason]);
}

describe('triage-level and triage-no-card', () => {
  const calf = '- a calf is painful, warm or swollen for no clear reason\n';

  it('a sign in a card below its level is reported at its line, naming the card to move it to and what to cite', async () => {
    const found = await triage(`Text.\n\n<SeeADoctor>\n\n- pain keeps you awake\n${calf}\n</SeeADoctor>\n`);
    expect(found).toEqual([
      [
        'triage-level',
        12,
        'error',
        '"a calf is painful, warm or swollen for no clear reason" is a possible blood clot in the leg (DVT), which needs urgent advice, but it is in <SeeADoctor> (non-urgent advice). Move it to <CareCard level="urgent"> ("Ask for an urgent GP appointment or call NHS 111 if:") and cite <Cite id="nhs-111-wales-dvt" /> or <Cite id="nhs-inform-dvt" />.',
      ],
    ]);
  });

  it.each([
    ['non-urgent', ['triage-level']],
    ['urgent', []],
    ['immediate', []],
  ])('the sign in <CareCard level="%s">: %j', async (level, expected) => {
    const found = await triage(`<CareCard level="${level}">\n\n${calf}\n</CareCard>\n`);
    expect(found.map(([rule]) => rule)).toEqual(expected);
  });

  it('an immediate sign in an urgent card names the 999 card', async () => {
    const [[, , , reason] = ['', 0, '', '']] = await triage('<CareCard level="urgent">\n\n- someone suddenly becomes confused\n\n</CareCard>\n');
    expect(reason).toContain('Move it to <CareCard level="immediate"> ("Call 999 or go to A&E if:")');
  });

  it('a sign in running text with no card that gives it is a warning, once per sign', async () => {
    const found = await triage(`Stop if a calf is painful and swollen.\n\nAgain, a calf that is painful and swollen needs a check.\n`);
    expect(found.map(([rule, line, severity]) => [rule, line, severity])).toEqual([['triage-no-card', 7, 'warning']]);
    expect(found[0]![3]).toContain('no care card on this page gives it. Add it to <CareCard level="urgent">');
  });

  it('the same sign in running text is fine when a card at its level gives it', async () => {
    expect(await triage(`Stop if a calf is painful and swollen.\n\n<CareCard level="urgent">\n\n${calf}\n</CareCard>\n`)).toEqual([]);
  });

  it("a card's items read on from its heading, so a sign split between them is given by the card", async () => {
    const card = '<CareCard level="urgent" heading="Call NHS 111 if you have back pain and:">\n\n- a fever\n\n</CareCard>\n';
    expect(await triage(`Back pain with a fever needs a check.\n\n${card}`)).toEqual([]);
  });
});
