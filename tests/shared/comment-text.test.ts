import { commentText, messageText, messageValue, plainText } from '../../src/shared/comment-text.js';

describe('commentText (as suggestions use it)', () => {
  it.each([
    ['plain.', 'plain.'],
    // One sanitiser with the generator's: a `//` comment needs no `*/` escape, only one line and visible characters.
    ['ends */ a block comment', 'ends */ a block comment'],
    ['bidi \u202Eevil\u202C zero\u200Bwidth', 'bidi \\u{202E}evil\\u{202C} zero\\u{200B}width'],
    ['two\nlines\r\nand\u2028more\u2029end', 'two lines and more end'],
    ['  spaced   out  ', 'spaced out'],
  ])('makes %j safe in a comment', (given, want) => {
    expect(commentText(given)).toBe(want);
  });
});

describe('commentText: a description as the text of a // comment', () => {
  const cases: [given: string, want: string][] = [
    ['资源售罄。', '资源售罄。'],
    ['ends the comment */ here', 'ends the comment */ here'],
    ['a `template ${injection}` and \'quotes\' "double"', 'a `template ${injection}` and \'quotes\' "double"'],
    ['line\nbreak\r\nand\rcr', 'line break and cr'],
    ['line\u2028separator\u2029paragraph\u0085next', 'line separator paragraph next'],
    ['tab\there  and   spaces', 'tab here and spaces'],
    [
      'bidi \u202Eevil\u202C override \u2066isolate\u2069',
      'bidi \\u{202E}evil\\u{202C} override \\u{2066}isolate\\u{2069}',
    ],
    ['zero\u200Bwidth\uFEFFbom\u0000nul\u001Besc', 'zero\\u{200B}width\\u{FEFF}bom\\u{0000}nul\\u{001B}esc'],
    ['lone \uD800 surrogate', 'lone \\u{D800} surrogate'],
    ['emoji 😀 and ideographic\u3000space', 'emoji 😀 and ideographic\u3000space'],
    ['  \n  ', ''],
  ];
  it.each(cases)('%j → %j', (given, want) => {
    expect(commentText(given)).toBe(want);
  });
});

describe('messageText: a description in a lint message, as a terminal shows it', () => {
  it.each([
    ['资源售罄。', '资源售罄。'],
    ['clear \u001B[2J the screen', 'clear \\u{001B}[2J the screen'],
    [
      '\u001B]8;;https://evil.example\u0007link\u001B]8;;\u0007',
      '\\u{001B}]8;;https://evil.example\\u{0007}link\\u{001B}]8;;\\u{0007}',
    ],
    ['\u202Ereversed', '\\u{202E}reversed'],
    ['a'.repeat(100), 'a'.repeat(100)],
    [`${'a'.repeat(98)} bcd`, `${'a'.repeat(98)}…`],
    ['😀'.repeat(101), `${'😀'.repeat(99)}…`],
    // A longer text is cut at the last word boundary that fits, never inside a word.
    [
      'The number of Global SMS messages sent to the specified country/region per day has exceeded the preset limit.',
      'The number of Global SMS messages sent to the specified country/region per day has exceeded the…',
    ],
    [`${'word '.repeat(19)}wordiest`, `${'word '.repeat(19).trimEnd()}…`],
    // One word longer than the limit is cut where it must be.
    ['a'.repeat(120), `${'a'.repeat(99)}…`],
    // Chinese is cut between any two characters, but not inside a Latin word or a number among them.
    ['资'.repeat(120), `${'资'.repeat(99)}…`],
    [`${'资'.repeat(95)}ClientToken的值`, `${'资'.repeat(95)}…`],
    [`${'资'.repeat(96)}2024年`, `${'资'.repeat(96)}…`],
    // Markdown and HTML as their text.
    [
      'The `APPID` is not registered. Activate the service in the [TTS console ](https://console.cloud.tencent.com/tts) first.',
      'The APPID is not registered. Activate the service in the TTS console first.',
    ],
    ['请参见[1004错误详解](https://cloud.tencent.com/document/product/1128/38004#Q5)。', '请参见1004错误详解。'],
  ])('%j → %j', (given, want) => {
    expect(messageText(given)).toBe(want);
  });
});

describe('plainText: the Markdown and HTML of a description as its text', () => {
  it.each([
    [
      'plain, with a bare address https://tencentcs.com/5jXKFnBW.',
      'plain, with a bare address https://tencentcs.com/5jXKFnBW.',
    ],
    ['[submitting a ticket]( https://console.intl.cloud.tencent.com/workorder/category).', 'submitting a ticket.'],
    ['`SdkAppId` is incorrect.', 'SdkAppId is incorrect.'],
    ['`` a `tick` ``', 'a `tick`'],
    ['in **Application Management** > **Basic Configuration**', 'in Application Management > Basic Configuration'],
    [
      '参考 <a href="https://cloud.tencent.com/document/product/382/39023#variable">正文模板审核标准</a>下',
      '参考 正文模板审核标准下',
    ],
    ['![alt text](https://example.com/a.png) image', 'alt text image'],
    ['a < b and c > d', 'a < b and c > d'],
  ])('%j → %j', (given, want) => {
    expect(plainText(given)).toBe(want);
  });
});

describe('messageValue: a value from settings or source, as a message names it', () => {
  it.each([
    { given: ' InternalError ', want: ' InternalError ' },
    { given: '\tInternalError\n', want: '\\u{0009}InternalError\\u{000A}' },
    { given: 'Internal\u200BError\uFEFF', want: 'Internal\\u{200B}Error\\u{FEFF}' },
    { given: '\u3000Intern\u0430l\u00a0', want: '\\u{3000}Intern\u0430l\\u{00A0}' },
    { given: '\u202EInternalError', want: '\\u{202E}InternalError' },
    { given: 'tables/\u001B[2J\u202Eevil.json', want: 'tables/\\u{001B}[2J\\u{202E}evil.json' },
    { given: 'a'.repeat(200), want: 'a'.repeat(200) },
    { given: 'a'.repeat(201), want: `${'a'.repeat(199)}…` },
    { given: `"${' '.repeat(1 << 20)}InternalError"`, want: '"…' },
    { given: `${'\u001B'.repeat(1000)}`, want: `${'\\u{001B}'.repeat(24)}…` },
    // Twice as many UTF-16 units as the limit, but no more characters: not cut.
    { given: '😀'.repeat(200), want: '😀'.repeat(200) },
    { given: '😀'.repeat(300), want: `${'😀'.repeat(199)}…` },
  ])('$given.length characters → $want', ({ given, want }) => {
    expect(messageValue(given)).toBe(want);
  });
});
