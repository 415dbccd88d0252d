/**
 * The options comparison (<SleepOptions />): which options a table shows, the
 * sources it cites in the order a reader meets them, and each row with its
 * citation numbers. Pure: the options come in as plain data (read from
 * content/options/ by src/remark/site-data.ts), so adding an option is one new
 * file and every page that shows the table says the same thing.
 */
import { evidenceLevelSlugs, type EvidenceLevel } from './evidence.ts';
import type { JsxElement } from './mdx-jsx.ts';

/** An option's grade: one on the evidence scale, or `guideline` for a row that rests on guidance. */
export const optionGrades = [...evidenceLevelSlugs, 'guideline'] as const;
export type OptionGrade = EvidenceLevel | 'guideline';

export interface OptionStatement {
  text: string;
  sources: readonly string[];
}

/** One option as its file in content/options/ gives it (see optionSchema in src/content.config.ts). */
export interface OptionData {
  id: string;
  name: string;
  order: number;
  howItMayWork: OptionStatement;
  found: readonly OptionStatement[];
  risks: readonly OptionStatement[];
  grade: OptionGrade;
  verdict: string;
  sources: readonly string[];
  coveredAt?: string | undefined;
}

/** A citation as the table shows it: the source and its number in the article's Sources list. */
export interface RowCitation {
  id: string;
  n: number;
}

export interface RowStatement {
  text: string;
  citations: RowCitation[];
}

/** One row of the rendered table, with every citation numbered. */
export interface OptionRow {
  id: string;
  name: string;
  coveredAt: string | undefined;
  howItMayWork: RowStatement;
  found: RowStatement[];
  risks: RowStatement[];
  grade: OptionGrade;
  verdict: string;
  gradeCitations: RowCitation[];
}

/**
 * The options a table shows, in the site's order (`order`, then id). `only`
 * picks some by id; ids with no option are left out (the rulebook's
 * sleep-options rule reports them, with the file and line).
 */
export function selectOptions(all: readonly OptionData[], only?: readonly string[]): OptionData[] {
  const sorted = [...all].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return only ? sorted.filter((option) => only.includes(option.id)) : sorted;
}

/** The source ids a table cites, in reading order (row by row: the grade beside the name, how it may work, findings, risks), each once. */
export function optionSources(options: readonly OptionData[]): string[] {
  const ids: string[] = [];
  for (const option of options) {
    for (const statement of [{ text: '', sources: option.sources }, option.howItMayWork, ...option.found, ...option.risks]) {
      for (const id of statement.sources) if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** The rows with each cited source's number from `numberOf` (sources it has no number for are left out). */
export function optionRows(options: readonly OptionData[], numberOf: (id: string) => number | undefined): OptionRow[] {
  const cite = (sources: readonly string[]): RowCitation[] =>
    sources.flatMap((id) => {
      const n = numberOf(id);
      return n ? [{ id, n }] : [];
    });
  const statement = ({ text, sources }: OptionStatement): RowStatement => ({ text, citations: cite(sources) });
  return options.map((option) => ({
    id: option.id,
    name: option.name,
    coveredAt: option.coveredAt,
    howItMayWork: statement(option.howItMayWork),
    found: option.found.map(statement),
    risks: option.risks.map(statement),
    grade: option.grade,
    verdict: option.verdict,
    gradeCitations: cite(option.sources),
  }));
}

/**
 * The option ids written in `only={["cbt-i", "massage"]}`: a list of quoted
 * ids, nothing else. Undefined when the expression is anything but such a list,
 * so no code an editor writes there ever runs.
 */
export function parseOptionIds(expression: string): string[] | undefined {
  const match = /^\s*\[([\s\S]*)\]\s*$/.exec(expression);
  if (!match) return undefined;
  const inside = (match[1] ?? '').trim();
  if (inside === '') return [];
  const ids: string[] = [];
  for (const part of inside.split(',')) {
    const item = /^\s*(?:"([a-z0-9-]+)"|'([a-z0-9-]+)')\s*$/.exec(part);
    if (!item) {
      if (part.trim() === '' && ids.length > 0) continue; // a trailing comma
      return undefined;
    }
    ids.push(item[1] ?? item[2]!);
  }
  return ids;
}

/** True when a JSON value (the `rows` prop the remark plugin writes) is a list of rows. */
export function isOptionRows(value: unknown): value is OptionRow[] {
  return (
    Array.isArray(value) &&
    value.every(
      (row: unknown) =>
        typeof row === 'object' &&
        row !== null &&
        typeof (row as OptionRow).id === 'string' &&
        typeof (row as OptionRow).name === 'string' &&
        Array.isArray((row as OptionRow).found) &&
        Array.isArray((row as OptionRow).risks),
    )
  );
}

function statementOf(value: unknown): OptionStatement | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { text, sources } = value as Record<string, unknown>;
  if (typeof text !== 'string') return undefined;
  return { text: text.trim(), sources: Array.isArray(sources) ? sources.filter((id): id is string => typeof id === 'string') : [] };
}

/**
 * An option from its file's fields as read from YAML, or undefined when they do
 * not have its shape (the rulebook's `fields` rule says what is wrong, with the
 * line, before any build compiles a page).
 */
export function optionFromFields(id: string, fields: Record<string, unknown> | undefined): OptionData | undefined {
  if (!fields) return undefined;
  const howItMayWork = statementOf(fields.howItMayWork);
  const found = Array.isArray(fields.found) ? fields.found.map(statementOf) : [];
  const risks = Array.isArray(fields.risks) ? fields.risks.map(statementOf) : [];
  const grade = typeof fields.grade === 'string' && (optionGrades as readonly string[]).includes(fields.grade) ? (fields.grade as OptionGrade) : undefined;
  if (typeof fields.name !== 'string' || !howItMayWork || !grade || found.includes(undefined) || risks.includes(undefined)) return undefined;
  return {
    id,
    name: fields.name.trim(),
    order: typeof fields.order === 'number' ? fields.order : Number.MAX_SAFE_INTEGER,
    howItMayWork,
    found: found as OptionStatement[],
    risks: risks as OptionStatement[],
    grade,
    verdict: typeof fields.verdict === 'string' ? fields.verdict.trim() : '',
    sources: Array.isArray(fields.sources) ? fields.sources.filter((source): source is string => typeof source === 'string') : [],
    coveredAt: typeof fields.coveredAt === 'string' ? fields.coveredAt : undefined,
  };
}

/** The option ids a <SleepOptions> names in `only`: undefined for every option, null when `only` is not a list of quoted ids. */
export function sleepOptionsOnly(node: JsxElement): string[] | null | undefined {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'only');
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  if (typeof found.value === 'string') return found.value.split(/[\s,]+/).filter(Boolean);
  if (!found.value || typeof found.value !== 'object') return null;
  return parseOptionIds(found.value.value) ?? null;
}
