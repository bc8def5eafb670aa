import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { assessmentSchema } from '../../../src/domain/schema';
import { exportFile, parseImport } from '../../../src/domain/file-format';
import { exportLibrary, parseLibrary } from '../../../src/domain/library-file';
import { createLocalRepository } from '../../../src/storage/local-repository';
import { openIndexedRepository } from '../../../src/storage/open-indexed';
import { MemoryStorage } from '../../support/memory-storage';
import { maximalScan } from '../../support/maximal-scan';

/** The parts of a valibot schema this walk reads. */
interface SchemaNode {
  type: string;
  wrapped?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  value?: SchemaNode;
}

/** Paths of the schema that no value sets: optional fields left out, lists and records left empty. */
function unset(schema: SchemaNode, values: unknown[], path: string): string[] {
  const objects = values.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
  switch (schema.type) {
    case 'optional': {
      const set = values.filter((v) => v !== undefined);
      return set.length ? unset(schema.wrapped!, set, path) : [path];
    }
    case 'nullable':
      return unset(
        schema.wrapped!,
        values.filter((v) => v !== null),
        path,
      );
    case 'object':
      return Object.entries(schema.entries!).flatMap(([key, s]) =>
        unset(
          s,
          objects.map((o) => o[key]),
          `${path}.${key}`,
        ),
      );
    case 'array': {
      const items = values.flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : []));
      return items.length ? unset(schema.item!, items, `${path}[]`) : [`${path}[]`];
    }
    case 'record': {
      const items = objects.flatMap((o) => Object.values(o));
      return items.length ? unset(schema.value!, items, `${path}{}`) : [`${path}{}`];
    }
    default:
      return [];
  }
}

const schema = assessmentSchema as unknown as SchemaNode;

describe('the saved shape', () => {
  it('has a maximal fixture that sets every optional field and fills every list the schema knows', () => {
    expect(unset(schema, [maximalScan()], 'scan')).toEqual([]);
    // The walk itself notices a field left out.
    expect(unset(schema, [{ ...maximalScan(), session: undefined }], 'scan')).toEqual(['scan.session']);
  });

  it('keeps every field through export and import', () => {
    const scan = maximalScan();
    const text = exportFile(scan, new Date('2026-11-30T12:00:00Z'));
    expect(parseImport(text, text.length)).toEqual({ ok: true, assessment: scan });
  });

  it('keeps every field through a library file (Alles exporteren)', () => {
    const scan = maximalScan();
    const text = exportLibrary([scan], new Date('2026-11-30T12:00:00Z'));
    expect(parseLibrary(text, text.length)).toEqual({ ok: true, scans: [{ assessment: scan }] });
  });

  it('keeps every field through localStorage', () => {
    const scan = maximalScan();
    const repo = createLocalRepository(new MemoryStorage());
    expect(repo.save(scan)).toEqual({ ok: true });
    expect(repo.load(scan.id)).toEqual({ ok: true, assessment: scan });
  });

  it('keeps every field through IndexedDB, read back after a restart', async () => {
    const scan = maximalScan();
    const factory = new IDBFactory();
    const journal = new MemoryStorage();
    const repo = await openIndexedRepository(journal, factory);
    expect(repo.save(scan)).toEqual({ ok: true });
    await repo.settled();
    const reopened = await openIndexedRepository(new MemoryStorage(), factory);
    expect(reopened.load(scan.id)).toEqual({ ok: true, assessment: scan });
  });
});
