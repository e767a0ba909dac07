/**
 * One way to write generated content: the project's Prettier style (2-space
 * JSON, trailing newline), so re-running an import gives no diff and
 * `prettier --check` accepts the files as written.
 */
import { format, resolveConfig } from 'prettier';

export async function formatGenerated(file: string, text: string): Promise<string> {
  const options = await resolveConfig(file);
  return format(text, { ...options, filepath: file });
}

export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
