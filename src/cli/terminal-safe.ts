/**
 * Text from a page, made safe to print to a terminal. A page's title or text
 * can carry escape sequences: OSC 52 writes the user's clipboard, OSC 8
 * makes a link whose address differs from its text, CSI clears the screen
 * or moves the cursor, a carriage return or backspace overprints what came
 * before. Every C0 control but tab and newline, DEL, and every C1 control
 * (U+0080–U+009F, which some terminals take as the same introducers) is
 * dropped. In JSON the C1 controls are written as \u escapes instead: JSON
 * keeps them (it escapes C0 itself) and a reader of the JSON gets the data
 * unchanged, while the terminal never sees them raw.
 */
// eslint-disable-next-line no-control-regex
const C0_AND_DEL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const C1 = /[\u0080-\u009f]/g;

export function terminalSafe(text: string, json = false): string {
  const noC0 = text.replace(C0_AND_DEL, '');
  return json ? noC0.replace(C1, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : noC0.replace(C1, '');
}
