import { useId } from 'react';
import type { ClassroomAddress } from '../../shared/protocol/classroom.ts';
import { useUi } from '../i18n/useUi.ts';
import { rankAddresses } from './addresses.ts';

interface Props {
  addresses: readonly ClassroomAddress[];
  selected: string | null;
  onSelect(address: string): void;
}

/** The addresses participants could reach the laptop on, as radio buttons (arrow keys move between them). */
export function AddressPicker({ addresses, selected, onSelect }: Props) {
  const { t } = useUi();
  const name = useId();
  return (
    <fieldset className="address-picker">
      <legend>{t('classroom.room.addresses')}</legend>
      {rankAddresses(addresses).map((a) => (
        <label key={a.address} className={a.reachable ? 'address-choice' : 'address-choice address-unusable'}>
          <input type="radio" name={name} value={a.address} checked={selected === a.address} onChange={() => onSelect(a.address)} />
          <span className="address-ip">{a.address}</span>
          <span className="address-interface">{a.interfaceName}</span>
          {a.virtual ? <span className="address-tag">{t('classroom.room.virtual')}</span> : null}
          {a.reachable ? null : <span className="address-tag address-tag-bad">⚠ {t('classroom.room.unreachable')}</span>}
        </label>
      ))}
    </fieldset>
  );
}
