import type { Redactor } from './redact.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** Anything with console-like methods; `console` itself works. */
export interface Logger {
  debug(message: string, details?: object): void;
  info(message: string, details?: object): void;
  warn(message: string, details?: object): void;
  error(message: string, details?: object): void;
}

const rank = { debug: 10, info: 20, warn: 30, error: 40, off: 100 } as const satisfies Record<LogLevel, number>;

export type Log = (level: Exclude<LogLevel, 'off'>, message: string, details?: object) => void;

/** A log function that drops lines below `level` and redacts everything it passes on. */
export function createLog(logger: Logger | undefined, level: LogLevel, redactor: Redactor): Log {
  if (!logger || level === 'off') return () => {};
  const threshold = rank[level];
  return (lineLevel, message, details) => {
    if (rank[lineLevel] < threshold) return;
    const line = `[specsmith] ${redactor.text(message)}`;
    if (details === undefined) logger[lineLevel](line);
    else logger[lineLevel](line, redactor.value(details) as object);
  };
}
