import { ADDRESSEE_TYPE_LABELS, type AddresseeType } from '../../../../../shared/model/findings';
import { foldText } from '../../../../../shared/model/text';

/** The kind of body, when it says more than the name: "Police department" under "Calder Police Department" does not. */
export function addresseeKind(addressee: string, type: AddresseeType): string | null {
  const kind = ADDRESSEE_TYPE_LABELS[type];
  return foldText(addressee).includes(foldText(kind)) ? null : kind;
}
