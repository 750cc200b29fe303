// argv -> the command to run with its typed option values, a help or version request, or a usage error (pure).

export interface OptionSpec {
  /** long name, used as `--name` and as the key in `values` */
  name: string;
  short?: string;
  type: 'boolean' | 'string' | 'integer';
  choices?: readonly string[];
  default?: string | number | boolean;
  /** placeholder shown in help: FILE, DIR, N */
  value?: string;
  min?: number;
  description: string;
}

export interface PositionalSpec {
  name: string;
  description: string;
  /** how many values it takes: 1 exactly, or 1 or more when `variadic` */
  variadic?: boolean;
  choices?: readonly string[];
}

export interface CommandSpec {
  name: string;
  summary: string;
  positionals: readonly PositionalSpec[];
  options: readonly OptionSpec[];
  /** lines of examples for `chorus <cmd> --help` */
  examples?: readonly string[];
}

export type OptionValue = string | number | boolean;
export type OptionValues = Record<string, OptionValue | undefined>;

export type ParsedArgs =
  | { kind: 'help'; command?: string }
  | { kind: 'version' }
  | { kind: 'run'; command: string; positionals: string[]; values: OptionValues }
  | { kind: 'usage-error'; message: string; command?: string };

export function parseArgs(argv: readonly string[], commands: readonly CommandSpec[]): ParsedArgs {
  const first = argv[0];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? argv[1] : undefined;
    return topic === undefined ? { kind: 'help' } : { kind: 'help', command: topic };
  }
  if (first === '--version' || first === '-V') return { kind: 'version' };
  const spec = commands.find((command) => command.name === first);
  if (!spec) {
    const names = commands.map((command) => command.name).join(', ');
    return { kind: 'usage-error', message: `Unknown command "${first}". Commands: ${names}.` };
  }
  return parseCommand(spec, argv.slice(1));
}

function parseCommand(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const values: OptionValues = {};
  for (const option of spec.options) if (option.default !== undefined) values[option.name] = option.default;
  const positionals: string[] = [];
  const fail = (message: string): ParsedArgs => ({ kind: 'usage-error', message, command: spec.name });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help', command: spec.name };
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const key = equals >= 0 ? arg.slice(0, equals) : arg;
    const option = arg.startsWith('--')
      ? spec.options.find((o) => `--${o.name}` === key)
      : spec.options.find((o) => o.short !== undefined && `-${o.short}` === key);
    if (!option) return fail(`Unknown option ${key} for "${spec.name}". See chorus ${spec.name} --help.`);
    if (option.type === 'boolean') {
      if (equals >= 0) return fail(`--${option.name} takes no value.`);
      values[option.name] = true;
      continue;
    }
    let raw: string | undefined;
    if (equals >= 0) raw = arg.slice(equals + 1);
    else raw = argv[++i];
    if (raw === undefined) return fail(`--${option.name} needs a value (${option.value ?? 'VALUE'}).`);
    const value = readValue(option, raw);
    if (typeof value === 'object') return fail(value.error);
    values[option.name] = value;
  }
  const problem = checkPositionals(spec, positionals);
  return problem ? fail(problem) : { kind: 'run', command: spec.name, positionals, values };
}

function readValue(option: OptionSpec, raw: string): OptionValue | { error: string } {
  if (option.type === 'integer') {
    if (!/^-?\d+$/.test(raw)) return { error: `--${option.name} expects a whole number, not "${raw}".` };
    const number = Number(raw);
    if (option.min !== undefined && number < option.min) {
      return { error: `--${option.name} must be at least ${option.min}, not ${number}.` };
    }
    return number;
  }
  if (option.choices && !option.choices.includes(raw)) {
    return { error: `--${option.name} must be one of ${option.choices.join(', ')}, not "${raw}".` };
  }
  return raw;
}

function checkPositionals(spec: CommandSpec, values: readonly string[]): string | null {
  let at = 0;
  for (const positional of spec.positionals) {
    const taken = positional.variadic ? values.slice(at) : values.slice(at, at + 1);
    if (taken.length === 0) return `Missing ${positional.name.toUpperCase()}: ${positional.description}.`;
    for (const value of taken) {
      if (positional.choices && !positional.choices.includes(value)) {
        return `${positional.name.toUpperCase()} must be one of ${positional.choices.join(', ')}, not "${value}".`;
      }
    }
    at += taken.length;
  }
  if (at < values.length) return `Unexpected argument "${values[at]}". See chorus ${spec.name} --help.`;
  return null;
}
