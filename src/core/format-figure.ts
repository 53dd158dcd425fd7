import { formatMessage } from './messages.ts';
import type { Figure } from './schema/event.ts';

/** What formatting a figure needs from the interface strings (see src/i18n). */
export interface FigureStrings {
  punctuation: { colon: string };
  /** "{figure} (compared with {label}: {value})" */
  figureCompared: string;
}

/** Currencies written as a symbol at the start of a figure's unit ("£m", "$", "€bn"), by ISO 4217 code. */
const CURRENCIES: Record<string, string> = { '£': 'GBP', $: 'USD', '€': 'EUR' };

/**
 * A value with its unit, as the language writes it: percentages and currencies through Intl ("20%", "20 %",
 * "£30m", "30 £m"), any other unit after the number.
 */
function formatValue(value: number, unit: string | undefined, language: string): string {
  if (unit === '%')
    return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  const currency = unit ? CURRENCIES[unit[0]!] : undefined;
  if (unit && currency) {
    const parts = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 2,
      minimumFractionDigits: 0,
    }).formatToParts(value);
    // The unit's rest ("m", "bn") goes right after the number, wherever the language puts the symbol.
    const last = parts.findLastIndex((part) => ['integer', 'fraction'].includes(part.type));
    return parts.map((part, i) => part.value + (i === last ? unit.slice(1) : '')).join('');
  }
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/** "Staff off sick: 20% (compared with national average: 10%)", with the unit placed as readers expect. */
export function formatFigure(figure: Figure, language: string, t: FigureStrings): string {
  const main = `${figure.label}${t.punctuation.colon} ${formatValue(figure.value, figure.unit, language)}`;
  if (!figure.compare) return main;
  return formatMessage(
    t.figureCompared,
    { figure: main, label: figure.compare.label, value: formatValue(figure.compare.value, figure.unit, language) },
    language,
  );
}
