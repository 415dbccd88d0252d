/**
 * The content check in a GitHub pull request: each finding as a workflow
 * command (`::error file=…,line=…,col=…::message`), which GitHub shows on the
 * file and line in the pull request's diff, and the whole report as Markdown
 * for the job summary. GitHub shows at most 10 error and 10 warning
 * annotations per step, so no more are printed; the summary has them all.
 * Used only when GITHUB_ACTIONS=true; elsewhere the output is unchanged.
 */
import type { VFile } from 'vfile';

type VFileMessage = VFile['messages'][number];

/** GitHub's limit of annotations of each kind shown per step. */
export const ANNOTATIONS_PER_STEP = 10;

/** Escapes a workflow command's message (GitHub's toolkit rules). */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a workflow command's property value, which also may not hold `:` or `,`. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

interface Finding {
  file: string;
  message: VFileMessage;
  error: boolean;
}

function findingsOf(files: readonly VFile[]): Finding[] {
  return files.flatMap((file) => file.messages.map((message) => ({ file: file.path, message, error: message.fatal === true })));
}

const ruleOf = (message: VFileMessage) => message.ruleId ?? 'rulebook';

/** The annotations to print: the first 10 errors and 10 warnings, then a notice when some are only in the summary. */
export function annotations(files: readonly VFile[]): string[] {
  const findings = findingsOf(files);
  const lines: string[] = [];
  for (const error of [true, false]) {
    const ofKind = findings.filter((finding) => finding.error === error);
    for (const { file, message } of ofKind.slice(0, ANNOTATIONS_PER_STEP)) {
      const start = message.place && 'start' in message.place ? message.place.start : message.place;
      const end = message.place && 'end' in message.place ? message.place.end : undefined;
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${start?.line ?? 1}`,
        `col=${start?.column ?? 1}`,
        ...(end && end.line === start?.line ? [`endColumn=${end.column}`] : []),
        `title=${escapeProperty(`content check: ${ruleOf(message)}`)}`,
      ];
      lines.push(`::${error ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(message.reason)}`);
    }
  }
  const errors = findings.filter((finding) => finding.error).length;
  const hidden = Math.max(0, errors - ANNOTATIONS_PER_STEP) + Math.max(0, findings.length - errors - ANNOTATIONS_PER_STEP);
  if (hidden > 0) lines.push(`::notice title=content check::${hidden} more finding${hidden === 1 ? '' : 's'} than GitHub shows on the files: see the job summary, or run npm run check.`);
  return lines;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The whole report as Markdown for $GITHUB_STEP_SUMMARY. */
export function jobSummary(files: readonly VFile[], summaryLine: string): string {
  const findings = findingsOf(files);
  const rows = findings.map(({ file, message, error }) => `| ${error ? 'error' : 'warning'} | \`${cell(file)}:${message.line ?? 1}:${message.column ?? 1}\` | ${cell(message.reason)} | ${ruleOf(message)} |`);
  return [
    '## Content check',
    '',
    summaryLine,
    ...(rows.length ? ['', '| | Where | What to fix | Rule |', '|---|---|---|---|', ...rows] : []),
    '',
    'The rules and their fixes: docs/editing.md, "What the check and the build report".',
    '',
  ].join('\n');
}
