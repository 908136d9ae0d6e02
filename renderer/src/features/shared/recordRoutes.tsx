import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import { NoSelection } from '../../components/NoSelection';
import { RecordListPane, type RecordListPaneProps } from './RecordListPane';
import { RecordsLayout } from './RecordsLayout';

interface Options<T extends { id: string }> {
  /** The URL segment, e.g. `people`; the list links to `/${path}/:id`. */
  path: string;
  listLabel: string;
  detailLabel: string;
  /** The list pane; its `noun[0]` also names what to choose when nothing is selected. */
  pane: Omit<RecordListPaneProps<T>, 'basePath' | 'version'>;
  Detail: ComponentType;
  Form: ComponentType;
}

/** The routes of a list-and-record section (People, Places, Hearings): list, new, detail and edit. */
export function recordRoutes<T extends { id: string }>({ path, listLabel, detailLabel, pane, Detail, Form }: Options<T>): RouteObject {
  return {
    path,
    element: <RecordsLayout wide listLabel={listLabel} detailLabel={detailLabel} list={(v) => <RecordListPane {...pane} basePath={`/${path}`} version={v} />} />,
    children: [
      { index: true, element: <NoSelection what={pane.noun[0]} /> },
      { path: 'new', element: <Form /> },
      { path: ':id', element: <Detail /> },
      { path: ':id/edit', element: <Form /> },
    ],
  };
}
