// Command specs -> the text of `chorus --help` and `chorus <cmd> --help` (pure).
import type { CommandSpec, OptionSpec } from './parse-args.js';

export const EXIT_CODES = [
  '0  every input was analysed',
  '1  some inputs were reported and skipped (see stderr), or an eval gate failed',
  '2  usage error or the run failed (the message says what to do)',
  '130  interrupted by Ctrl-C (ingest: what was stored stays; run it again to continue)',
] as const;

export function formatMainHelp(commands: readonly CommandSpec[], version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `chorus ${version}: who did what, who said what and who reacted how in news, with every claim traced to its words.`,
    '',
    'Usage: chorus <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: chorus <command> --help)',
    '  -V, --version  print the version',
    '',
    'Exit codes:',
    ...EXIT_CODES.map((line) => `  ${line}`),
    '',
  ].join('\n');
}

export function formatCommandHelp(spec: CommandSpec): string {
  const positionals = spec.positionals.map((p) => (p.variadic ? `<${p.name}…>` : `<${p.name}>`)).join(' ');
  const options = [
    ...spec.options,
    { name: 'help', short: 'h', type: 'boolean', description: 'show this help' },
  ];
  const labels = options.map((option) => optionLabel(option as OptionSpec));
  const width = Math.max(
    ...labels.map((label) => label.length),
    ...spec.positionals.map((p) => p.name.length + 2),
  );
  const lines = [`Usage: chorus ${spec.name} ${positionals} [options]`, '', spec.summary, ''];
  if (spec.positionals.length > 0) {
    lines.push('Arguments:');
    for (const p of spec.positionals) {
      const choices = p.choices ? ` (${p.choices.join(', ')})` : '';
      lines.push(`  ${p.name.padEnd(width)}  ${p.description}${choices}`);
    }
    lines.push('');
  }
  lines.push('Options:');
  options.forEach((option, index) => {
    const spec = option as OptionSpec;
    const choices = spec.choices ? ` (${spec.choices.join(', ')})` : '';
    const fallback =
      spec.default !== undefined && spec.type !== 'boolean' ? ` [default: ${spec.default}]` : '';
    lines.push(`  ${(labels[index] ?? '').padEnd(width)}  ${spec.description}${choices}${fallback}`);
  });
  if (spec.examples && spec.examples.length > 0) {
    lines.push('', 'Examples:', ...spec.examples.map((example) => `  ${example}`));
  }
  lines.push('', 'Exit codes:', ...EXIT_CODES.map((line) => `  ${line}`), '');
  return lines.join('\n');
}

function optionLabel(option: OptionSpec): string {
  const short = option.short ? `-${option.short}, ` : '    ';
  const value = option.type === 'boolean' ? '' : ` ${option.value ?? 'VALUE'}`;
  return `${short}--${option.name}${value}`;
}
