// A CAMEO code of an act told as future or intended ("will withdraw", "is ready to send") -> the code
// CAMEO gives the announcement: cooperative acts (04–08) become 03 "express intent to …", hostile
// acts (14–20) become 13 "threaten …"; an act on a condition ("… unless X …") is a threat. An act
// someone "must" do is a demand on them (10).

/** Cooperative acts -> "express intent to …" (CAMEO 03), most specific prefix first. */
const INTENT: readonly [prefix: string, code: string][] = [
  ['061', '0311'],
  ['062', '0312'],
  ['063', '0313'],
  ['064', '0314'],
  ['06', '031'],
  ['071', '0331'],
  ['072', '0332'],
  ['073', '0333'],
  ['074', '0334'],
  ['07', '033'],
  ['081', '0351'],
  ['082', '0352'],
  ['083', '034'],
  ['084', '0353'],
  ['085', '0354'],
  ['086', '0355'],
  ['087', '0356'],
  ['08', '035'],
  ['05', '032'],
  ['04', '036'],
];

/** Hostile acts -> "threaten …" (CAMEO 13), most specific prefix first. */
const THREAT: readonly [prefix: string, code: string][] = [
  ['14', '133'],
  ['15', '138'],
  ['162', '1311'],
  ['163', '1312'],
  ['161', '1313'],
  ['164', '134'],
  ['165', '135'],
  ['166', '136'],
  ['16', '131'],
  ['1721', '1321'],
  ['1722', '1322'],
  ['1723', '1323'],
  ['1724', '1324'],
  ['172', '132'],
  ['175', '137'],
  ['17', '130'],
  ['18', '1383'],
  ['191', '1381'],
  ['192', '1382'],
  ['204', '1385'],
  ['19', '1384'],
  ['20', '1383'],
];

function lookUp(table: readonly [string, string][], code: string): string | null {
  for (const [prefix, mapped] of table) if (code.startsWith(prefix)) return mapped;
  return null;
}

/**
 * The code of an intended act: `conditional` ("will withdraw its force unless …") makes any act a
 * threat (an ultimatum); otherwise cooperation is an intent and force a threat. Statements, appeals,
 * intents, accusations, rejections and threats (01–03, 09–13) keep their code.
 */
export function codeIntent(code: string, conditional: boolean): string {
  const threat = lookUp(THREAT, code);
  if (threat) return threat;
  const intent = lookUp(INTENT, code);
  if (!intent) return code;
  return conditional ? '139' : intent;
}

/** Acts demanded of someone -> "demand …" (CAMEO 10), most specific prefix first. */
const DEMAND: readonly [prefix: string, code: string][] = [
  ['061', '1011'],
  ['062', '1012'],
  ['063', '1013'],
  ['064', '1014'],
  ['06', '101'],
  ['07', '103'],
  ['05', '102'],
  ['04', '106'],
  ['081', '1051'],
  ['082', '1052'],
  ['083', '104'],
  ['084', '1053'],
  ['085', '1054'],
  ['086', '1055'],
  ['087', '1056'],
  ['08', '105'],
];

/** "Sudan must return the helicopter", "Iraq should cooperate with inspectors": a demand. */
export function codeObligation(code: string): string {
  return lookUp(DEMAND, code) ?? '100';
}
