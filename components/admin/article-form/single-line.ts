/** A title as one line: every line break (pasted, or from another system) becomes one space. */
export function singleLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029])+[ \t]*/g, ' ');
}
