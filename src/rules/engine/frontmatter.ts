/**
 * The one frontmatter reader: the loader (src/loaders/friendly-glob.ts), the
 * content check (document.ts) and the scripts read an entry's fields here. It
 * finds the frontmatter of an .mdx file (or takes a whole .yaml file), reads it
 * with the YAML 1.2 core schema (so `2026-13-45` stays the text the editor
 * wrote), and says where each field is written and where the YAML cannot be
 * read, in the file's own lines. A UTF-8 byte-order mark at the start is
 * harmless and dropped, as Astro does; Windows line ends (CRLF) read the same.
 */
import { parseDocument } from 'yaml';
import { documentProblem, type YamlProblem } from './yaml-problem.ts';

export interface FieldPlace {
  line: number;
  column: number;
}

export interface Frontmatter {
  /** True when the file starts with a byte-order mark (dropped before reading). */
  byteOrderMark: boolean;
  /** True when the fields were found: an .mdx file with frontmatter, or any YAML file. */
  found: boolean;
  /** The fields, when the YAML could be read (`{}` for a file with no frontmatter). */
  data: Record<string, unknown> | undefined;
  /** Why the YAML cannot be read, at its line and column in the file. */
  problem: YamlProblem | undefined;
  /** Where each top-level field is written, in file lines. */
  fieldPlaces: ReadonlyMap<string, FieldPlace>;
  /** The body of an .mdx file with the frontmatter's lines kept but blanked, so body positions are file positions. */
  body: string;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;
const BYTE_ORDER_MARK = '\uFEFF';

/** Reads the fields of a content file. `yamlFile` is true for a .yaml entry (the whole file is its fields). */
export function readFrontmatter(text: string, yamlFile: boolean): Frontmatter {
  const byteOrderMark = text.startsWith(BYTE_ORDER_MARK);
  const clean = byteOrderMark ? text.slice(1) : text;
  if (yamlFile) return { byteOrderMark, found: true, ...readFields(clean, 1), body: '' };
  const match = FRONTMATTER.exec(clean);
  if (!match) return { byteOrderMark, found: false, data: {}, problem: undefined, fieldPlaces: new Map(), body: clean };
  const body = '\n'.repeat(match[0].split('\n').length - 1) + clean.slice(match[0].length);
  // Frontmatter starts on the line after the opening ---.
  return { byteOrderMark, found: true, ...readFields(match[1] ?? '', 2), body };
}

function readFields(yamlText: string, firstLine: number): Pick<Frontmatter, 'data' | 'problem' | 'fieldPlaces'> {
  const document = parseDocument(yamlText);
  const problem = documentProblem(document);
  const fieldPlaces = new Map<string, FieldPlace>();
  yamlText.split(/\r?\n/).forEach((line, index) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key && !fieldPlaces.has(key)) fieldPlaces.set(key, { line: firstLine + index, column: 1 });
  });
  if (problem) return { data: undefined, problem: { ...problem, line: problem.line + firstLine - 1 }, fieldPlaces };
  const value: unknown = document.toJS();
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { data, problem: undefined, fieldPlaces };
}
