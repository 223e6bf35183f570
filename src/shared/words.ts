// Small helpers for sentences the app, `sef` and the documents write the same way.

/** "Two further points", a sentence's first word capitalised. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 action", "3 actions". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
