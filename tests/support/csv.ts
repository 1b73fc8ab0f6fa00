/** The records of RFC 4180 CSV text (quoted fields, doubled quotes, CRLF between records). */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c !== '"') field += c;
			else if (text[i + 1] === '"') {
				field += '"';
				i++;
			} else quoted = false;
		} else if (c === '"') {
			quoted = true;
		} else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else {
			field += c;
		}
	}
	if (field || record.length) records.push([...record, field]);
	return records;
}

/** CSV records as objects keyed by the header's column names. */
export function csvObjects(text: string): Record<string, string>[] {
	const [header = [], ...records] = parseCsv(text);
	return records.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}
