/**
 * Draws the raster icons from public/favicon.svg (the one source of the site's mark):
 * favicon.ico (32 px, for browsers and tools that ask for /favicon.ico), apple-touch-icon.png
 * (180 px, for home screens) and logo.png (512 px, the publisher logo in structured data).
 * Run `npm run icons` after changing favicon.svg, and commit the files it writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('public/favicon.svg');
const png = (size: number) => sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9, palette: true }).toBuffer();

/** An ICO file holding one PNG image (allowed since Windows Vista; every current browser reads it). */
function icoWithPng(image: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size % 256, 6); // width (0 means 256)
  header.writeUInt8(size % 256, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(header.length, 18); // offset of the image
  return Buffer.concat([header, image]);
}

writeFileSync('public/favicon.ico', icoWithPng(await png(32), 32));
writeFileSync('public/apple-touch-icon.png', await png(180));
writeFileSync('public/logo.png', await png(512));
console.log('[icons] wrote public/favicon.ico, public/apple-touch-icon.png and public/logo.png from public/favicon.svg');
