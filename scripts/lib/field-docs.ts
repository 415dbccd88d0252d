/**
 * The reference tables in docs/editing.md, generated from the code they
 * describe, so the editor docs cannot drift from what the build accepts:
 * the frontmatter fields (read from src/content.config.ts with the TypeScript
 * compiler API: each field's doc comment and its Zod type), the topics, the
 * evidence levels, the grade ceilings and the rulebook (every message the check and the build give).
 * Pure: takes the config's source text; `npm run docs` does the file work.
 */
import ts from 'typescript';
import { evidenceLevels, gradeCeilings } from '../../src/lib/evidence.ts';
import { referenceKinds, referenceSeenIn, referenceStrengths } from '../../src/lib/references.ts';
import { rulebook } from '../../src/rules/index.ts';
import { conditions, conditionSlugs, topics, topicSlugs } from '../../src/site.config.ts';

export interface FieldDoc {
  name: string;
  required: boolean;
  /** The default, as written in the schema, when the field may be left out. */
  defaultValue?: string;
  type: string;
  description: string;
}

/** Values of the lists the schema's z.enum() calls name. */
export const enumValues: Readonly<Record<string, readonly string[]>> = { topicSlugs, conditionSlugs, referenceKinds, referenceStrengths, referenceSeenIn };

/** Schema helpers declared in content.config.ts whose meaning is better said in words than derived. */
const namedTypes: Readonly<Record<string, string>> = {
  calendarDate: 'date, YYYY-MM-DD',
  sourceId: 'id of a file in content/references/',
};

interface Described {
  type: string;
  required: boolean;
  defaultValue?: string;
}

function code(text: string): string {
  return `\`${text}\``;
}

/** The doc comment (`/** … *\/`) written just above a node, as one line of text. */
function docComment(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const last = ranges.filter((range) => source.text.startsWith('/**', range.pos)).at(-1);
  if (!last) return '';
  return source.text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

function variableInitializer(name: string, source: ts.SourceFile): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer) found = node.initializer;
    if (!found) ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** "1–70 characters", "at least 1", "1800–2100" from .min()/.max() calls. */
function bounds(min: string | undefined, max: string | undefined, unit: string): string {
  const suffix = unit ? ` ${unit}` : '';
  if (min && max) return `${min}–${max}${suffix}`;
  if (min) return `at least ${min}${suffix}`;
  if (max) return `at most ${max}${suffix}`;
  return '';
}

/** Plain words for a Zod expression such as `z.array(z.enum(topicSlugs)).min(1)`. */
function describe(expression: ts.Expression, source: ts.SourceFile): Described {
  // Peel method calls off the outside: z.string().trim().min(1).max(70) → base z.string(), methods [max, min, trim].
  const methods: Array<{ name: string; args: readonly ts.Expression[] }> = [];
  let base: ts.Expression = expression;
  while (ts.isCallExpression(base) && ts.isPropertyAccessExpression(base.expression) && !(ts.isIdentifier(base.expression.expression) && base.expression.expression.text === 'z')) {
    methods.push({ name: base.expression.name.text, args: base.arguments });
    base = base.expression.expression;
  }
  const method = (name: string) => methods.find((m) => m.name === name);
  const argument = (name: string) => method(name)?.args[0]?.getText(source);

  let described: Described;
  if (method('pipe')) {
    described = describe(method('pipe')!.args[0]!, source);
  } else if (ts.isIdentifier(base)) {
    const named = namedTypes[base.text];
    const initializer = variableInitializer(base.text, source);
    described = named ? { type: named, required: true } : initializer ? describe(initializer, source) : { type: base.text, required: true };
  } else if (ts.isCallExpression(base) && ts.isIdentifier(base.expression) && base.expression.text === 'reference') {
    const collection = base.arguments[0] && ts.isStringLiteral(base.arguments[0]) ? base.arguments[0].text : '?';
    described = { type: `id of a file in content/${collection}/`, required: true };
  } else if (ts.isCallExpression(base) && ts.isPropertyAccessExpression(base.expression)) {
    const kind = base.expression.name.text;
    const [first] = base.arguments;
    switch (kind) {
      case 'string': {
        const [min, max] = [argument('min'), argument('max')];
        const range = min === '1' && !max ? ' (not empty)' : bounds(min, max, 'characters').replace(/^(.)/, ', $1');
        described = { type: `text${range}`, required: true };
        break;
      }
      case 'number': {
        const range = bounds(argument('min'), argument('max'), '');
        described = { type: `${method('int') ? 'whole number' : 'number'}${range ? `, ${range}` : ''}`, required: true };
        break;
      }
      case 'boolean':
        described = { type: '`true` or `false`', required: true };
        break;
      case 'url':
        described = { type: 'web address, starting https://', required: true };
        break;
      case 'enum': {
        const values = first && ts.isIdentifier(first) ? enumValues[first.text] : undefined;
        described = { type: values ? `one of ${values.map(code).join(', ')}` : `one of ${first?.getText(source) ?? '?'}`, required: true };
        break;
      }
      case 'array': {
        const item = first ? describe(first, source).type : '?';
        const count = bounds(argument('min'), argument('max'), '');
        described = { type: `list${count ? ` (${count})` : ''}: each ${item}`, required: true };
        break;
      }
      case 'union': {
        const options = first && ts.isArrayLiteralExpression(first) ? first.elements.map((element) => describe(element, source).type) : [];
        described = { type: options.join(' or '), required: true };
        break;
      }
      default:
        described = { type: kind, required: true };
    }
  } else {
    described = { type: base.getText(source), required: true };
  }

  if (method('optional')) described = { ...described, required: false };
  const defaultValue = argument('default');
  if (defaultValue !== undefined) described = { ...described, required: false, defaultValue };
  return described;
}

