/**
 * A tagged template that keeps values out of SQL text: sql`... WHERE id = ${id}` becomes
 * { text: '... WHERE id = ?', params: [id] }. Fragments compose; identifiers come only from
 * `ident()`, which takes a whitelisted name.
 */
export interface Sql {
  readonly text: string;
  readonly params: readonly unknown[];
}

const SQL = Symbol('sql');
type Fragment = Sql & { [SQL]: true };

function fragment(text: string, params: readonly unknown[]): Fragment {
  return { text, params, [SQL]: true };
}

function isFragment(v: unknown): v is Fragment {
  return typeof v === 'object' && v !== null && (v as Fragment)[SQL] === true;
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Fragment {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((v, i) => {
    if (isFragment(v)) {
      text += v.text;
      params.push(...v.params);
    } else {
      text += '?';
      params.push(v);
    }
    text += strings[i + 1] ?? '';
  });
  return fragment(text, params);
}

/** Joins fragments with a separator (e.g. ' AND '). */
export function join(parts: readonly Fragment[], separator: string): Fragment {
  return fragment(parts.map((p) => p.text).join(separator), parts.flatMap((p) => p.params));
}

/** A list of values as `(?, ?, ?)`. */
export function list(values: readonly unknown[]): Fragment {
  if (values.length === 0) throw new Error('sql list() needs at least one value');
  return fragment(`(${values.map(() => '?').join(', ')})`, values);
}

/** An identifier or keyword chosen from a fixed whitelist — never user text. */
export function ident<T extends string>(name: T, allowed: Readonly<Record<T, string>>): Fragment {
  const text = allowed[name];
  if (text === undefined) throw new Error(`Identifier not allowed: ${String(name)}`);
  return fragment(text, []);
}

