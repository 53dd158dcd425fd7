import type { ChildProcess } from 'node:child_process';

/** Collects a child process's output and waits for a line matching a pattern (or fails after `timeout` ms). */
export function outputOf(child: ChildProcess) {
  let text = '';
  const onData = (chunk: Buffer) => (text += chunk.toString());
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return {
    get text() {
      return text;
    },
    async waitFor(pattern: RegExp, timeout = 30_000, from = 0): Promise<number> {
      const started = Date.now();
      for (;;) {
        const match = pattern.exec(text.slice(from));
        if (match) return from + match.index + match[0].length;
        if (Date.now() - started > timeout) throw new Error(`waited ${timeout} ms for ${pattern}; output:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
