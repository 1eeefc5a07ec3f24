import { lazy, Suspense, type ComponentProps } from 'react';
// The conflict banner (always loaded) is styled in the library's stylesheet: keep it at first load.
import './library/library.css';

/**
 * Views opened now and then — the report, the library, the examples gallery, the History, Guide
 * and Versions tabs, comparing and the class overview, the live-room QR code and the spreadsheet import (with its CSV parser) —
 * loaded on first use, so the editor's first load carries only what editing needs. Each renders
 * nothing (the report an empty overlay) for the moment its code takes to arrive.
 */

const LazyReportView = lazy(async () => ({
  default: (await import('./report/ReportView')).ReportView,
}));
const LazyLibraryView = lazy(async () => ({
  default: (await import('./library/LibraryView')).LibraryView,
}));
const LazyExampleGallery = lazy(async () => ({
  default: (await import('./gallery/ExampleGallery')).ExampleGallery,
}));
const LazyImportDialog = lazy(async () => ({
  default: (await import('./import/ImportDialog')).ImportDialog,
}));
const LazyHistoryPanel = lazy(async () => ({
  default: (await import('./history/HistoryPanel')).HistoryPanel,
}));
const LazyGuidePanel = lazy(async () => ({
  default: (await import('../wizard/GuidePanel')).GuidePanel,
}));
const LazyVersionsPanel = lazy(async () => ({
  default: (await import('./versions/VersionsPanel')).VersionsPanel,
}));
const LazyCompareDialog = lazy(async () => ({
  default: (await import('./compare/CompareDialog')).CompareDialog,
}));
const LazyComparePanel = lazy(async () => ({
  default: (await import('./compare/ComparePanel')).ComparePanel,
}));
const LazyClassOverview = lazy(async () => ({
  default: (await import('./classroom/ClassOverview')).ClassOverview,
}));
const LazyQrCode = lazy(async () => ({
  default: (await import('./room/QrCode')).QrCode,
}));

/** Stands in while the report's code arrives: printing asks the page whether a report is open. */
const REPORT_ARRIVING = <section className="report" aria-busy="true" />;

export function ReportView(props: ComponentProps<typeof LazyReportView>) {
  return (
    <Suspense fallback={REPORT_ARRIVING}>
      <LazyReportView {...props} />
    </Suspense>
  );
}

export function LibraryView(props: ComponentProps<typeof LazyLibraryView>) {
  return (
    <Suspense fallback={null}>
      <LazyLibraryView {...props} />
    </Suspense>
  );
}

export function ExampleGallery(props: ComponentProps<typeof LazyExampleGallery>) {
  return (
    <Suspense fallback={null}>
      <LazyExampleGallery {...props} />
    </Suspense>
  );
}

export function HistoryPanel() {
  return (
    <Suspense fallback={null}>
      <LazyHistoryPanel />
    </Suspense>
  );
}

export function ImportDialog() {
  return (
    <Suspense fallback={null}>
      <LazyImportDialog />
    </Suspense>
  );
}

export function GuidePanel() {
  return (
    <Suspense fallback={null}>
      <LazyGuidePanel />
    </Suspense>
  );
}

export function VersionsPanel() {
  return (
    <Suspense fallback={null}>
      <LazyVersionsPanel />
    </Suspense>
  );
}

export function QrCode(props: ComponentProps<typeof LazyQrCode>) {
  return (
    <Suspense fallback={null}>
      <LazyQrCode {...props} />
    </Suspense>
  );
}

export function CompareDialog(props: ComponentProps<typeof LazyCompareDialog>) {
  return (
    <Suspense fallback={null}>
      <LazyCompareDialog {...props} />
    </Suspense>
  );
}

export function ComparePanel() {
  return (
    <Suspense fallback={null}>
      <LazyComparePanel />
    </Suspense>
  );
}

export function ClassOverview(props: ComponentProps<typeof LazyClassOverview>) {
  return (
    <Suspense fallback={null}>
      <LazyClassOverview {...props} />
    </Suspense>
  );
}
