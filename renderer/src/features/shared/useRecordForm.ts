import { useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { ApiError, Result } from '../../../../shared/api';
import { useArchive } from '../../app/ArchiveContext';
import type { FieldErrors } from '../../lib/formErrors';
import { useDraftForm } from '../../lib/useDraftForm';
import { useRecordsOutlet } from './RecordsLayout';

interface Options<D, R> {
  initial: D;
  validate: (d: D) => FieldErrors;
  /** e.g. "/people": after saving, the record opens at basePath/:id. */
  basePath: string;
  existingId: string | null;
  submit: (draft: D) => Promise<Result<R>>;
}

/** A version conflict (no field named): say plainly that nothing typed was lost. */
function explain(error: ApiError): ApiError {
  if (error.code !== 'conflict' || error.field || error.fields?.length) return error;
  return { ...error, message: `${error.message} Nothing you typed here has been lost.` };
}

/** Draft, validation, save and cancel for a record form inside a RecordsLayout. */
export function useRecordForm<D, R extends { id: string }>({ initial, validate, basePath, existingId, submit }: Options<D, R>) {
  const form = useDraftForm(initial, validate);
  const [saving, setSaving] = useState(false);
  const allowLeave = useRef(false);
  const navigate = useNavigate();
  const location = useLocation();
  const { refreshList } = useRecordsOutlet();
  const { refreshInfo } = useArchive();

  const save = async () => {
    if (!form.attempt()) return;
    setSaving(true);
    const r = await submit(form.draft);
    setSaving(false);
    if (!r.ok) {
      form.fail(explain(r.error));
      return;
    }
    allowLeave.current = true;
    refreshList();
    refreshInfo();
    void navigate({ pathname: `${basePath}/${r.value.id}`, search: location.search });
  };

  const cancel = () => navigate({ pathname: existingId ? `${basePath}/${existingId}` : basePath, search: location.search });

  return { form, saving, save: () => void save(), cancel, allowLeave };
}
