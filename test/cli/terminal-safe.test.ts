import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/terminal-safe';

describe('terminalSafe', () => {
  it('drops C0 controls but tab and newline, DEL and C1 controls', () => {
    expect(terminalSafe('a\u001b]52;c;eA==\u0007b\u001b[2Jc\r\bd\te\nf\u007fg\u009bh\u0085i')).toBe('a]52;c;eA==b[2Jcd\te\nfghi');
  });
  it('in JSON keeps C1 as \\u escapes, so the data survives and the line stays valid JSON', () => {
    const line = terminalSafe(JSON.stringify({ t: 'x\u009b2J\u001by' }), true);
    expect(line).toBe('{"t":"x\\u009b2J\\u001by"}');
    expect(JSON.parse(line)).toEqual({ t: 'x\u009b2J\u001by' });
  });
  it('leaves ordinary text alone, accents and other scripts included', () => {
    const text = 'Zürich · “quoted” — مكتبة · 東京 · emoji 📰\n\tindented';
    expect(terminalSafe(text)).toBe(text);
    expect(terminalSafe(text, true)).toBe(text);
  });
});
