"use client";

import { Component, type ReactNode } from "react";

/**
 * Where something fetched after first paint (a chart's code or numbers, a table's rows) failed
 * to come: says what could not be loaded and why, in place, instead of taking the page down.
 */
export class FailedBoundary extends Component<{ what: string; children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <p role="alert" className="rounded-lg border border-dashed border-line p-3 text-sm text-unconfirmed-ink">
        Could not load {this.props.what}: {this.state.error.message}. Reload the page to try again.
      </p>
    );
  }
}
