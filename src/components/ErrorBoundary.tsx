import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the broken screen; gets a function to try again. */
  fallback: (recover: () => void) => ReactNode;
  /** Called before trying again, e.g. to restart the wizard with the saved answers. */
  onRecover: () => void;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * A bug in one screen must not leave a blank page: show a plain message and
 * a way to start again instead. (Error boundaries can only be classes.)
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  private readonly recover = () => {
    this.props.onRecover();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.recover) : this.props.children;
  }
}
