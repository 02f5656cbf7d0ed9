import type { ComponentType } from 'react';
import { PresenterScreen } from '../course/PresenterScreen.tsx';
import { PresentScreen } from '../course/PresentScreen.tsx';
import { CompareScreen } from '../classroom/CompareScreen.tsx';

/** Screens that take the whole page, without the workshop's header and nav: the projection and the presenter view. */
export const FULL_PAGE_SCREENS: Readonly<Record<string, ComponentType>> = { present: PresentScreen, presenter: PresenterScreen, compare: CompareScreen };
