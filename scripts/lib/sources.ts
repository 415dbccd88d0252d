/**
 * Finding a source: joins the reference files with the articles that cite
 * them, matches editors' search words, and writes the "sources by topic" table
 * of docs/editing.md. Pure: takes plain data; scripts/lib/read-sources.ts reads the files.
 */

/** The fields of a reference file that finding a source needs. */
export interface ReferenceSummary {
  id: string;
  year?: number | undefined;
  title: string;
  finding: string;
  strength: string;
}

/** An article's topics and the ids in its `sources:`. */
export interface ArticleCitations {
  id: string;
  tags: readonly string[];
  sources: readonly string[];
}

/** A reference with the articles that cite it and those articles' topics. */
export interface IndexedSource extends ReferenceSummary {
  citedBy: string[];
  topics: string[];
}

export type TopicLabels = Readonly<Record<string, { label: string }>>;

const byText = (a: string, b: string) => a.localeCompare(b, 'en');

/**
 * Every reference, sorted by id, with the articles that list it in `sources`
 * and the topics of those articles (in the site's topic order).
 */
export function indexSources(references: readonly ReferenceSummary[], articles: readonly ArticleCitations[], topics: TopicLabels): IndexedSource[] {
  const topicOrder = Object.keys(topics);
  const rank = (slug: string) => (topicOrder.includes(slug) ? topicOrder.indexOf(slug) : topicOrder.length);
  return [...references]
    .sort((a, b) => byText(a.id, b.id))
    .map((reference) => {
      const citing = articles.filter((article) => article.sources.includes(reference.id));
      const topicsOfCiting = [...new Set(citing.flatMap((article) => article.tags))];
      return {
        ...reference,
        citedBy: citing.map((article) => article.id).sort(byText),
        topics: topicsOfCiting.sort((a, b) => rank(a) - rank(b) || byText(a, b)),
      };
    });
}

/** Search words from the command line: split on spaces, lower case, empty ones dropped. */
export function searchWords(args: readonly string[]): string[] {
  return args.flatMap((arg) => arg.toLocaleLowerCase('en').split(/\s+/)).filter(Boolean);
}

/**
 * The sources whose title, finding or topics (slug or label) contain every
 * word, ignoring case. A word matches inside a longer word: "sleep" finds "sleeping".
 */
export function matchSources(sources: readonly IndexedSource[], words: readonly string[], topics: TopicLabels): IndexedSource[] {
  const wanted = words.map((word) => word.toLocaleLowerCase('en'));
  return sources.filter((source) => {
    const topicText = source.topics.map((slug) => `${slug} ${topics[slug]?.label ?? ''}`);
    const text = [source.title, source.finding, ...topicText].join('\n').toLocaleLowerCase('en');
    return wanted.every((word) => text.includes(word));
  });
}

/** Two lines per source for the terminal: id, year, strength and title, then the articles that cite it. */
export function formatMatch(source: IndexedSource): string {
  const citedBy = source.citedBy.length ? `cited by ${source.citedBy.join(', ')}` : 'not cited yet';
  return `${source.id}  ${source.year ?? 'year unknown'}  ${source.strength}  ${source.title}\n    ${citedBy}`;
}

/** Text safe in a Markdown table cell. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/</g, '&lt;');

function table(sources: readonly IndexedSource[]): string {
  const rows = sources.map((source) => `| \`${source.id}\` | ${source.year ?? ''} | ${source.strength} | ${cell(source.title)} |`);
  return ['| Source | Year | Strength | Title |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * Every source under each topic of the articles that cite it (a source cited
 * by articles on two topics is listed under both), then the sources no article cites.
 */
export function sourcesByTopicTable(sources: readonly IndexedSource[], topics: TopicLabels): string {
  const blocks: string[] = [];
  // A tag the site does not know (the build rejects one) still gets a group, named by its slug.
  const slugs = [...new Set([...Object.keys(topics), ...sources.flatMap((source) => source.topics)])];
  for (const slug of slugs) {
    const listed = sources.filter((source) => source.topics.includes(slug));
    if (listed.length) blocks.push(`**${cell(topics[slug]?.label ?? slug)}** (\`${slug}\`)\n\n${table(listed)}`);
  }
  const uncited = sources.filter((source) => !source.citedBy.length);
  if (uncited.length) blocks.push(`**Not cited yet**\n\n${table(uncited)}`);
  return blocks.join('\n\n');
}
