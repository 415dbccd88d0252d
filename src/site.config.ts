import { resolveContacts } from './lib/contacts.ts';

/**
 * The one typed site config. Every setting that more than one file needs
 * lives here; nothing else hard-codes the site's name, URL or topics.
 */

/** Topics an article can be tagged with. The key is the slug used in URLs and frontmatter. */
export const topics = {
  insomnia: { label: 'Insomnia', description: 'Trouble getting to sleep or staying asleep, and what may help.' },
  'how-massage-works': { label: 'How massage works', description: 'The proposed mechanisms behind massage and what studies measured.' },
  'stress-and-anxiety': { label: 'Stress, anxiety and low mood', description: 'Massage, calm, worry and low mood at bedtime, and where to get help fast.' },
  'pain-and-tension': { label: 'Pain and tension', description: 'Sore muscles and pain that keep people awake.' },
  'self-massage': { label: 'Self-massage', description: 'Foam rollers, handheld massagers and massage you do yourself.' },
  'sleep-disorders': { label: 'Sleep disorders', description: 'Insomnia, sleep apnoea, restless legs and when to see a doctor.' },
  'reflexology-and-aromatherapy': { label: 'Reflexology and aromatherapy', description: 'Foot reflexology and massage with essential oils.' },
  'sleep-treatment': { label: 'Treatments for sleep', description: 'CBT-I, guidelines and where massage fits in a sleep plan.' },
  safety: { label: 'Safety', description: 'Who should check with a doctor first, essential-oil safety and what to do if something feels wrong.' },
  'massage-at-home': { label: 'Massage at home', description: 'Massage from a partner or family member, and how long and how often studies gave it.' },
  'pregnancy-and-babies': { label: 'Pregnancy and babies', description: 'Massage in pregnancy, after birth and for babies and young children.' },
  'older-people': { label: 'Older people and dementia', description: 'Massage, sleep and calm in later life and in dementia care.' },
  'cancer-and-hospital-care': { label: 'Cancer and hospital care', description: 'Massage during cancer care, in hospital and in intensive care.' },
  children: { label: 'Children', description: 'Massage, touch and sleep in children, including autistic children and children with ADHD.' },
  'neurological-conditions': { label: "Parkinson's, MS and stroke", description: "Massage and sleep with Parkinson's, multiple sclerosis or after a stroke, and what to take care with." },
  menopause: { label: 'Menopause', description: 'Sleep around and after the menopause: what massage, scented oils and other options were found to do.' },
} as const satisfies Record<string, { label: string; description: string }>;

export type TopicSlug = keyof typeof topics;
export const topicSlugs = Object.keys(topics) as [TopicSlug, ...TopicSlug[]];

/**
 * The order a reader should meet a topic's articles in: the overview first.
 * Article ids; an article a topic has but this list does not name follows the
 * listed ones, newest first. A test checks every id is an article with that topic.
 */
export const topicReadingOrder: Partial<Record<TopicSlug, readonly string[]>> = {
  insomnia: [
    'where-massage-fits-in-a-sleep-plan',
    'massage-therapy-for-insomnia',
    'how-massage-may-help-sleep',
    'massage-and-sleep-disorders',
    'bedtime-self-massage-routine',
    'how-often-and-how-long',
    'pain-fibromyalgia-and-sleep',
    'massage-in-pregnancy-and-after-birth',
    'massage-for-older-people-and-dementia',
    'massage-in-hospital-and-intensive-care',
    'aromatherapy-massage-and-sleep',
  ],
  'how-massage-works': ['how-massage-may-help-sleep', 'massage-therapy-for-insomnia'],
  'stress-and-anxiety': ['how-massage-may-help-sleep', 'where-massage-fits-in-a-sleep-plan', 'massage-therapy-for-insomnia', 'partner-massage-at-bedtime', 'massage-and-sleep-disorders'],
  'pain-and-tension': ['pain-fibromyalgia-and-sleep', 'bedtime-self-massage-routine', 'how-often-and-how-long'],
  'sleep-treatment': ['where-massage-fits-in-a-sleep-plan', 'massage-therapy-for-insomnia', 'massage-and-sleep-disorders'],
  safety: ['is-massage-safe-for-me', 'aromatherapy-massage-and-sleep'],
  'massage-at-home': ['partner-massage-at-bedtime', 'how-often-and-how-long'],
  'pregnancy-and-babies': ['massage-in-pregnancy-and-after-birth', 'baby-massage-and-sleep'],
  'cancer-and-hospital-care': ['massage-cancer-and-sleep', 'massage-in-hospital-and-intensive-care'],
};

/** "Start here" on the home page: the pages a new reader needs first, in order (article ids). */
export const startHere: readonly string[] = ['where-massage-fits-in-a-sleep-plan', 'is-massage-safe-for-me', 'bedtime-self-massage-routine', 'massage-therapy-for-insomnia'];

/** Health conditions an article can be about (used for structured data). */
export const conditions = {
  insomnia: 'Insomnia',
  'sleep-apnoea': 'Obstructive sleep apnoea',
  'restless-legs-syndrome': 'Restless legs syndrome',
  anxiety: 'Anxiety',
  dementia: 'Dementia',
  cancer: 'Cancer',
  fibromyalgia: 'Fibromyalgia',
  'chronic-pain': 'Chronic pain',
} as const;
export type ConditionSlug = keyof typeof conditions;
export const conditionSlugs = Object.keys(conditions) as [ConditionSlug, ...ConditionSlug[]];

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function normalisedBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const site = {
  name: 'Knead to Sleep',
  tagline: 'What the evidence really says about massage and sleep',
  description:
    'Plain-language articles on massage and sleep. Every health claim is cited to a real study and graded by how strong the evidence is.',
  /** Production URL; SITE_URL overrides it for deploy previews. */
  url: withoutTrailingSlash(process.env.SITE_URL ?? 'https://kneadtosleep.org'),
  /** Path the site is served under; BASE_PATH overrides it (for example `/knead-to-sleep`). */
  base: normalisedBase(process.env.BASE_PATH ?? '/'),
  lang: 'en-GB',
  locale: 'en_GB',
  /** Calendar dates (publishing, reviews) are days in this time zone. */
  timeZone: 'Europe/London',
  /** Months between reviews when an article sets no `nextReview`. */
  reviewCycleMonths: 12,
  /**
   * How readers reach the editors. Only channels someone has confirmed exist:
   * leave a field empty until then, and the feature that needs it is not shown.
   * The deploy environment can set them (src/lib/contacts.ts).
   */
  contacts: resolveContacts({ email: '', repositoryUrl: '', branch: 'main' }, process.env),
} as const;

export type SiteConfig = typeof site;
