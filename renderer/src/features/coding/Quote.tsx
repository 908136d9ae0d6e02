/** A passage's words as a short block quote; long ones are cut in the middle so both ends show. */
const LIMIT = 320;

export function shorten(text: string, limit = LIMIT): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= limit) return chars.join('');
  const half = Math.floor((limit - 3) / 2);
  return `${chars.slice(0, half).join('').trimEnd()} … ${chars.slice(chars.length - half).join('').trimStart()}`;
}

export function Quote({ text, className }: { text: string; className?: string }) {
  return <blockquote className={`coding-quote${className ? ` ${className}` : ''}`}>{shorten(text)}</blockquote>;
}
