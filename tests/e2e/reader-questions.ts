/**
 * Held-out reader questions: what a reader types into the search box, in their
 * own words, and the page that should answer it. The search test
 * (tests/e2e/workings.spec.ts) expects that page in the first three results.
 * Words an article's text lacks (warfarin, third trimester, nappy) are in its
 * frontmatter `searchTerms`.
 */
export const readerQuestions: ReadonlyArray<{ query: string; page: string }> = [
  { query: 'warfarin', page: 'is-massage-safe-for-me' },
  { query: 'anticoagulant', page: 'is-massage-safe-for-me' },
  { query: 'blood thinners', page: 'is-massage-safe-for-me' },
  { query: 'blood clot', page: 'is-massage-safe-for-me' },
  { query: 'is massage safe', page: 'is-massage-safe-for-me' },
  { query: 'third trimester', page: 'massage-in-pregnancy-and-after-birth' },
  { query: 'late pregnancy', page: 'massage-in-pregnancy-and-after-birth' },
  { query: 'massage after birth', page: 'massage-in-pregnancy-and-after-birth' },
  { query: 'lavender baby', page: 'baby-massage-and-sleep' },
  { query: 'nappy', page: 'baby-massage-and-sleep' },
  { query: 'baby massage', page: 'baby-massage-and-sleep' },
  { query: 'foam roller', page: 'bedtime-self-massage-routine' },
  { query: 'massage gun', page: 'bedtime-self-massage-routine' },
  { query: 'self massage', page: 'bedtime-self-massage-routine' },
  { query: 'sleep plan', page: 'where-massage-fits-in-a-sleep-plan' },
  { query: 'sleeping pills', page: 'where-massage-fits-in-a-sleep-plan' },
  { query: 'sleep apnoea', page: 'massage-and-sleep-disorders' },
  { query: 'restless legs', page: 'massage-and-sleep-disorders' },
  { query: 'snoring', page: 'massage-and-sleep-disorders' },
  { query: 'dementia', page: 'massage-for-older-people-and-dementia' },
  { query: 'care home', page: 'massage-for-older-people-and-dementia' },
  { query: 'chemotherapy', page: 'massage-cancer-and-sleep' },
  { query: 'cancer', page: 'massage-cancer-and-sleep' },
  { query: 'intensive care', page: 'massage-in-hospital-and-intensive-care' },
  { query: 'ICU', page: 'massage-in-hospital-and-intensive-care' },
  { query: 'fibromyalgia', page: 'pain-fibromyalgia-and-sleep' },
  { query: 'chronic pain', page: 'pain-fibromyalgia-and-sleep' },
  { query: 'reflexology', page: 'foot-reflexology-and-sleep' },
  { query: 'aromatherapy', page: 'aromatherapy-massage-and-sleep' },
  { query: 'how often', page: 'how-often-and-how-long' },
  { query: 'how long massage', page: 'how-often-and-how-long' },
  { query: 'partner massage', page: 'partner-massage-at-bedtime' },
  { query: 'back rub husband', page: 'partner-massage-at-bedtime' },
  { query: 'cortisol', page: 'how-massage-may-help-sleep' },
  { query: 'serotonin', page: 'how-massage-may-help-sleep' },
  { query: 'massage insomnia', page: 'massage-therapy-for-insomnia' },
];
