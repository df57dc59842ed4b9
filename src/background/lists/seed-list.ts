/**
 * The seed list packaged with the extension (lists/seed.json, built from lists/seed.csv). It is trusted as
 * part of the signed extension package, so it needs no signature of its own, and it is what protects the
 * user offline from the first second after install.
 */
import { compileList, type CompiledList } from '../../core/blocklist/compiled-list.ts';
import { parseList } from '../../core/blocklist/parse-list.ts';

export const SEED_LIST_PATH = 'lists/seed.json';

export async function loadSeedList(fetchFile: (path: string) => Promise<string>): Promise<CompiledList> {
  return compileList(parseList(await fetchFile(SEED_LIST_PATH)));
}
