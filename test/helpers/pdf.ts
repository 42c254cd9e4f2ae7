import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';

/*
 * Reading a PDF back as a person or a checkpoint would: its text with Debian's poppler-utils
 * (pdftotext, page by page), and its QR code by rendering the first page (pdftoppm) and
 * decoding the image with jsQR. `.ci/run` installs poppler-utils when it is missing.
 */

/** The text of a PDF, or of one page of it (1-based), laid out as printed. */
export function pdfText(file: string, page?: number): string {
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...pages, file, '-'], { encoding: 'utf8' });
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/**
 * The first page rendered at 150 dpi and its QR code decoded. pdftoppm writes a binary PPM (P6:
 * a text header, then RGB bytes), which needs no image library to read into jsQR's RGBA.
 */
export function decodeQr(file: string): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-qr-'));
  try {
    const out = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-singlefile', file, out]);
    const ppm = fs.readFileSync(`${out}.ppm`);
    // Header: "P6", width, height, max value, each separated by whitespace, then one whitespace byte.
    let pos = 0;
    const fields: string[] = [];
    while (fields.length < 4) {
      while (/\s/.test(String.fromCharCode(ppm[pos]))) pos++;
      let start = pos;
      while (!/\s/.test(String.fromCharCode(ppm[pos]))) pos++;
      fields.push(ppm.subarray(start, pos).toString('ascii'));
      start = pos;
    }
    pos++;
    const [magic, w, h] = [fields[0], Number(fields[1]), Number(fields[2])];
    if (magic !== 'P6') throw new Error(`pdftoppm wrote ${magic}, not a binary PPM`);
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let i = 0, j = pos; i < w * h; i++, j += 3) {
      rgba[i * 4] = ppm[j];
      rgba[i * 4 + 1] = ppm[j + 1];
      rgba[i * 4 + 2] = ppm[j + 2];
      rgba[i * 4 + 3] = 255;
    }
    return jsQR(rgba, w, h)?.data ?? null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
