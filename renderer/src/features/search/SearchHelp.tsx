const ROWS: [string, string][] = [
  ['bridge fire', 'Testimonies with both words, anywhere in them.'],
  ['"the bridge at dusk"', 'These words together, in this order.'],
  ['bridge OR river', 'Either word (OR in capitals).'],
  ['fire -inquest', 'Leaves out testimonies that mention the word after the minus.'],
  ['bridg*', 'Words that start with these letters: bridge, bridges, bridging.'],
  ['title:bridge', 'Only in the title. Also person: (names of people), place: and theme:.'],
  ['date:1963', 'Recorded in, or speaking about, 1963. Also date:1960s and date:1960..1969.'],
];

/** The search syntax, in words, with an example for each; shown one click from the box. */
export function SearchHelp({ id }: { id: string }) {
  return (
    <section id={id} className="search-help" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>How to search</h2>
      <table className="search-help-table">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">To find</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([example, what]) => (
            <tr key={example}>
              <td>
                <code>{example}</code>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="search-help-notes">
        <li>Capitals and accents do not matter: <code>nandu</code> finds Ñandú, <code>soderstrom</code> finds Söderström.</li>
        <li>Words are matched whole: <code>bell</code> does not find Bellamy; use <code>bell*</code> for that.</li>
        <li>
          Chinese and Japanese written without spaces are found only from the start of a run of characters: <code>東京*</code> finds 東京タワー,
          but <code>タワー</code> alone does not. Add the asterisk and search from the first character.
        </li>
        <li>Withdrawn testimonies are left out unless you ask for them under the filters.</li>
      </ul>
    </section>
  );
}
