/**
 * A text column coded against a dictionary: each member holds the index of its text in `dictionary`. A
 * column such as an industry code has few distinct values among many members; coded once (when the
 * records are decoded), a compiled plan reads small integers instead of strings and codes each distinct
 * text once per run instead of once per member. Plans accept it wherever a string column is expected.
 */
/** Codes 0, 1, 2… of a dictionary that is the texts themselves. */
const SMALL = Uint8Array.of(0, 1, 2, 3, 4, 5, 6, 7);
/** Its views by length, made once: one enterprise at a time codes its one text without allocating a view per call. */
const SMALL_VIEWS = Array.from({ length: SMALL.length + 1 }, (_, n) => SMALL.subarray(0, n));

export class Categorical {
  constructor(
    readonly codes: Uint8Array | Uint16Array | Uint32Array,
    readonly dictionary: readonly string[],
  ) {}

  get length(): number {
    return this.codes.length;
  }

  /** Codes `texts`, the dictionary in first-seen order (a few texts are their own dictionary, repeats and all). */
  static encode(texts: readonly string[]): Categorical {
    if (texts.length <= SMALL.length) return new Categorical(SMALL_VIEWS[texts.length], texts);
    const index = new Map<string, number>();
    const dictionary: string[] = [];
    const codes = new Uint32Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i];
      let c = index.get(t);
      if (c === undefined) {
        c = dictionary.length;
        index.set(t, c);
        dictionary.push(t);
      }
      codes[i] = c;
    }
    const narrow = dictionary.length <= 256 ? Uint8Array.from(codes) : dictionary.length <= 65536 ? Uint16Array.from(codes) : codes;
    return new Categorical(narrow, dictionary);
  }

  /** The texts of members [from, to). */
  texts(from = 0, to = this.codes.length): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.dictionary[this.codes[i]]);
    return out;
  }
}
