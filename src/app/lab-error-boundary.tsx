import { Component, type ReactNode } from 'react';

/** Keeps the shell alive when a lab chunk fails to load or a lab throws while rendering. */
export class LabErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
