/** Where YAML an editor wrote cannot be read, and why, in words (shared by the build and the content check). */
import { parseDocument, type Document } from 'yaml';

export interface YamlProblem {
  /** Line in the YAML text, from 1. */
  line: number;
  /** Column on that line, from 1. */
  column: number;
  /** What is wrong, e.g. `Missing closing "quote`, without the parser's position suffix. */
  reason: string;
}

export function yamlProblem(text: string): YamlProblem | undefined {
  return documentProblem(parseDocument(text));
}

/** The first problem of a parsed YAML document, or undefined when it reads cleanly. */
export function documentProblem(document: Document): YamlProblem | undefined {
  const error = document.errors[0];
  if (!error) return undefined;
  return {
    line: error.linePos?.[0]?.line ?? 1,
    column: error.linePos?.[0]?.col ?? 1,
    reason: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
  };
}

/** The fix for most YAML mistakes editors make. */
export const YAML_FIX =
  'The mistake is on this line or one above it: look for an unclosed quote, a missing space after a colon, or uneven indentation. ' +
  'Wrap a value that contains a colon, or starts with a quote, in double quotes.';
