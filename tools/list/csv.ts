/**
 * A small RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes. Rows keep their
 * starting line number, so a maintainer is told exactly which line of a CSV was rejected.
 */

export interface CsvRow {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

export function parseCsv(text: string): CsvRow[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c.length > 0)) records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else cell += char;
  }
  cells.push(cell);
  if (cells.some((c) => c.length > 0)) records.push({ line: recordLine, cells });
  const [header, ...rows] = records;
  if (!header) return [];
  const names = header.cells.map((name) => name.trim());
  return rows.map(({ line: rowLine, cells: values }) => ({
    line: rowLine,
    fields: Object.fromEntries(names.map((name, i) => [name, (values[i] ?? '').trim()])),
  }));
}
