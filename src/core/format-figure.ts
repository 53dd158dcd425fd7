import type { Figure } from './schema/event.ts';

function formatValue(value: number, unit: string | undefined, language: string): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  if (!unit) return number;
  if (unit === '%') return `${number}%`;
  if (unit.startsWith('£') || unit.startsWith('$') || unit.startsWith('€'))
    return `${unit[0]}${number}${unit.slice(1)}`;
  return `${number} ${unit}`;
}

/** "Staff off sick: 20% (compared with Coventry: 10%)", with the unit placed as readers expect. */
export function formatFigure(figure: Figure, language: string, comparedWith: string): string {
  const main = `${figure.label}: ${formatValue(figure.value, figure.unit, language)}`;
  if (!figure.compare) return main;
  return `${main} (${comparedWith} ${figure.compare.label}: ${formatValue(figure.compare.value, figure.unit, language)})`;
}
