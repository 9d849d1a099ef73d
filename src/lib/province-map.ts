// The map of practice examples: province outlines from a TopoJSON file in the Dutch national grid
// (Rijksdriehoeksstelsel, metres), drawn as SVG paths, and the number of examples per province.
// Plain TypeScript, so the build needs no map library and the reader no script.

/** A TopoJSON topology as CBS/PDOK outlines come (quantized arcs, delta-encoded). */
export interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
}

export interface TopoGeometry {
  type: 'Polygon' | 'MultiPolygon';
  arcs: number[][] | number[][][];
  properties: { statcode: string; statnaam: string };
}

export type Point = [number, number];

export interface ProvinceShape {
  code: string;
  /** The name as the content uses it (provincie field), e.g. `Friesland` for CBS's `Fryslân`. */
  name: string;
  /** Polygons, each a list of rings (outer ring first), in grid coordinates. */
  polygons: Point[][][];
}

/** CBS writes the official Frisian name; editors write the Dutch one. */
const CONTENT_NAMES: Record<string, string> = { Fryslân: 'Friesland' };

/** The provinces of one object of a topology, as polygons in the topology's coordinates. */
export function decodeProvinces(topology: Topology, object?: string): ProvinceShape[] {
  const name = object ?? Object.keys(topology.objects)[0]!;
  const collection = topology.objects[name];
  if (!collection) throw new Error(`De kaart heeft geen laag "${name}".`);
  const [scaleX, scaleY] = topology.transform?.scale ?? [1, 1];
  const [moveX, moveY] = topology.transform?.translate ?? [0, 0];
  const arcs: Point[][] = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scaleX + moveX, y * scaleY + moveY];
    });
  });
  const ring = (indexes: number[]): Point[] => {
    const points: Point[] = [];
    for (const index of indexes) {
      // A negative index (~i) is arc i walked backwards; each arc starts where the previous ended.
      const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
      points.push(...(points.length > 0 ? arc.slice(1) : arc));
    }
    return points;
  };
  return collection.geometries.map((geometry) => {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs as number[][]] : (geometry.arcs as number[][][]);
    const statnaam = geometry.properties.statnaam;
    return {
      code: geometry.properties.statcode,
      name: CONTENT_NAMES[statnaam] ?? statnaam,
      polygons: polygons.map((rings) => rings.map(ring)),
    };
  });
}

export interface SvgProvince {
  code: string;
  name: string;
  /** Path data in SVG coordinates (y downwards), whole pixels. */
  d: string;
  /** Where the number goes: the centre of the province's largest polygon. */
  label: Point;
}

export interface SvgMap {
  width: number;
  height: number;
  provinces: SvgProvince[];
}

/**
 * Fits the provinces into an SVG `width` wide. The national grid is already a flat projection of the
 * Netherlands, so projecting is scaling and turning north up (SVG's y runs downwards). Points are
 * rounded to whole pixels and repeated points dropped: at this size that is all the simplifying needed.
 */
export function toSvgMap(provinces: ProvinceShape[], width: number, margin = 4): SvgMap {
  const all = provinces.flatMap((province) => province.polygons.flat(2));
  const minX = Math.min(...all.map(([x]) => x));
  const maxX = Math.max(...all.map(([x]) => x));
  const minY = Math.min(...all.map(([, y]) => y));
  const maxY = Math.max(...all.map(([, y]) => y));
  const scale = (width - 2 * margin) / (maxX - minX);
  const height = Math.ceil((maxY - minY) * scale + 2 * margin);
  const project = ([x, y]: Point): Point => [
    Math.round((x - minX) * scale + margin),
    Math.round((maxY - y) * scale + margin),
  ];
  return {
    width,
    height,
    provinces: provinces.map((province) => {
      const polygons = province.polygons.map((rings) => rings.map((ring) => dedupe(ring.map(project))));
      const d = polygons
        .flat()
        .filter((ring) => ring.length >= 3)
        .map((ring) => `M${ring.map(([x, y]) => `${x} ${y}`).join('L')}Z`)
        .join('');
      const largest = polygons.reduce((best, rings) =>
        Math.abs(area(rings[0]!)) > Math.abs(area(best[0]!)) ? rings : best,
      );
      return { code: province.code, name: province.name, d, label: centroid(largest[0]!) };
    }),
  };
}

function dedupe(ring: Point[]): Point[] {
  return ring.filter(
    (point, index) => index === 0 || point[0] !== ring[index - 1]![0] || point[1] !== ring[index - 1]![1],
  );
}

/** Signed area of a ring (shoelace formula). */
export function area(ring: Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Centre of mass of a ring, rounded to whole pixels. */
export function centroid(ring: Point[]): Point {
  const a = area(ring);
  if (a === 0) return ring[0] ?? [0, 0];
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    const cross = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  return [Math.round(cx / (6 * a)), Math.round(cy / (6 * a))];
}

/** Number of practice examples per province, in the given order, zeros included. */
export function countByProvince(
  examples: readonly { provincie: string }[],
  provinces: readonly string[],
): { provincie: string; count: number }[] {
  const counts = new Map<string, number>(provinces.map((provincie) => [provincie, 0]));
  for (const example of examples) {
    if (counts.has(example.provincie)) counts.set(example.provincie, counts.get(example.provincie)! + 1);
  }
  return provinces.map((provincie) => ({ provincie, count: counts.get(provincie)! }));
}

/** URL segment of a province: `Noord-Holland` → `noord-holland`. */
export function provinceSlug(provincie: string): string {
  return provincie
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
