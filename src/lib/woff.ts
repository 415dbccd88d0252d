/**
 * WOFF 1.0 → the TrueType or OpenType font it wraps. A WOFF file is the font's
 * tables, each zlib-compressed when that made it smaller, behind a directory
 * (W3C, WOFF File Format 1.0, section 5). The font is those tables again, behind
 * an sfnt directory.
 */
import { inflateSync } from 'node:zlib';

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/** Tables are 4-byte aligned in an sfnt file. */
const padded = (length: number) => (length + 3) & ~3;

export function woffToSfnt(woff: Uint8Array): Buffer {
  const bytes = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (bytes.length < WOFF_HEADER || bytes.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font (no "wOFF" signature)');
  const flavor = bytes.readUInt32BE(4);
  const tableCount = bytes.readUInt16BE(12);
  if (bytes.length < WOFF_HEADER + tableCount * WOFF_ENTRY) throw new Error('not a WOFF 1.0 font (its table directory is cut short)');
  const tables = Array.from({ length: tableCount }, (_, index) => {
    const at = WOFF_HEADER + index * WOFF_ENTRY;
    const [tag, offset, storedLength, length, checksum] = [0, 4, 8, 12, 16].map((field) => bytes.readUInt32BE(at + field)) as [number, number, number, number, number];
    if (offset + storedLength > bytes.length) throw new Error('not a WOFF 1.0 font (a table lies beyond the end of the file)');
    const stored = bytes.subarray(offset, offset + storedLength);
    const data = storedLength < length ? inflateSync(stored) : stored;
    if (data.length !== length) throw new Error('not a WOFF 1.0 font (a table does not unpack to its stated length)');
    return { tag, checksum, data };
  });
  const headerLength = SFNT_HEADER + tableCount * SFNT_ENTRY;
  const font = Buffer.alloc(tables.reduce((total, table) => total + padded(table.data.length), headerLength));
  // The binary-search hints the sfnt header carries (OpenType spec, "Table Directory").
  const entrySelector = Math.floor(Math.log2(tableCount));
  const searchRange = 2 ** entrySelector * SFNT_ENTRY;
  font.writeUInt32BE(flavor, 0);
  font.writeUInt16BE(tableCount, 4);
  font.writeUInt16BE(searchRange, 6);
  font.writeUInt16BE(entrySelector, 8);
  font.writeUInt16BE(tableCount * SFNT_ENTRY - searchRange, 10);
  let offset = headerLength;
  tables.forEach((table, index) => {
    const at = SFNT_HEADER + index * SFNT_ENTRY;
    font.writeUInt32BE(table.tag, at);
    font.writeUInt32BE(table.checksum, at + 4);
    font.writeUInt32BE(offset, at + 8);
    font.writeUInt32BE(table.data.length, at + 12);
    table.data.copy(font, offset);
    offset += padded(table.data.length);
  });
  return font;
}
