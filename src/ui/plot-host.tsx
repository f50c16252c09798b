import { useEffect, useRef } from 'react';

/**
 * Hosts an SVG that a chart function (src/charts) builds. Plot makes its own SVG, so React owns only the
 * container; the chart is rebuilt when `draw` changes (memoise it). `svgRef` exposes the SVG for export.
 */
export function PlotHost({
  draw,
  label,
  svgRef,
}: {
  draw: () => SVGSVGElement;
  label: string;
  svgRef?: { current: SVGSVGElement | null };
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const svg = draw();
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    host.current?.replaceChildren(svg);
    if (svgRef) svgRef.current = svg;
    return () => {
      if (svgRef?.current === svg) svgRef.current = null;
    };
  }, [draw, label, svgRef]);
  return <div ref={host} className="chart" />;
}
