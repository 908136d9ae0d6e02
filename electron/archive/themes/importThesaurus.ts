import type { ThesaurusFormat } from '../../../shared/model/themes';
import type { Ctx } from '../context';
import { diff } from '../audit/record';
import { reindexAround } from '../search/indexer';
import { parseThesaurusCsv } from './csvThesaurus';
import type { FileTheme } from './fileThemes';
import { planImport } from './importPlan';
import { auditFields, insertTheme, themeRow, writeTheme } from './rows';
import { parseSkos } from './skos';

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
}

/**
 * Imports a thesaurus file: read it whole, plan and check every theme, and only then write, in
 * the caller's transaction. A dry run does the same reading and checking, writes no theme, and
 * records that the file was checked.
 */
export function importThesaurus(ctx: Ctx, format: ThesaurusFormat, text: string, dryRun: boolean): ImportResult {
  return applyImport(ctx, format, format === 'csv' ? parseThesaurusCsv(text) : parseSkos(text), dryRun);
}

/** Plans, checks and (unless a dry run) writes themes already read from a file. */
export function applyImport(ctx: Ctx, format: ThesaurusFormat, themes: readonly FileTheme[], dryRun: boolean): ImportResult {
  const plan = planImport(ctx.db, themes);
  const result = {
    added: plan.filter((p) => p.before === null).length,
    updated: plan.filter((p) => p.before !== null && p.changed).length,
    unchanged: plan.filter((p) => !p.changed).length,
    dryRun,
  };
  const summary = [
    { field: 'format', old: null, new: format },
    { field: 'added', old: null, new: result.added },
    { field: 'updated', old: null, new: result.updated },
    { field: 'unchanged', old: null, new: result.unchanged },
  ];
  if (dryRun) {
    ctx.audit({ action: 'import-checked', entityType: 'theme', entityId: 'thesaurus', changes: summary });
    return result;
  }
  const updated = plan.filter((p) => p.before !== null && p.changed);
  // Changed labels are searchable: renew the index entries of testimonies carrying those themes.
  reindexAround(ctx.db, { themeIds: updated.map((p) => p.id) }, () => {
    for (const p of plan) {
      if (p.before === null) insertTheme(ctx.db, p.id, p.fields, ctx.now);
      else if (p.changed) writeTheme(ctx.db, p.id, p.fields, ctx.now);
    }
  });
  for (const p of plan) {
    if (!p.changed) continue;
    const changes = diff(p.before && auditFields(p.before), auditFields(themeRow(ctx.db, p.id)));
    ctx.audit({ action: p.before ? 'import-update' : 'import-create', entityType: 'theme', entityId: p.id, changes });
  }
  ctx.audit({ action: 'import', entityType: 'theme', entityId: 'thesaurus', changes: summary });
  return result;
}