/** The fields of `export const <schemaName> = z.strictObject({ … })` in the config's source. */
export function schemaFields(configSource: string, schemaName: string): FieldDoc[] {
  const source = ts.createSourceFile('content.config.ts', configSource, ts.ScriptTarget.Latest, true);
  const initializer = variableInitializer(schemaName, source);
  if (!initializer) throw new Error(`src/content.config.ts declares no ${schemaName}.`);
  let shape: ts.ObjectLiteralExpression | undefined;
  const find = (node: ts.Node) => {
    if (!shape && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^(strictObject|object)$/.test(node.expression.name.text)) {
      const [first] = node.arguments;
      if (first && ts.isObjectLiteralExpression(first)) shape = first;
    }
    if (!shape) ts.forEachChild(node, find);
  };
  find(initializer);
  if (!shape) throw new Error(`${schemaName} in src/content.config.ts is not a z.object({ … }).`);
  return shape.properties.filter(ts.isPropertyAssignment).map((property) => {
    const { type, required, defaultValue } = describe(property.initializer, source);
    return {
      name: property.name.getText(source),
      required,
      ...(defaultValue !== undefined ? { defaultValue } : {}),
      type,
      description: docComment(property, source),
    };
  });
}

/**
 * Text safe in a Markdown table cell: no raw `|`, and outside code spans a `<`
 * is escaped, so `<Cite id="…" />` in a doc comment shows instead of vanishing as HTML.
 */
const cell = (text: string): string =>
  text
    .replace(/\|/g, '\\|')
    .split('`')
    .map((part, index) => (index % 2 === 0 ? part.replace(/</g, '&lt;') : part))
    .join('`');

export function fieldTable(fields: readonly FieldDoc[]): string {
  const rows = fields.map((field) => {
    const required = field.required ? 'yes' : field.defaultValue !== undefined ? `no (default ${code(field.defaultValue)})` : 'no';
    return `| ${code(field.name)} | ${required} | ${cell(field.type)} | ${cell(field.description)} |`;
  });
  return ['| Field | Required | Value | What it is for |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function topicTable(): string {
  const rows = Object.entries(topics).map(([slug, topic]) => `| ${code(slug)} | ${cell(topic.label)} | ${cell(topic.description)} |`);
  return ['| Slug (for `tags`) | Shown as | About |', '| --- | --- | --- |', ...rows].join('\n');
}

export function conditionTable(): string {
  const rows = Object.entries(conditions).map(([slug, name]) => `| ${code(slug)} | ${cell(name)} |`);
  return ['| Slug (for `conditions`) | Condition |', '| --- | --- |', ...rows].join('\n');
}

export function evidenceTable(): string {
  const rows = Object.entries(evidenceLevels).map(([level, grade]) => `| ${code(level)} | ${cell(`${grade.label}: ${grade.plain}`)} | ${cell(grade.meaning)} |`);
  return ['| `level` | Shown as | When to use it |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Every rule of the rulebook: what it finds, a message as editors see it, and the fix. */
export function rulebookTable(): string {
  const stops = (rule: (typeof rulebook)[number]) =>
    rule.severity === 'warning' ? 'no (warning)' : rule.completeness ? 'yes (error); a warning in a draft' : 'yes (error)';
  const rows = rulebook.map((rule) => `| ${code(rule.id)} | ${stops(rule)} | ${cell(rule.finds)} | ${cell(rule.example)} | ${cell(rule.fix)} |`);
  return ['| Rule | Stops the build? | Finds | Message, for example | Fix |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Which grade each strength of source allows (src/lib/evidence.ts). */
export function gradeCeilingTable(): string {
  const rows = Object.entries(gradeCeilings).map(([strength, ceiling]) => `| ${code(strength)} | ${code(ceiling)} |`);
  return ['| Source `strength` | Highest grade it allows |', '| --- | --- |', ...rows].join('\n');
}

/** Every generated block of docs/editing.md, by marker name. */
export function generatedSections(configSource: string): Record<string, string> {
  return {
    'article-fields': fieldTable(schemaFields(configSource, 'articleSchema')),
    'reference-fields': fieldTable(schemaFields(configSource, 'referenceSchema')),
    'person-fields': fieldTable(schemaFields(configSource, 'personSchema')),
    topics: topicTable(),
    conditions: conditionTable(),
    'evidence-levels': evidenceTable(),
    'grade-ceilings': gradeCeilingTable(),
    rulebook: rulebookTable(),
  };
}

const marker = (name: string) =>
  new RegExp(`(<!-- generated:${name}(?: [^>]*)? ?-->\\n)[\\s\\S]*?(\\n<!-- /generated:${name} -->)`);

/**
 * The document with each block between its markers replaced. Throws when a
 * marker is missing; `only` names the sections a document carries (README has just one).
 */
export function fillGeneratedSections(
  document: string,
  sections: Readonly<Record<string, string>>,
  only: readonly string[] = Object.keys(sections),
): string {
  let result = document;
  for (const [name, content] of Object.entries(sections).filter(([name]) => only.includes(name))) {
    const pattern = marker(name);
    if (!pattern.test(result)) throw new Error(`The document has no <!-- generated:${name} … --> … <!-- /generated:${name} --> markers.`);
    result = result.replace(pattern, (_match, start: string, end: string) => `${start}${content}${end}`);
  }
  return result;
}
