import { EMBED_HELP } from '../../../../shared/report/embeds';

const MARKDOWN: [string, string][] = [
  ['# Heading', 'A heading inside the chapter (## and ### for smaller ones); the section title is the chapter’s own heading.'],
  ['**bold** and *italic*', 'Emphasis.'],
  ['- item  or  1. item', 'A list; indent by two spaces to nest one list in another.'],
  ['> quoted text', 'A block quotation.'],
  ['[words](https://example.org)', 'A link: the PDF prints the address after the words.'],
  ['Text.[^1]  …  [^1]: The note.', 'A note, numbered in order and printed at the end of the section.'],
  ['| A | B |  then  |---|---|', 'A table (one row per line).'],
  ['---', 'A rule between parts.'],
];

/** What can be written in a section: the Markdown a report uses, and every embed line. Collapsed until asked for. */
export function EmbedHelp() {
  return (
    <details className="embed-help">
      <summary>Markdown and embeds help</summary>
      <div className="embed-help-body">
        <table className="help-table">
          <caption>Markdown</caption>
          <thead>
            <tr>
              <th scope="col">Write</th>
              <th scope="col">To get</th>
            </tr>
          </thead>
          <tbody>
            {MARKDOWN.map(([write, get]) => (
              <tr key={write}>
                <td>
                  <code>{write}</code>
                </td>
                <td>{get}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="help-table">
          <caption>Embeds — each on a line of its own, with a blank line before and after (the Insert menu writes them)</caption>
          <thead>
            <tr>
              <th scope="col">Write</th>
              <th scope="col">To print</th>
            </tr>
          </thead>
          <tbody>
            {EMBED_HELP.map((h) => (
              <tr key={h.line}>
                <td>
                  <code>{h.line}</code>
                </td>
                <td>{h.help}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted small">HTML is not read: tags such as &lt;b&gt; print as written.</p>
      </div>
    </details>
  );
}
