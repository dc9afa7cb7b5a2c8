/** A JSON number kept as the text it was written with, so that amounts reach the money parser exactly. */
export class JsonNumberText {
  constructor(readonly text: string) {}

  /** The number as a float, for values that are not money. */
  get value(): number {
    return Number(this.text);
  }

  /** The number as written (ids shown in messages and traces). */
  toString(): string {
    return this.text;
  }
}

export type ExactJson = null | boolean | string | JsonNumberText | ExactJson[] | { [key: string]: ExactJson };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/**
 * Parses JSON like `JSON.parse`, but keeps every number as its source text ({@link JsonNumberText}):
 * `123456789.99` must reach the money parser as written, not as the nearest binary float.
 * Invalid JSON throws `JSON.parse`'s own SyntaxError.
 * @example (parseJsonExact('[{"revenue": 0.1}]') as any)[0].revenue.text // '0.1'
 */
export function parseJsonExact(text: string): ExactJson {
  JSON.parse(text); // validates, with the platform's error message
  let pos = 0;
  const skip = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };
  const string = (): string => {
    const start = pos;
    pos++;
    while (text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const value = (): ExactJson => {
    skip();
    const c = text[pos];
    if (c === '{') {
      pos++;
      // No prototype: a key such as "__proto__" stays an ordinary field, as with JSON.parse.
      const obj: { [key: string]: ExactJson } = Object.create(null);
      skip();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        skip();
        const key = string();
        skip();
        pos++; // ':'
        obj[key] = value();
        skip();
        if (text[pos++] === '}') return obj;
      }
    }
    if (c === '[') {
      pos++;
      const list: ExactJson[] = [];
      skip();
      if (text[pos] === ']') {
        pos++;
        return list;
      }
      for (;;) {
        list.push(value());
        skip();
        if (text[pos++] === ']') return list;
      }
    }
    if (c === '"') return string();
    if (text.startsWith('true', pos)) {
      pos += 4;
      return true;
    }
    if (text.startsWith('false', pos)) {
      pos += 5;
      return false;
    }
    if (text.startsWith('null', pos)) {
      pos += 4;
      return null;
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    pos = NUMBER.lastIndex;
    return new JsonNumberText(m?.[0] ?? '');
  };
  return value();
}
