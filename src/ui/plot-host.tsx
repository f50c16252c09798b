import { useEffect, useRef } from 'react';

/**
 * Hosts an SVG that a chart function (src/charts) builds. Plot makes its own SVG, so React owns only the
 * container; the chart is rebuilt when `draw` changes (memoise it). `svgRef` exposes the SVG for export.
 *
 * `draw` may return a promise: the labs import their chart module (and Observable Plot with it, the largest
 * library here) only when a chart is first drawn, so a lab's first load does not wait for it. A drawing that
 * finishes after `draw` changed or the host went away is dropped.
 */
export function PlotHost({
  draw,
  label,
  svgRef,
}: {
  draw: () => SVGSVGElement | Promise<SVGSVGElement>;
  label: string;
  svgRef?: { current: SVGSVGElement | null };
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let current = true;
    let shown: SVGSVGElement | undefined;
    const show = (svg: SVGSVGElement) => {
      if (!current) return;
      shown = svg;
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', label);
      // Inside an image every part is presentational: Plot's labels on its mark groups (`line`, `rule`) are
      // names a group element may not carry, and assistive technology reads the one label above.
      for (const part of svg.querySelectorAll('[aria-label]')) part.removeAttribute('aria-label');
      host.current?.replaceChildren(svg);
      if (svgRef) svgRef.current = svg;
    };
    const drawn = draw();
    if (drawn instanceof Promise) {
      drawn.then(show, (error: unknown) => {
        // A chart module that failed to load (a dropped connection): say so where the chart would be.
        if (!current) return;
        const note = document.createElement('p');
        note.className = 'check-bad';
        note.textContent = error instanceof Error ? error.message : String(error);
        host.current?.replaceChildren(note);
      });
    } else show(drawn);
    return () => {
      current = false;
      if (svgRef && shown && svgRef.current === shown) svgRef.current = null;
    };
  }, [draw, label, svgRef]);
  return <div ref={host} className="chart" />;
}
