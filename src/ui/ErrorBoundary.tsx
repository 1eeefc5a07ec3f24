import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/t';

/** What was thrown, and where in the component tree (for the technical details). */
export interface Failure {
  error: unknown;
  componentStack: string;
}

interface ErrorBoundaryProps {
  /** Shown in place of the children once they have thrown; `retry` renders them again. */
  fallback: (failure: Failure, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failure: Failure | null;
}

/**
 * Catches an error thrown while rendering its children (or in their effects) and shows the
 * fallback instead, so one failing part never leaves a blank page. The document lives in the
 * store, outside React, and is untouched. React logs the error to the console itself.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failure: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failure: { error, componentStack: '' } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ failure: { error, componentStack: info.componentStack ?? '' } });
  }

  private readonly retry = (): void => this.setState({ failure: null });

  override render(): ReactNode {
    const { failure } = this.state;
    return failure ? this.props.fallback(failure, this.retry) : this.props.children;
  }
}

/** The error in one line for people: its message (a thrown non-Error as text). */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error ?? '');
  return text.trim() || t('crash.unknownError');
}

/** The error's name, message and stack, then where it happened among the components. */
export function technicalDetails(failure: Failure): string {
  const { error, componentStack } = failure;
  const head =
    error instanceof Error
      ? (error.stack ?? `${error.name}: ${error.message}`)
      : String(error ?? '');
  return [head, componentStack.trim()].filter(Boolean).join('\n\n');
}
