import type { Bilingual } from '../../shared/i18n.js';

/**
 * Every text gen-handlers' commands print, in English and Chinese side by side (`--lang` picks; English by default).
 * A text added in English only is shown in English under `--lang zh` too, and fails tests/codegen/cli/lang.test.ts
 * until its Chinese is written here. Placeholders are `{{name}}`, the same in both languages. What other rooms say
 * (a table that does not load, generate()'s refusals, a file-system reason) is passed on as it comes.
 */
export const CLI_MESSAGES = {
  // The help.
  generateHelp: {
    en: `Usage: gen-handlers [options] [<file>]

Writes a TypeScript module of error-code types, guards and exhaustive handler skeletons for the
families of a Tencent Cloud code table. Re-running it keeps every line you wrote, or refuses and
names the lines it cannot keep (--prune drops them and lists them). Options you leave out are read
from the header of an existing <file>, so "gen-handlers <file>" regenerates it and
"gen-handlers --check <file>" checks it, from any folder (the header names table files relative to
the generated file).

Options:
{{options}}

Exit codes: 0 done or current, 1 --check found the file stale or the run refused, 2 bad usage or input.
`,
    zh: `用法：gen-handlers [选项] [<file>]

根据腾讯云错误码表的错误码族，生成一个 TypeScript 模块：错误码类型、类型守卫和穷尽的处理函数骨架。
重新运行时保留你写的每一行代码；无法保留时拒绝写入，并列出这些行（--prune 会删除并列出它们）。
未给出的选项从已有 <file> 的文件头读取，因此 "gen-handlers <file>" 会重新生成它，
"gen-handlers --check <file>" 会检查它，在任何目录下都可以运行（文件头中的码表路径相对于生成的文件）。

选项：
{{options}}

退出码：0 完成或已是最新；1 --check 发现文件过期，或拒绝写入；2 用法或输入错误。
`,
  },
  commandsHelp: {
    en: `Commands:
  import <source>        import a Tencent Cloud error-code page or SDK file into a table JSON file (see below)
  help [import]          show this help (or the import command's)
  version                show the version
`,
    zh: `命令：
  import <source>        将腾讯云错误码页面或 SDK 文件导入为码表 JSON 文件（见下文）
  help [import]          显示本帮助（或 import 命令的帮助）
  version                显示版本
`,
  },
  importHelp: {
    en: `Usage: gen-handlers import <source> [options]
       gen-handlers import <source>... --out-dir <dir> [--check]

Imports Tencent Cloud error codes into table JSON files. A source is an error-code page (Markdown with
"错误码 | 说明" tables, .md), a tencentcloud-sdk-go errors.go or a tencentcloud-sdk-python errorcodes.py
(…/tencentcloud/<product>/<version>/…, which also gives the service name and API version).

Options:
  --service <name>       service name written into the table (lower-case letters and digits), e.g. gaap;
                         default: from the SDK path, or the page's file name
  --api-version <v>      API version written into the table, e.g. 2018-05-29; default: from the SDK path
  --en <file>            JSON object of English descriptions by code; every code must have one (one source only)
  --out <file>           where to write the table (one source; default: standard output)
  --out-dir <dir>        write each source's table to <dir>/<service>.json (one or more sources)
  --check                write nothing; exit 1 when an output file differs from a fresh import
  --lang <lang>          language of the messages: en or zh (default: en)
  -h, --help             show this help
`,
    zh: `用法：gen-handlers import <source> [选项]
      gen-handlers import <source>... --out-dir <dir> [--check]

将腾讯云错误码导入为码表 JSON 文件。来源可以是错误码页面（含 "错误码 | 说明" 表格的 Markdown，.md）、
tencentcloud-sdk-go 的 errors.go 或 tencentcloud-sdk-python 的 errorcodes.py
（…/tencentcloud/<product>/<version>/…，由路径可得服务名和 API 版本）。

选项：
  --service <name>       写入码表的服务名（小写字母和数字），如 gaap；
                         默认：取自 SDK 路径或页面的文件名
  --api-version <v>      写入码表的 API 版本，如 2018-05-29；默认：取自 SDK 路径
  --en <file>            按错误码给出英文描述的 JSON 对象；每个错误码都必须有（仅限单个来源）
  --out <file>           码表写到哪里（单个来源；默认：标准输出）
  --out-dir <dir>        将每个来源的码表写到 <dir>/<service>.json（一个或多个来源）
  --check                不写入；输出文件与重新导入的结果不同时以 1 退出
  --lang <lang>          消息的语言："en" 或 "zh"（默认："en"）
  -h, --help             显示本帮助
`,
  },
  catalogueHelp: {
    en: `Usage: gen-handlers import --sdk-go <dir> [--sdk-go-en <dir>] --out-dir <dir> [options]
       gen-handlers import --drift [--top <n>] | --drift --changes <product>
       gen-handlers import --drift <product> | --drift <table> <table>

With --sdk-go, imports the whole API from tencentcloud-sdk-go (every product's errors.go and client.go)
into a catalogue: <out-dir>/catalogue/<product>.json, <out-dir>/catalogue/index.json and
<out-dir>/common.json. Given the SDK's git repository rather than a checkout, it reads the tree of its HEAD
(or of --sdk-go-commit) and the history up to it: when each code and action came and went, in
<out-dir>/catalogue/history/. Problems in single SDK files are warnings on stderr (file:line: reason);
the rest is imported. The same inputs give byte-identical files.

Options:
  --sdk-go <dir>              tencentcloud-sdk-go: its git repository (bare or not), or a checkout
                              (or its tencentcloud/ folder; then without history)
  --sdk-go-en <dir>           tencentcloud-sdk-go-intl-en, likewise, for English descriptions
  --sdk-go-commit <sha>       the commit to read from the repository (default HEAD), or the commit of a
                              checkout, recorded in index.json
  --sdk-go-en-commit <sha>    the same for --sdk-go-en
  --page <table.json>         an error-code page imported into a table (gen-handlers import <page.md>);
                              repeatable (default: this package's data/gaap.json)
  --common <codes.txt>        the current common codes, one a line (default: data/sources/common-codes.txt)
  --common-descriptions <f>   our English (and missing Chinese) for the common codes
                              (default: data/sources/common-descriptions.json)
  --out-dir <dir>             the data folder to write into
  --check                     write nothing; exit 1 when a file differs from a fresh import
  --lang <lang>               language of the messages: en or zh (default: en)

--drift alone prints, per product, the codes and actions gained and lost in the 6 and 12 months up to the
newest release in the catalogue's history (--top <n>: the n products that changed most); --drift --changes
<product> lists that product's changes in the 12 months. --drift <product> prints what the product's
error-code page has that the SDK lacks and the reverse; --drift <a> <b> does the same for any two tables
(embedded names or files).
`,
    zh: `用法：gen-handlers import --sdk-go <dir> [--sdk-go-en <dir>] --out-dir <dir> [选项]
      gen-handlers import --drift [--top <n>] | --drift --changes <product>
      gen-handlers import --drift <product> | --drift <table> <table>

带 --sdk-go 时，从 tencentcloud-sdk-go（每个产品的 errors.go 和 client.go）导入整个 API，
生成目录：<out-dir>/catalogue/<product>.json、<out-dir>/catalogue/index.json 和
<out-dir>/common.json。给出的是 SDK 的 git 仓库而不是检出时，读取其 HEAD（或 --sdk-go-commit）的文件树
及此前的历史：每个错误码和接口何时出现、何时消失，写到 <out-dir>/catalogue/history/。
单个 SDK 文件中的问题作为警告写到标准错误输出（file:line: 原因），其余照常导入。
相同的输入生成逐字节相同的文件。

选项：
  --sdk-go <dir>              tencentcloud-sdk-go：其 git 仓库（裸仓库或普通仓库），或检出
                              （或其中的 tencentcloud/ 文件夹；此时没有历史）
  --sdk-go-en <dir>           tencentcloud-sdk-go-intl-en，同上，提供英文描述
  --sdk-go-commit <sha>       从仓库读取的提交（默认 HEAD），或检出的提交，记录在 index.json 中
  --sdk-go-en-commit <sha>    --sdk-go-en 的同一设置
  --page <table.json>         由错误码页面导入的码表（gen-handlers import <page.md>）；
                              可重复（默认：本包的 data/gaap.json）
  --common <codes.txt>        当前的公共错误码，每行一个（默认：data/sources/common-codes.txt）
  --common-descriptions <f>   我们为公共错误码写的英文（及缺少的中文）描述
                              （默认：data/sources/common-descriptions.json）
  --out-dir <dir>             写入的数据文件夹
  --check                     不写入；有文件与重新导入的结果不同时以 1 退出
  --lang <lang>               消息的语言："en" 或 "zh"（默认："en"）

只给 --drift 时，按产品列出目录历史中最新发布之前 6 个月和 12 个月内增减的错误码和接口
（--top <n>：只列出变化最多的前 <n> 个产品）；--drift --changes <product> 列出该产品 12 个月内的变化。
--drift <product> 列出该产品错误码页面有而 SDK 没有的错误码，以及反过来的；
--drift <a> <b> 对任意两个码表（内置名称或文件）做同样的比较。
`,
  },
  // The flags of the generate command, as its help lists them.
  flagTable: {
    en: 'a code table: an embedded name, a table .json file, an error-code .md page or an SDK errors.go / errorcodes.py; repeatable',
    zh: '码表：内置名称、码表 .json 文件、错误码 .md 页面或 SDK 的 errors.go / errorcodes.py；可重复',
  },
  flagFamily: {
    en: 'a code family to generate a guard and a handler for; repeatable; "*" for all',
    zh: '要生成类型守卫和处理函数的错误码族；可重复；"*" 表示全部',
  },
  flagFamilyDefault: { en: 'every family of the tables', zh: '码表中的所有错误码族' },
  flagAction: {
    en: 'an action (catalogue tables) to generate a code type, a guard and a handler for, instead of families, plus one shared handler of the common codes; repeatable; "*" for all',
    zh: '要生成错误码类型、类型守卫和处理函数的接口（目录中的码表），代替错误码族，另加一个公共错误码的共用处理函数；可重复；"*" 表示全部',
  },
  flagOut: {
    en: 'the module to write (or give the file as the only argument)',
    zh: '要写入的模块（也可以把文件作为唯一的参数给出）',
  },
  flagLang: {
    en: 'language of the messages and the description comments (zh where a code has no English)',
    zh: '消息和描述注释的语言（错误码没有英文描述时用 "zh"）',
  },
  flagCheck: {
    en: 'write nothing; exit 1 with a unified diff when the file is not current',
    zh: '不写入；文件不是最新时输出统一格式的差异并以 1 退出',
  },
  flagPrune: {
    en: 'drop the hand-written code that cannot be kept (bodies of codes no longer generated, edits to generated code, …) instead of refusing, and list it',
    zh: '删除无法保留的手写代码（不再生成的错误码的分支体、对生成代码的修改等）并列出，而不是拒绝写入',
  },
  flagForce: {
    en: 'replace an existing --out file that gen-handlers did not generate',
    zh: '替换一个并非由 gen-handlers 生成的已有 --out 文件',
  },
  flagHelp: { en: 'show this help', zh: '显示本帮助' },
  flagVersion: { en: 'show the version', zh: '显示版本' },
  flagValues: { en: 'one of {{values}}', zh: '可选值：{{values}}' },
  flagDefault: { en: 'default: {{value}}', zh: '默认：{{value}}' },
  // The argument check of every command.
  unknownOption: {
    en: 'unknown option \'{{option}}\'.{{hint}} Run "{{command}} --help" for the options.',
    zh: '未知选项 \'{{option}}\'。{{hint}}运行 "{{command}} --help" 查看选项。',
  },
  didYouMeanOption: { en: " Did you mean '--{{near}}'?", zh: "是否应为 '--{{near}}'？" },
  unknownCommand: {
    en: 'unknown command \'{{word}}\'.{{hint}} Run "gen-handlers --help" for the commands.',
    zh: '未知命令 \'{{word}}\'。{{hint}}运行 "gen-handlers --help" 查看命令。',
  },
  didYouMeanCommand: { en: " Did you mean '{{near}}'?", zh: "是否应为 '{{near}}'？" },
  noSuchCommand: {
    en: ' The commands are {{commands}}; a module to write needs a file name with an extension, e.g. {{word}}.ts.',
    zh: '命令有 {{commands}}；要写入的模块需要带扩展名的文件名，如 {{word}}.ts。',
  },
  takesNoValue: { en: "{{option}} takes no value, got '{{raw}}'", zh: "{{option}} 不接受值，却给了 '{{raw}}'" },
  needsValue: { en: '{{option}} needs a value: {{usage}}', zh: '{{option}} 需要一个值：{{usage}}' },
  needsValueGotEmpty: {
    en: '{{option}} needs a value, got an empty one: {{usage}}',
    zh: '{{option}} 需要一个值，却给了空值：{{usage}}',
  },
  needsValueGotOption: {
    en: "{{option}} needs a value, got the option '{{value}}': {{usage}}",
    zh: "{{option}} 需要一个值，却给了选项 '{{value}}'：{{usage}}",
  },
  badLang: {
    en: '--lang must be one of {{langs}}, got "{{lang}}"',
    zh: '--lang 必须是 {{langs}} 之一，却给了 "{{lang}}"',
  },
  unexpectedError: {
    en: 'unexpected error: {{message}} (a bug in gen-handlers; set GEN_HANDLERS_DEBUG=1 for details){{stack}}',
    zh: '意外错误：{{message}}（这是 gen-handlers 的缺陷；设置 GEN_HANDLERS_DEBUG=1 查看详情）{{stack}}',
  },
  // A file-system error no command wrapped.
  cannotDo: { en: 'cannot {{what}} {{file}}: {{reason}}', zh: '无法{{what}} {{file}}：{{reason}}' },
  cannotDoNoFile: { en: 'cannot {{what}}: {{reason}}', zh: '无法{{what}}：{{reason}}' },
  fileProblem: { en: '{{file}}: {{reason}}', zh: '{{file}}：{{reason}}' },
  fsRead: { en: 'read', zh: '读取' },
  fsWrite: { en: 'write', zh: '写入' },
  fsCopy: { en: 'copy', zh: '复制' },
  fsCreateFolder: { en: 'create the folder', zh: '创建文件夹' },
  fsOpen: { en: 'open', zh: '打开' },
  fsReplace: { en: 'replace', zh: '替换' },
  fsRemove: { en: 'remove', zh: '删除' },
  fsListFolder: { en: 'list the folder', zh: '列出文件夹' },
  // The generate command.
  importComesFirst: {
    en: 'import is a command and comes first: gen-handlers import <source> [options]',
    zh: 'import 是命令，必须放在最前面：gen-handlers import <source> [选项]',
  },
  atMostOneFile: {
    en: 'expected at most one file, got {{count}}: {{files}}',
    zh: '最多只能给出一个文件，却给了 {{count}} 个：{{files}}',
  },
  outAndFileDiffer: {
    en: '--out {{out}} and the file argument {{file}} name different files; give one of them',
    zh: '--out {{out}} 和文件参数 {{file}} 指向不同的文件；请只给出其中一个',
  },
  familyAndAction: {
    en: 'give --family or --action, not both (an action handler already covers the codes it documents)',
    zh: '请给出 --family 或 --action，不要同时给出（接口的处理函数已涵盖它记载的错误码）',
  },
  upToDate: { en: '{{file}} is up to date{{kept}}', zh: '{{file}} 已是最新{{kept}}' },
  wrote: {
    en: 'wrote {{file}}{{kept}}{{pruned}}{{dropped}}{{by}}',
    zh: '已写入 {{file}}{{kept}}{{pruned}}{{dropped}}{{by}}',
  },
  formattedWith: { en: ', formatted with {{formatter}}', zh: '，已用 {{formatter}} 格式化' },
  formatProblem: { en: '{{file}}: {{problem}}; {{layout}}', zh: '{{file}}：{{problem}}；{{layout}}' },
  keptTsMorphLayout: { en: "it keeps ts-morph's layout", zh: '保留 ts-morph 的排版' },
  diffInTsMorphLayout: {
    en: "the diff shows the new text in ts-morph's layout",
    zh: '差异按 ts-morph 的排版显示新文本',
  },
  keptOneBody: { en: ', kept 1 hand-written case body', zh: '，保留了 1 个手写的 `case` 分支体' },
  keptBodies: { en: ', kept {{count}} hand-written case bodies', zh: '，保留了 {{count}} 个手写的 `case` 分支体' },
  prunedList: { en: ', pruned {{list}}', zh: '，删除了 {{list}}' },
  droppedList: { en: ', dropped {{list}}', zh: '，丢弃了 {{list}}' },
  doesNotExist: {
    en: '{{file}} does not exist; run "{{command}}" to create it',
    zh: '{{file}} 不存在；运行 "{{command}}" 创建它',
  },
  isStale: {
    en: '{{file}} is stale; run "{{command}}" to update it',
    zh: '{{file}} 已过期；运行 "{{command}}" 更新它',
  },
  changedWhileRunning: {
    en: '{{file}} changed while gen-handlers ran (was it saved in an editor?); nothing written, run it again',
    zh: '{{file}} 在 gen-handlers 运行期间被修改（是否在编辑器中保存了它？）；未写入任何内容，请重新运行',
  },
  cannotWrite: { en: 'cannot write {{file}}: {{reason}}', zh: '无法写入 {{file}}：{{reason}}' },
  cannotRead: { en: 'cannot read {{file}}: {{reason}}', zh: '无法读取 {{file}}：{{reason}}' },
  notAFile: { en: '{{file}} is not a file', zh: '{{file}} 不是文件' },
  recordedTable: {
    en: '{{problem}} (a table the header of {{file}} names{{where}})',
    zh: '{{problem}}（{{file}} 的文件头中记录的码表{{where}}）',
  },
  formatOneTables: {
    en: '; its header, from a gen-handlers before format 2, names table files relative to the folder it ran in: run it from there, or pass --table',
    zh: '；该文件头来自格式 2 之前的 gen-handlers，其中的码表路径相对于当时运行的文件夹：请在那里运行，或给出 --table',
  },
  notTypeScript: {
    en: '{{named}} is not a TypeScript module: gen-handlers writes TypeScript (types, guards and handlers), so name it {{suggestion}} (or .mts, .cts, .tsx)',
    zh: '{{named}} 不是 TypeScript 模块：gen-handlers 生成的是 TypeScript（类型、类型守卫和处理函数），请将其命名为 {{suggestion}}（或 .mts、.cts、.tsx）',
  },
  emptyFileArgument: {
    en: 'the file argument is empty: gen-handlers [options] <file>',
    zh: '文件参数为空：gen-handlers [选项] <file>',
  },
  severalInOne: {
    en: '--{{flag}} {{joined}} is not one {{flag}}; to give several, repeat the flag: {{repeated}}',
    zh: '--{{flag}} {{joined}} 不是单个值；要给出多个，请重复该选项：{{repeated}}',
  },
  // The import command.
  importNeedsSource: {
    en: 'import needs a source: gen-handlers import <page.md | errors.go | errorcodes.py>',
    zh: 'import 需要一个来源：gen-handlers import <page.md | errors.go | errorcodes.py>',
  },
  severalNeedOutDir: {
    en: 'several sources need --out-dir <dir> (one <service>.json each)',
    zh: '多个来源需要 --out-dir <dir>（每个来源一个 <service>.json）',
  },
  outOrOutDir: { en: 'use either --out or --out-dir, not both', zh: '请使用 --out 或 --out-dir，不要同时使用' },
  oneSourceOnly: {
    en: "--{{flag}} applies to one source only; with several, each source's path must tell it",
    zh: '--{{flag}} 只适用于单个来源；有多个来源时，须由每个来源的路径给出',
  },
  badService: {
    en: '--service must be lower-case letters and digits starting with a letter, got "{{service}}"',
    zh: '--service 必须由小写字母和数字组成并以字母开头，却给了 "{{service}}"',
  },
  checkNeedsOut: {
    en: '--check needs --out <file> or --out-dir <dir> to compare with',
    zh: '--check 需要 --out <file> 或 --out-dir <dir> 作为比较对象',
  },
  sameOut: {
    en: '{{other}} and {{source}} would both be written to {{out}} (the same service)',
    zh: '{{other}} 和 {{source}} 都会写到 {{out}}（同一个服务）',
  },
  importStale: {
    en: '{{out}} is stale: re-run gen-handlers import to refresh it from {{source}}',
    zh: '{{out}} 已过期：请重新运行 gen-handlers import，从 {{source}} 刷新它',
  },
  importUpToDate: { en: '{{out}} is up to date with {{source}}', zh: '{{out}} 与 {{source}} 一致，已是最新' },
  wroteFile: { en: 'wrote {{file}}', zh: '已写入 {{file}}' },
  unknownService: {
    en: 'cannot tell the service of {{source}}; pass --service <name>',
    zh: '无法确定 {{source}} 的服务名；请给出 --service <name>',
  },
  // The catalogue import and the drift report.
  catalogueNeedsSdk: { en: 'the catalogue import needs --sdk-go <dir>', zh: '目录导入需要 --sdk-go <dir>' },
  sdkTakesNoSources: {
    en: '--sdk-go takes no other sources, got {{sources}}',
    zh: '--sdk-go 不接受其他来源，却给了 {{sources}}',
  },
  catalogueNeedsOutDir: {
    en: 'the catalogue import needs --out-dir <dir> (the data folder)',
    zh: '目录导入需要 --out-dir <dir>（数据文件夹）',
  },
  badCommit: {
    en: '--{{flag}} must be a hexadecimal commit id, got "{{commit}}"',
    zh: '--{{flag}} 必须是十六进制的提交 ID，却给了 "{{commit}}"',
  },
  enCommitNeedsEn: {
    en: '--sdk-go-en-commit needs --sdk-go-en <dir>',
    zh: '--sdk-go-en-commit 需要 --sdk-go-en <dir>',
  },
  catalogueStale: {
    en: '{{file}} is stale: re-run the catalogue import',
    zh: '{{file}} 已过期：请重新运行目录导入',
  },
  catalogueExtra: {
    en: '{{file}} is not part of the catalogue any more',
    zh: '{{file}} 已不再属于目录',
  },
  catalogueUpToDate: { en: '{{dir}}: the catalogue is up to date', zh: '{{dir}}：目录已是最新' },
  catalogueWritten: {
    en: '{{dir}}: {{files}} files, {{written}} written, {{unchanged}} unchanged, {{removed}} removed',
    zh: '{{dir}}：共 {{files}} 个文件，写入 {{written}} 个，未变 {{unchanged}} 个，删除 {{removed}} 个',
  },
  sdkSummary: {
    en: '{{sdk}} {{version}}: {{products}} products, {{versions}} API versions, {{codes}} codes ({{distinct}} distinct), {{actions}} actions ({{listed}} with a code list), {{pairs}} action-code pairs',
    zh: '{{sdk}} {{version}}：{{products}} 个产品，{{versions}} 个 API 版本，{{codes}} 个错误码（{{distinct}} 个不同），{{actions}} 个接口（{{listed}} 个有错误码列表），{{pairs}} 个接口-错误码对',
  },
  englishSdkSummary: {
    en: '{{sdk}} {{version}}: {{versions}} API versions',
    zh: '{{sdk}} {{version}}：{{versions}} 个 API 版本',
  },
  versionUnknown: { en: '(version unknown)', zh: '（版本未知）' },
  catalogueSummary: {
    en: 'catalogue: {{products}} products, {{versions}} API versions, {{codes}} codes ({{distinct}} distinct, {{english}} with English), {{actions}} actions ({{listed}} with a code list), {{pairs}} action-code pairs, {{common}} common codes; {{warnings}}',
    zh: '目录：{{products}} 个产品，{{versions}} 个 API 版本，{{codes}} 个错误码（{{distinct}} 个不同，{{english}} 个有英文），{{actions}} 个接口（{{listed}} 个有错误码列表），{{pairs}} 个接口-错误码对，{{common}} 个公共错误码；{{warnings}}',
  },
  catalogueHistory: {
    en: 'history: {{releases}} releases; {{codes}} codes and {{actions}} actions removed from the API versions, {{renames}} renames',
    zh: '历史：{{releases}} 次发布；从各 API 版本中删除了 {{codes}} 个错误码和 {{actions}} 个接口，{{renames}} 次改名',
  },
  oneWarning: { en: '1 warning', zh: '1 个警告' },
  warnings: { en: '{{count}} warnings', zh: '{{count}} 个警告' },
  driftNeedsProduct: {
    en: '--drift with one table needs a product name, e.g. --drift gaap',
    zh: '只给一个码表时，--drift 需要产品名，如 --drift gaap',
  },
  driftNoPage: {
    en: 'the catalogue has no error-code page for this product; compare two tables',
    zh: '目录中没有该产品的错误码页面；请比较两个码表',
  },
  driftArguments: {
    en: '--drift takes a product name, or two tables to compare',
    zh: '--drift 需要一个产品名，或两个要比较的码表',
  },
  headerTableRefused: {
    en: '{{out}}:{{line}}: the header names the table "{{spec}}", which is {{problem}}; gen-handlers reads a header\'s tables only from inside the project (the folder of its package.json or git root): pass the table on the command line instead (--table <path>)',
    zh: '{{out}}:{{line}}：文件头指定的码表 "{{spec}}" 是{{problem}}；gen-handlers 只从项目内部（其 package.json 或 git 根目录所在的文件夹）读取文件头指定的码表：请改在命令行上给出该码表（--table <path>）',
  },
  tableAbsolutePath: { en: 'an absolute path', zh: '绝对路径' },
  tableNotTableFile: {
    en: 'not a table file (.json, .md, .markdown, .txt, .go or .py)',
    zh: '不是码表文件（.json、.md、.markdown、.txt、.go 或 .py）',
  },
  tableOutsideProject: { en: 'outside the project', zh: '项目外部的路径' },
  tableLinkOutside: { en: 'a link to a file outside the project', zh: '指向项目外部文件的链接' },
  changesNeedsDrift: { en: '--changes goes with --drift', zh: '--changes 须与 --drift 一起使用' },
  topNeedsDrift: { en: '--top goes with --drift', zh: '--top 须与 --drift 一起使用' },
  changesTakesNoTables: {
    en: '--drift --changes <product> takes no tables',
    zh: '--drift --changes <product> 不接受码表',
  },
  topWithDriftAlone: {
    en: '--top goes with --drift alone (the history report)',
    zh: '--top 只能与单独的 --drift（历史报告）一起使用',
  },
  noHistory: {
    en: 'the catalogue has no history (it was imported from a checkout, not the SDK repository)',
    zh: '目录中没有历史（它是从检出而不是从 SDK 仓库导入的）',
  },
  changesTakesProduct: {
    en: '--changes takes a product name, e.g. --changes tmt',
    zh: '--changes 需要产品名，如 "--changes tmt"',
  },
  topNotCount: {
    en: '--top must be a whole number above 0, got "{{top}}"',
    zh: '--top 必须是大于 0 的整数，实际为 "{{top}}"',
  },
  warning: { en: 'gen-handlers: warning:', zh: 'gen-handlers：警告：' },
  removedActionCodes: {
    en: '{{action}} was removed from {{api}} in tencentcloud-sdk-go {{release}} ({{date}}); generating the {{count}} codes its last release ({{last}}) listed',
    zh: '{{action}} 已于 tencentcloud-sdk-go {{release}}（{{date}}）从 {{api}} 中删除；按其最后一次发布（{{last}}）列出的 {{count}} 个错误码生成',
  },
  removedActionOneCode: {
    en: '{{action}} was removed from {{api}} in tencentcloud-sdk-go {{release}} ({{date}}); generating the {{count}} code its last release ({{last}}) listed',
    zh: '{{action}} 已于 tencentcloud-sdk-go {{release}}（{{date}}）从 {{api}} 中删除；按其最后一次发布（{{last}}）列出的 {{count}} 个错误码生成',
  },
  fileNotFound: { en: 'file not found', zh: '找不到文件' },
} as const satisfies Readonly<Record<string, Bilingual>>;
