// Turning a chart into files a teacher can put on a slide: SVG as it is drawn, PNG rendered from that SVG
// at 2x, and the data as CSV and JSON. Needs a DOM (serialisation, canvas); no React.
import type { Sweep } from '../lib/math/sweep.ts';

/**
 * A standalone SVG document: the theme's current text colour is written in (exported files have no page
 * around them to inherit `currentColor` from) and the XML namespace is declared.
 */
export function standaloneSvg(svg: SVGSVGElement, textColour: string, background: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.style.color = textColour;
  copy.style.background = background;
  const source = new XMLSerializer().serializeToString(copy);
  return source.replaceAll('currentColor', textColour).replaceAll('var(--surface, white)', background);
}

/** Renders SVG text to a PNG blob at `scale` x its size. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser gives no 2D canvas for the PNG export');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** One row per sweep and worker count; repeats joined with ';'. */
export function sweepsToCsv(sweeps: readonly Sweep[]): string {
  const header = 'sweep,workers,median_ms,speedup,efficiency,min_speedup,max_speedup,serial_fraction,ms';
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const rows = sweeps.flatMap((sweep) =>
    sweep.points.map((p) =>
      [
        quote(sweep.label),
        p.workers,
        p.medianMs.toFixed(3),
        p.speedup.toFixed(4),
        p.efficiency.toFixed(4),
        p.minSpeedup.toFixed(4),
        p.maxSpeedup.toFixed(4),
        sweep.serialFraction === undefined ? '' : sweep.serialFraction.toFixed(4),
        p.ms.map((ms) => ms.toFixed(3)).join(';'),
      ].join(','),
    ),
  );
  return [header, ...rows].join('\n') + '\n';
}

/** Parses what `sweepsToCsv` wrote (the round trip is tested): rows grouped back into sweeps by label. */
export function csvToSweepRows(
  csv: string,
): { label: string; workers: number; medianMs: number; ms: number[] }[] {
  const lines = csv.trim().split('\n').slice(1);
  return lines.map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        cells.push(cell);
        cell = '';
      } else cell += c;
    }
    cells.push(cell);
    return {
      label: cells[0] ?? '',
      workers: Number(cells[1]),
      medianMs: Number(cells[2]),
      ms: (cells[8] ?? '').split(';').filter(Boolean).map(Number),
    };
  });
}

/** Starts a download of `data` as `fileName`. */
export function download(fileName: string, data: Blob | string, type = 'text/plain'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
