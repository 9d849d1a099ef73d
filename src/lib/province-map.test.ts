// Tests for the province map: decoding TopoJSON, drawing SVG paths, and counting examples.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVINCIES } from '../schemas/common.ts';
import {
  area,
  centroid,
  countByProvince,
  decodeProvinces,
  provinceSlug,
  toSvgMap,
  type Topology,
} from './province-map.ts';

// Two squares sharing one side (arc 1), in delta-encoded, translated arcs.
const tiny: Topology = {
  type: 'Topology',
  transform: { scale: [1, 1], translate: [100, 200] },
  arcs: [
    [
      [10, 0],
      [-10, 0],
      [0, 10],
      [10, 0],
    ],
    [
      [10, 10],
      [0, -10],
    ],
    [
      [10, 10],
      [10, 0],
      [0, -10],
      [-10, 0],
    ],
  ],
  objects: {
    p: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { statcode: 'A', statnaam: 'West' } },
        { type: 'MultiPolygon', arcs: [[[-2, 2]]], properties: { statcode: 'B', statnaam: 'Fryslân' } },
      ],
    },
  },
};

describe('decodeProvinces', () => {
  it('turns delta-encoded arcs into closed rings, walking shared arcs backwards', () => {
    const [west, east] = decodeProvinces(tiny);
    expect(west!.polygons[0]![0]).toEqual([
      [110, 200],
      [100, 200],
      [100, 210],
      [110, 210],
      [110, 200],
    ]);
    // Arc 1 backwards (-2): from (110, 200) up to (110, 210), where arc 2 starts.
    expect(east!.polygons[0]![0]).toEqual([
      [110, 200],
      [110, 210],
      [120, 210],
      [120, 200],
      [110, 200],
    ]);
  });

  it('uses the names editors use', () => {
    expect(decodeProvinces(tiny).map((province) => province.name)).toEqual(['West', 'Friesland']);
  });
});

describe('toSvgMap', () => {
  it('fits the map to the width and puts north up', () => {
    const map = toSvgMap(decodeProvinces(tiny), 24, 2);
    expect(map.width).toBe(24);
    expect(map.height).toBe(14);
    // West's top-left corner (100, 210) is north-west: x = margin, y = margin.
    expect(map.provinces[0]!.d).toBe('M12 12L2 12L2 2L12 2L12 12Z');
    expect(map.provinces[1]!.label).toEqual([17, 7]);
  });

  it('draws all twelve provinces of the CBS outline, each with a number inside the map', () => {
    const topology = JSON.parse(
      readFileSync(new URL('../data/kaart/provincies-2025.topo.json', import.meta.url), 'utf8'),
    ) as Topology;
    const map = toSvgMap(decodeProvinces(topology), 300);
    expect(map.provinces.map((province) => province.name).sort()).toEqual(
      PROVINCIES.filter((provincie) => provincie !== 'landelijk').sort(),
    );
    // The Netherlands is taller than wide.
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThan(400);
    for (const province of map.provinces) {
      expect(province.d, province.name).toMatch(/^M\d/);
      const [x, y] = province.label;
      expect(x, province.name).toBeGreaterThan(0);
      expect(x).toBeLessThan(300);
      expect(y, province.name).toBeGreaterThan(0);
      expect(y).toBeLessThan(map.height);
    }
    // Groningen lies north-east of Limburg's label.
    const label = (name: string) => map.provinces.find((province) => province.name === name)!.label;
    expect(label('Groningen')[1]).toBeLessThan(label('Limburg')[1]);
    expect(label('Groningen')[0]).toBeGreaterThan(label('Zeeland')[0]);
  });
});

describe('geometry', () => {
  it('computes the area and centre of a square', () => {
    const square: [number, number][] = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
    ];
    expect(area(square)).toBe(16);
    expect(centroid(square)).toEqual([2, 2]);
  });
});

describe('countByProvince', () => {
  it('counts examples per province in the given order, with zeros', () => {
    const examples = [{ provincie: 'Utrecht' }, { provincie: 'landelijk' }, { provincie: 'Utrecht' }];
    expect(countByProvince(examples, ['Groningen', 'Utrecht', 'landelijk'])).toEqual([
      { provincie: 'Groningen', count: 0 },
      { provincie: 'Utrecht', count: 2 },
      { provincie: 'landelijk', count: 1 },
    ]);
  });
});

describe('provinceSlug', () => {
  it('makes a URL segment', () => {
    expect(provinceSlug('Noord-Holland')).toBe('noord-holland');
    expect(provinceSlug('Fryslân')).toBe('fryslan');
    expect(provinceSlug('landelijk')).toBe('landelijk');
  });
});
