// antd's App (message, modal, notification hooks) wraps the pages that need it, not the whole app: it
// brings the dialog and notification code, which the director's visit page does without.
import { App } from 'antd';
import type { ComponentType } from 'react';

export function withFeedback<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function WithFeedback(props: P) {
    return (
      <App component={false}>
        <Page {...props} />
      </App>
    );
  }
  WithFeedback.displayName = `withFeedback(${Page.displayName ?? Page.name})`;
  return WithFeedback;
}
