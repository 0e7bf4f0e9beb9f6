// The sentence-level tagger: documents in (sentences of token texts), entity token
// ranges out. The article recogniser and the CoNLL tagger both sit on top of it.
import { DecodeBuffers, decodeSentence, type LinearModel } from './decode';
import { normalizeToken, prepareDocument, TagHistory } from './features';
import { TagReader, type TokenSpan } from './tags';

export class Tagger {
  private readonly buf = new DecodeBuffers();
  private readonly history = new TagHistory();
  private readonly reader: TagReader;

  constructor(
    readonly model: LinearModel,
    readonly tags: readonly string[],
  ) {
    this.reader = new TagReader(tags);
  }

  /** Entities per sentence of one document. Token texts are normalised here. */
  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][] {
    const doc = prepareDocument(
      sentences.map((s) => s.map(normalizeToken)),
      false,
      !this.model.sparse, // the packed table scores neighbours from their words' rows
    );
    this.history.clear();
    const out: TokenSpan[][] = [];
    for (let s = 0; s < sentences.length; s++) {
      const path = decodeSentence(this.model, doc, s, this.history, this.buf);
      out.push(this.reader.spans(path, path.length));
    }
    return out;
  }
}
