// Reading CoNLL-2003 files: one token per line, blank line between sentences, a
// "-DOCSTART-" line between articles. Non-local features work per document, so the
// reader keeps that grouping.

export interface ConllSentence {
  /** Token texts (first column). */
  words: string[];
  /** Gold NER tags (last column), as written (IOB1 in CoNLL-2003). */
  tags: string[];
  /** The input line index of each token, for echoing the file back with predictions. */
  lines: number[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Documents in CoNLL text. Lines with a single column get tag "O". Never throws. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: ConllSentence = { words: [], tags: [], lines: [] };
  const endSentence = (): void => {
    if (sent.words.length) doc.sentences.push(sent);
    sent = { words: [], tags: [], lines: [] };
  };
  const endDocument = (): void => {
    endSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) {
      endSentence();
      continue;
    }
    if (line.startsWith('-DOCSTART-')) {
      endDocument();
      continue;
    }
    const cols = line.split(/\s+/);
    sent.words.push(cols[0]);
    sent.tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
    sent.lines.push(i);
  }
  endDocument();
  return docs;
}
