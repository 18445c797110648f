/** Building small workbooks for the tests: ExcelJS for content, JSZip for what ExcelJS cannot write. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A workbook built by `build`, as .xlsx bytes. */
export async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The bytes with `edit` applied to the zip. */
export async function patchZip(bytes: Uint8Array, edit: (zip: JSZip) => Promise<void> | void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export interface NameSpec {
  name: string;
  /** The reference as Excel writes it (unescaped), e.g. `'Min data'!$A$3:$C$9`. */
  ref: string;
  localSheetId?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');

/** Replaces the workbook's defined names with `names`, written as Excel writes them. */
export async function withNames(bytes: Uint8Array, names: NameSpec[]): Promise<Buffer> {
  return patchZip(bytes, async (zip) => {
    let xml = await zip.file('xl/workbook.xml')!.async('string');
    xml = xml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, '');
    const block =
      '<definedNames>' +
      names
        .map((n) => `<definedName name="${esc(n.name)}"${n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : ''}>${esc(n.ref)}</definedName>`)
        .join('') +
      '</definedNames>';
    xml = xml.replace('</sheets>', `</sheets>${block}`);
    zip.file('xl/workbook.xml', xml);
  });
}

/** The text of a part of a package. */
export async function partText(bytes: Uint8Array, part: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(part)?.async('string');
}

/** Loads bytes with ExcelJS (for reading a written report back by address). */
export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}
