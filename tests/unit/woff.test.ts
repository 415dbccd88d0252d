import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../src/lib/woff';

const require = createRequire(import.meta.url);
const interBold = readFileSync(require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff'));

/** The tag, offset and length of each table in an sfnt font's directory. */
function sfntTables(font: Buffer): { tag: string; offset: number; length: number }[] {
  return Array.from({ length: font.readUInt16BE(4) }, (_, index) => {
    const at = 12 + index * 16;
    return { tag: font.toString('latin1', at, at + 4), offset: font.readUInt32BE(at + 8), length: font.readUInt32BE(at + 12) };
  });
}

/** A WOFF file holding the given tables, compressed where that is smaller, as the spec asks. */
function woffOf(tables: Record<string, Buffer>): Buffer {
  const entries = Object.entries(tables).map(([tag, data]) => {
    const deflated = deflateSync(data);
    return { tag, data, stored: deflated.length < data.length ? deflated : data };
  });
  const header = Buffer.alloc(44 + entries.length * 20);
  header.write('wOFF', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt16BE(entries.length, 12);
  let offset = header.length;
  entries.forEach((entry, index) => {
    const at = 44 + index * 20;
    header.write(entry.tag, at, 'latin1');
    header.writeUInt32BE(offset, at + 4);
    header.writeUInt32BE(entry.stored.length, at + 8);
    header.writeUInt32BE(entry.data.length, at + 12);
    offset += entry.stored.length;
  });
  return Buffer.concat([header, ...entries.map((entry) => entry.stored)]);
}

describe('woffToSfnt', () => {
  it('gives back every table, unpacked, 4-byte aligned, behind an sfnt directory', () => {
    const tables = { cmap: Buffer.from('a'.repeat(100)), head: Buffer.from('xyz'), name: Buffer.from('Inter Bold, not compressible: 7q!') };
    const font = woffToSfnt(woffOf(tables));
    expect(font.readUInt32BE(0)).toBe(0x00010000);
    const directory = sfntTables(font);
    expect(directory.map((table) => table.tag)).toEqual(['cmap', 'head', 'name']);
    for (const table of directory) {
      expect(table.offset % 4).toBe(0);
      expect(font.subarray(table.offset, table.offset + table.length)).toEqual(tables[table.tag as keyof typeof tables]);
    }
    // searchRange, entrySelector, rangeShift for three tables (OpenType "Table Directory").
    expect([font.readUInt16BE(6), font.readUInt16BE(8), font.readUInt16BE(10)]).toEqual([32, 1, 16]);
  });

  it('unwraps the Inter font the social images use into a TrueType font with its glyphs', () => {
    const font = woffToSfnt(interBold);
    const tags = sfntTables(font).map((table) => table.tag);
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'name']));
    expect(font.length).toBeGreaterThan(interBold.length);
  });

  it.each([
    ['a file that is not WOFF', Buffer.from('OTTO and some more bytes to make up the length of a header......')],
    ['a directory cut short', interBold.subarray(0, 60)],
    ['a table beyond the end', interBold.subarray(0, interBold.length - 100)],
  ])('refuses %s, saying it is not a WOFF 1.0 font', (_name, bytes) => {
    expect(() => woffToSfnt(bytes)).toThrow(/not a WOFF 1\.0 font/);
  });
});
