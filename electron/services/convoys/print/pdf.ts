import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * pdfmake on the server side (its Node build, over pdfkit): the same file whichever shell asked.
 * Fonts are bundled: DejaVu Sans (npm dejavu-fonts-ttf; the packaged app carries its four TTFs
 * and licence in resources/fonts, see build/electron-builder.yml). DejaVu Sans has Latin, French accents and
 * Arabic glyphs, which fontkit shapes (joining forms); pdfmake has no bidirectional layout, so the
 * texts are put in visual order first (bidi.ts, applied by layout.ts). Nothing is fetched: URLs are
 * refused and only the font files may be read from disk.
 */

// pdfmake ships no types for its 0.3 server build; this is the little we use of it.
interface PdfMake {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (file: string) => boolean): void;
  setProgressCallback(progress: ((fraction: number) => void) | undefined): void;
  createPdf(doc: object): { write(file: string): Promise<void>; getBuffer(): Promise<Buffer> };
}

const requireHere = createRequire(__filename);
let pdfmake: PdfMake | null = null;
let fontsFolder = '';

/** Where the bundled TTFs are: the packaged app's resources, else the package in node_modules (development, tests). */
function findFontsFolder(): string {
  const candidates: string[] = [];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) candidates.push(path.join(resources, 'fonts', 'ttf'));
  try {
    candidates.push(path.join(path.dirname(requireHere.resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  } catch {
    // not resolvable from here (bundled code): the other places below
  }
  candidates.push(path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf'));
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'DejaVuSans.ttf')));
  if (!found) throw new Error(`The PDF fonts (DejaVu Sans) were not found; looked in: ${candidates.join(', ')}. Reinstall Corridor.`);
  return found;
}

async function maker(): Promise<PdfMake> {
  if (pdfmake) return pdfmake;
  fontsFolder = findFontsFolder();
  // Loaded on the first print only (about 3 MB with pdfkit and fontkit): Vite bundles it into a
  // chunk of its own, like every JavaScript package (only better-sqlite3 ships in node_modules).
  const loaded = (await import('pdfmake')) as { default?: unknown };
  const m = (loaded.default ?? loaded) as PdfMake;
  const font = (name: string) => path.join(fontsFolder, name);
  m.setFonts({
    DejaVuSans: {
      normal: font('DejaVuSans.ttf'),
      bold: font('DejaVuSans-Bold.ttf'),
      italics: font('DejaVuSans-Oblique.ttf'),
      bolditalics: font('DejaVuSans-BoldOblique.ttf'),
    },
  });
  m.setUrlAccessPolicy(() => false);
  m.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsFolder + path.sep));
  pdfmake = m;
  return m;
}

export const PDF_FONT = 'DejaVuSans';

/** Renders a document definition to a file; progress is pdfmake's own (0…1) while it lays out pages. */
export async function writePdf(doc: object, file: string, progress?: (fraction: number) => void): Promise<void> {
  const m = await maker();
  m.setProgressCallback(progress);
  try {
    await m.createPdf(doc).write(file);
  } finally {
    m.setProgressCallback(undefined);
  }
}

/** The same, in memory (the bench and tests that need no file). */
export async function pdfBuffer(doc: object): Promise<Buffer> {
  const m = await maker();
  m.setProgressCallback(undefined);
  return m.createPdf(doc).getBuffer();
}
