import satori from 'satori';
import sharp from 'sharp';
import { ogTemplate, loadOgFonts } from '../../../src/lib/og-image';
const fonts = await loadOgFonts();
const N = 60;
sharp.concurrency(1);
const input = (i: number) => ({ siteName: 'Knead to Sleep', title: `Does massage help you sleep better at night ${i}? A longer title`, topic: 'Insomnia' });
const svgs: string[] = [];
for (let i = 0; i < N; i++) svgs.push(await satori(ogTemplate(input(i)) as never, { width: 1200, height: 630, fonts }));
const noMasks = svgs.map((s) => s.replace(/<mask[^>]*>[\s\S]*?<\/mask>/g, ''));
const textOnly = svgs.map((s) => s.replace(/<mask[^>]*>[\s\S]*?<\/mask>/g, '').replace(/<defs>[\s\S]*?<\/defs>/g, '').replace(/<g clip-path[\s\S]*?<\/g><\/g>/, ''));
console.log(svgs[0].length, noMasks[0].length, textOnly[0].length);
console.log(textOnly[0].slice(0, 400));
async function time(name: string, list: string[], f: (s: string) => Promise<unknown>) {
  for (const s of list.slice(0, 5)) await f(s);
  const c0 = process.cpuUsage();
  for (const s of list) await f(s);
  const c = process.cpuUsage(c0);
  console.log(name.padEnd(28), 'cpu ms', ((c.user + c.system) / 1000 / list.length).toFixed(1));
}
for (let round = 0; round < 2; round++) {
  await time('full png1', svgs, (s) => sharp(Buffer.from(s)).png({ compressionLevel: 1 }).toBuffer());
  await time('no masks png1', noMasks, (s) => sharp(Buffer.from(s)).png({ compressionLevel: 1 }).toBuffer());
  await time('text only png1', textOnly, (s) => sharp(Buffer.from(s)).png({ compressionLevel: 1 }).toBuffer());
}
const { writeFileSync } = await import('node:fs');
writeFileSync('/tmp/og-nomask.png', await sharp(Buffer.from(noMasks[0])).png().toBuffer());
