// The real handreiking: complete, sourced and cross-linked (issue "Inhoud").
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent, type CheckedEntry } from '../../src/lib/content-check/index.ts';
import { graphOfCheckedEntries } from '../helpers/content-graph.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPersonalData } from '../../src/lib/content-check/personal-data.ts';
import { checkSiteIdentity } from '../../src/lib/content-check/site-identity.ts';
import { loadSiteConfig } from '../../src/site-config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let entries: CheckedEntry[] = [];
let problems: unknown[] = [];

const of = (collection: string) => entries.filter((entry) => entry.collection === collection);
const refId = (value: unknown) => (value as { id: string }).id;

beforeAll(async () => {
  ({ entries, problems } = await checkContent(resolve(ROOT, 'content'), ROOT));
});

describe('the handreiking content', () => {
  it('passes the content check', () => {
    expect(problems).toEqual([]);
  });

  it('has all 21 tips of the Taskforce guide', () => {
    expect(of('tips')).toHaveLength(21);
    expect(
      of('tips').every((tip) => refId((tip.data.bron as { document: unknown }).document) === 'taskforce-2016'),
    ).toBe(true);
  });

  it('has the 15 practice examples of the Taskforce guide and those of NJi, Zwijndrecht and Zwolle', () => {
    const bySource = (id: string) =>
      of('praktijkvoorbeelden').filter(
        (example) => refId((example.data.bron as { document: unknown }).document) === id,
      );
    expect(bySource('taskforce-2016').length).toBeGreaterThanOrEqual(15);
    expect(bySource('nji-drie-stappen').length).toBeGreaterThanOrEqual(4);
    expect(bySource('zwijndrecht-plan-2017').length).toBeGreaterThanOrEqual(1);
    expect(bySource('zwolle-raadsvoorstel-2017').length).toBeGreaterThanOrEqual(1);
  });

  it('gives every tip and practice example at least one theme and a source', () => {
    for (const entry of [...of('tips'), ...of('praktijkvoorbeelden')]) {
      expect((entry.data.themas as unknown[]).length, entry.file).toBeGreaterThan(0);
      expect(entry.data.bron, entry.file).toBeDefined();
    }
  });

  it('has the five chapters and three bijlagen of the Taskforce guide in reading order', () => {
    const chapters = of('hoofdstukken').sort((a, b) => Number(a.data.volgorde) - Number(b.data.volgorde));
    const numbered = (deel: string) =>
      chapters.filter((chapter) => chapter.data.deel === deel).map((chapter) => chapter.data.nummer);
    expect(numbered('hoofdstuk')).toEqual([1, 2, 3, 4, 5]);
    expect(numbered('bijlage')).toEqual([1, 2, 3]);
    expect(chapters[0]?.id).toBe('voorwoord');
  });

  it('cites every legal article somewhere, and every tip in a chapter', () => {
    const graph = graphOfCheckedEntries(entries);
    for (const article of of('wetsartikelen')) {
      expect(graph.citedBy({ collection: 'wetsartikelen', id: article.id }), article.file).not.toEqual([]);
    }
    for (const tip of of('tips')) {
      const chapters = graph
        .citedBy({ collection: 'tips', id: tip.id })
        .filter((ref) => ref.collection === 'hoofdstukken');
      expect(chapters, tip.file).not.toEqual([]);
    }
  });

  it('has the ten preventive actions and the two additions', () => {
    const actions = of('preventieveActies').sort((a, b) => Number(a.data.nummer) - Number(b.data.nummer));
    expect(actions.map((action) => action.data.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(actions.filter((action) => action.data.aanvulling).map((action) => action.data.nummer)).toEqual([11, 12]);
  });

  it('has the risk factors on the four levels', () => {
    expect(
      of('risicofactoren')
        .map((level) => level.id)
        .sort(),
    ).toEqual(['gezin', 'kind', 'omgeving', 'ouder']);
  });

  it('explains the abbreviations the guide uses', () => {
    const abbreviations = of('begrippen').map((term) => term.data.afkorting);
    for (const expected of [
      'AMHK',
      'VIR',
      'JGZ',
      'CJG',
      'GGD',
      'GGZ',
      'LVAK',
      'LOCK',
      'LEA',
      'OM',
      'MDA++',
      'NJi',
      'VNG',
    ]) {
      expect(abbreviations).toContain(expected);
    }
  });
});

describe('the identity and the text of the handreiking', () => {
  it('has a valid content/handreiking.yaml', () => {
    expect(checkSiteIdentity(resolve(ROOT, 'content'), ROOT)).toEqual([]);
    expect(loadSiteConfig(resolve(ROOT, 'content/handreiking.yaml'), {})).toMatchObject({
      url: 'https://handreiking-kindermishandeling.example',
      basispad: '/',
      repository: 'https://github.com/handreiking-kindermishandeling/handreiking',
    });
  });

  // The content check looks for personal data in tips and practice examples only; the detector should
  // find nothing anywhere in the real text, or it would flag ordinary years, amounts and articles.
  it("has no e-mail address, phone number or BSN in any file, but the publisher's address for reactions", () => {
    const content = resolve(ROOT, 'content');
    const publisher = (
      parse(readFileSync(join(content, 'handreiking.yaml'), 'utf8')) as { reactie?: { email?: string } }
    ).reactie?.email;
    const files = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(mdx|yaml)$/.test(name),
    );
    expect(files.length).toBeGreaterThan(200);
    const hits = files.flatMap((name) =>
      findPersonalData(readFileSync(join(content, name), 'utf8'))
        .filter((hit) => !(name === 'handreiking.yaml' && hit.value === publisher))
        .map((hit) => `${name}:${hit.line} ${hit.kind} ${hit.value}`),
    );
    expect(hits).toEqual([]);
  });
});
