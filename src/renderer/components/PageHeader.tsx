// The title row of every screen: a single h1, an optional line of context and the screen's main buttons.
import type { ReactNode } from 'react';
import { TitleText } from './TitleText';

export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1 className="page-header__title">
          <TitleText text={title} />
        </h1>
        {subtitle && <p className="page-header__subtitle">{subtitle}</p>}
      </div>
      {children && <div className="page-header__actions">{children}</div>}
    </header>
  );
}
