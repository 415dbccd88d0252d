/**
 * The W3C Nu HTML Checker (vnu-jar) over every built page: `npm run validate:html`
 * (after `npm run build`). One Java process checks all pages; each error is printed
 * as `dist/file:line:column  message`, and any error exits 1. Warnings are not errors.
 *
 * The checker needs Java. When there is none and apt-get can be run as root, this installs
 * Debian's default-jre-headless first, the way scripts/ensure-chromium.ts installs Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
// The jar file itself: the package's own runner would download a Java from the internet when none is installed.
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

function javaWorks(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

function ensureJava(): void {
  if (javaWorks()) return;
  if (!existsSync('/usr/bin/apt-get') || process.getuid?.() !== 0) {
    console.error('[vnu] the HTML checker needs Java: install a Java runtime (Debian: apt-get install default-jre-headless).');
    process.exit(1);
  }
  console.log("[vnu] no Java found: installing Debian's default-jre-headless (apt-get install default-jre-headless)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!ok(['update', '-qq']) || !ok(['install', '-y', '-qq', 'default-jre-headless']) || !javaWorks()) {
    console.error('[vnu] apt-get could not install default-jre-headless.');
    process.exit(1);
  }
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error('[vnu] dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}
ensureJava();
const files = htmlFiles(dist).sort();
const result = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (result.error) throw result.error;
// vnu writes its JSON report to standard error.
let messages: VnuMessage[];
try {
  messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
} catch {
  console.error(`[vnu] the checker did not report (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  process.exit(1);
}
const errors = messages.filter((message) => message.type === 'error' || message.type === 'non-document-error');
for (const error of errors) {
  const file = error.url ? relative(root, new URL(error.url).pathname) : '(checker)';
  const where = error.lastLine ? `${file}:${error.lastLine}:${error.firstColumn ?? error.lastColumn ?? 1}` : file;
  console.error(`${where}  ${error.message}${error.extract ? `\n    ${error.extract.replace(/\s+/g, ' ').trim()}` : ''}`);
}
console.log(`[vnu] Nu HTML Checker: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files.length} pages.`);
if (errors.length > 0) process.exitCode = 1;
