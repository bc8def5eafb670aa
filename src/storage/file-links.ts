// Where each scan's linked file is remembered across reloads: its file handle, kept in IndexedDB (handles
// are structured-cloneable; localStorage could not hold one).
import { deleteLink, openDatabase, putLink, readLinks } from './idb';

export interface LinkedFiles {
  all(): Promise<Map<string, FileSystemFileHandle>>;
  put(id: string, handle: FileSystemFileHandle): Promise<void>;
  remove(id: string): Promise<void>;
}

const isHandle = (value: unknown): value is FileSystemFileHandle =>
  typeof FileSystemFileHandle === 'function' && value instanceof FileSystemFileHandle;

/** The links in the app's database; a second connection beside the repository's, for the same store. */
export async function openLinkedFiles(factory: IDBFactory): Promise<LinkedFiles> {
  const db = await openDatabase(factory);
  return {
    async all() {
      const found = new Map<string, FileSystemFileHandle>();
      for (const [id, value] of await readLinks(db)) if (isHandle(value)) found.set(id, value);
      return found;
    },
    put: (id, handle) => putLink(db, id, handle),
    remove: (id) => deleteLink(db, id),
  };
}
