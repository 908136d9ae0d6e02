import { NavLink } from 'react-router-dom';
import { ADMINS, ARCHIVISTS, CATALOGUERS } from '../../../shared/api/define';
import { ROLE_LABELS } from '../features/accounts/model/session';
import { useArchive } from './ArchiveContext';
import { useRoleIn } from './useRoleIn';

const SECTIONS: { to: string; label: string; end?: boolean; long?: boolean; importing?: boolean }[] = [
  { to: '/', label: 'Archive overview', end: true },
  { to: '/testimonies', label: 'Testimonies' },
  { to: '/people', label: 'People' },
  { to: '/places', label: 'Places' },
  { to: '/hearings', label: 'Hearings & forums' },
  { to: '/themes', label: 'Themes' },
  { to: '/search', label: 'Search' },
  { to: '/findings', label: 'Findings' },
  { to: '/recommendations', label: 'Recommendations' },
  { to: '/markers', label: 'Memorials & markers', long: true },
  { to: '/reports', label: 'Reports' },
  // Shown to the contract's roles for imports.start.
  { to: '/import', label: 'Import', importing: true },
  { to: '/exports', label: 'Exports' },
];

const navClass = ({ isActive }: { isActive: boolean }) => `nav-link${isActive ? ' is-active' : ''}`;

export function Sidebar() {
  const { info } = useArchive();
  // The contract's roles for preservation.* and users.*.
  const mayPreserve = useRoleIn(ARCHIVISTS);
  const mayManageUsers = useRoleIn(ADMINS);
  const mayImport = useRoleIn(CATALOGUERS);
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ▦
        </span>{' '}
        Tessera
      </div>
      <ul className="nav-list">
        {SECTIONS.filter((s) => mayImport || !s.importing).map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end={s.end} className={(state) => `${navClass(state)}${s.long ? ' nav-link--long' : ''}`}>
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
      <div className="sidebar-foot">
        <ul className="nav-list">
          <li>
            <NavLink to="/archives" className={navClass}>
              Archives
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings" className={navClass}>
              Settings
            </NavLink>
          </li>
          {mayPreserve ? (
            <li>
              <NavLink to="/preservation" className={navClass}>
                Audit and preservation
              </NavLink>
            </li>
          ) : null}
          {mayManageUsers ? (
            <li>
              <NavLink to="/users" className={navClass}>
                Users
              </NavLink>
            </li>
          ) : null}
        </ul>
        {info ? (
          <p className="signed-in">
            <span className="muted-inverse">Signed in as</span>
            <br />
            <strong>{info.user.name}</strong> · {ROLE_LABELS[info.user.role]}
          </p>
        ) : null}
      </div>
    </nav>
  );
}
